// Browser tests of members' time and the group's goals against the real server with the demo
// data: a connector on a 360 px phone logs the walk-in hour she just attended in two taps (the
// meeting, then Save) and sees it in her week; the group's professional sees every resident's
// weeks with the signals of the demo (Noor too much, Gerrit dropped away), by name; a connector
// sets a goal, notes its progress and puts it on the group's site, which shows it without the
// note. Every page is checked with axe-core.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { expectAccessible, expectNoHorizontalScroll, logIn, newPage, screenshot, start } from "./harness.mjs";

const PHONE = { width: 360, height: 780 };

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.stop();
});

describe("time", () => {
  test("a connector logs her time on a phone in two taps", async () => {
    const page = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await page.goto("/time");
      await logIn(page, "connector@example.org");
      await page.getByRole("heading", { level: 1, name: "Mijn tijd" }).waitFor();
      const me = (await env.api("connector@example.org", "GET", "/me")).body;
      const group = me.groupIds[0];
      const person = me.account.personId;
      const before = (await env.api("connector@example.org", "GET", `/time-entries?groupId=${group}&personId=${person}&pageSize=100`)).body.items.length;

      // Tap one: the walk-in hour she attended, its day and length filled in.
      const meeting = page.locator(".chip-list button").first();
      await meeting.waitFor();
      await meeting.click();
      assert.equal(await meeting.getAttribute("aria-pressed"), "true");
      assert.match(await page.getByLabel(/^Duur/).inputValue(), /^\d+:\d\d$/);
      // Tap two.
      await page.getByRole("button", { name: "Opslaan" }).click();
      await page.getByText(/^Opgeslagen: \d+:\d\d op /).waitFor();

      const entries = (await env.api("connector@example.org", "GET", `/time-entries?groupId=${group}&personId=${person}&pageSize=100`)).body.items;
      assert.equal(entries.length, before + 1);
      const newest = entries.reduce((a, b) => (a.createdAt > b.createdAt ? a : b));
      assert.ok(newest.eventId, JSON.stringify(newest));
      assert.equal(newest.enteredForMember, false);
      await page.locator(".entry-list .entry").first().waitFor();

      // A duration that does not read is said beside the field, and nothing is sent.
      await page.getByLabel(/^Duur/).fill("1:75");
      await page.getByLabel(/^Waarvoor/).selectOption("other");
      await page.getByRole("button", { name: "Opslaan" }).click();
      await page.getByText(/de minuten tot 59/).waitFor();
      const still = (await env.api("connector@example.org", "GET", `/time-entries?groupId=${group}&personId=${person}&pageSize=100`)).body.items.length;
      assert.equal(still, before + 1);

      await expectNoHorizontalScroll(page, "my time at 360 px");
      await expectAccessible(page, "my time at 360 px");
      await screenshot(page, "time-360");
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
    }
  });

  test("the group's professional sees every resident's weeks with the signals, by name", async () => {
    const page = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      const groups = (await env.api("professional@example.org", "GET", "/groups?pageSize=100")).body.items;
      const linde = groups.find((g) => g.slug === "buurtverbinders-de-linde");
      await page.goto(`/groups/${linde.id}/time`);
      await logIn(page, "professional@example.org");
      await page.getByRole("heading", { level: 1, name: "Tijd van de groep" }).waitFor();
      const signals = page.locator(".signal-list");
      await signals.getByText("Noor el Amrani: te veel").waitFor();
      await signals.getByText("Gerrit van Dalen: weggevallen").waitFor();
      const names = await page.locator(".time-table tbody th[scope=row]").allTextContents();
      assert.deepEqual(
        names.map((n) => n.replace(" (zonder account)", "").trim()),
        ["Anouk Verbeek", "Bram Hoekstra", "Fatma Yilmaz", "Gerrit van Dalen", "Noor el Amrani", "Hele groep"],
      );
      await expectNoHorizontalScroll(page, "the group's time at 360 px");
      await expectAccessible(page, "the group's time at 360 px");
      await screenshot(page, "time-group-360");
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
    }
  });

  test("a connector sets a goal on a phone, notes its progress and puts it on the site", async () => {
    const page = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      const me = (await env.api("connector@example.org", "GET", "/me")).body;
      const group = me.groupIds[0];
      await page.goto(`/groups/${group}`);
      await logIn(page, "connector@example.org");
      const goals = page.locator("section").filter({ has: page.getByRole("heading", { name: "Doelen", exact: true }) });
      await goals.getByRole("heading", { name: "Een buurtmoestuin achter de flat" }).waitFor();
      await goals.locator("summary", { hasText: "Nieuw doel" }).click();
      // Without a title: said beside the field, nothing sent.
      await goals.getByRole("button", { name: "Doel opslaan" }).click();
      await goals.getByText("Vul dit veld in.").waitFor();
      await goals.getByLabel(/^Doel/).fill("Bankjes op het plein");
      await goals.getByLabel(/^Wanneer is het gelukt/).fill("Vier bankjes waar buren elkaar treffen.");
      await goals.getByLabel("Op de site van de groep laten zien").check();
      await goals.getByRole("button", { name: "Doel opslaan" }).click();
      const item = goals.locator("li.goal").filter({ has: page.getByRole("heading", { name: "Bankjes op het plein" }) });
      await item.waitFor();
      await item.getByLabel(/^Hoe gaat het/).fill("De gemeente betaalt twee bankjes.");
      await item.getByRole("button", { name: "Voortgang opslaan" }).click();
      await item.getByText("De gemeente betaalt twee bankjes.").waitFor();
      await item.getByLabel("Stand").selectOption("in_progress");
      await item.locator(".badge", { hasText: "Bezig" }).waitFor();
      const stored = (await env.api("connector@example.org", "GET", `/groups/${group}/goals`)).body.find((g) => g.title === "Bankjes op het plein");
      assert.deepEqual([stored.status, stored.public, stored.progress.length], ["in_progress", true, 1]);
      await expectNoHorizontalScroll(page, "goals on the group page at 360 px");
      await expectAccessible(page, "goals on the group page at 360 px");

      // The site shows it, without the note.
      await page.goto("/groep/buurtverbinders-de-linde");
      const site = page.locator("section.site-goals");
      await site.getByRole("heading", { name: "Bankjes op het plein" }).waitFor();
      assert.equal(await site.getByText("De gemeente betaalt").count(), 0);
      await expectAccessible(page, "the group's site with its goals");
      await screenshot(page, "site-goals-360");
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
    }
  });
});
