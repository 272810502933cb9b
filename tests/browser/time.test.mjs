// Browser tests of members' time against the real server with the demo data: a connector on a
// 360 px phone logs the walk-in hour she just attended in two taps (the meeting, then Save) and
// sees it in her week; the group's professional sees every resident's weeks with the signals of
// the demo (Noor too much, Gerrit dropped away), by name. Every page is checked with axe-core.

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
});
