// Browser tests of a group's own site against the real server with the demo data: a resident on a
// phone opens De Linde's site, finds a resource in the list and on the map, and joins (first
// without consent, which is refused beside the checkbox and sends nothing); a connector sets up the
// site with a live preview — a colour too light is refused before it is sent — and moves a
// section; the public pages read with JavaScript off. Every page is checked with axe-core and photographed on a desktop and a 360 px phone.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { expectAccessible, expectNoHorizontalScroll, logIn, newPage, screenshot, start } from "./harness.mjs";

const PHONE = { width: 360, height: 780 };
const SLUG = "buurtverbinders-de-linde";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.stop();
});

const asCoordinator = (method, apiPath, body) => env.api("coordinator@example.org", method, apiPath, body);

describe("the group's own site", () => {
  test("a resident on a phone opens the site, finds a resource on the list and the map, and joins", async () => {
    const group = await env.api(null, "GET", `/public/groups/${SLUG}`);
    const resources = await env.api(null, "GET", `/public/resources?pageSize=100&neighbourhoodId=${group.body.neighbourhoodId}`);
    const target = resources.body.items.find((r) => r.name === "Repair Café De Linde");
    assert.ok(target?.location, "the demo has a located public resource in De Linde");

    const phone = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await phone.goto(`/groep/${SLUG}`);
      await phone.getByRole("heading", { level: 1, name: /Buurtverbinders De Linde/ }).waitFor();
      await phone.getByText("Elke dinsdag 10:00–12:00").waitFor();
      const colour = await phone.locator(".site-head").evaluate((e) => getComputedStyle(e).backgroundColor);
      assert.equal(colour, "rgb(122, 46, 92)", "the group's own colour");
      // The list holds every public resource of the neighbourhood; the map the located ones.
      const list = phone.locator(".site-resources .resource-card");
      await list.first().waitFor();
      assert.equal(await list.count(), resources.body.items.length);
      const markers = phone.locator("#site-map .leaflet-marker-icon");
      await markers.first().waitFor();
      assert.equal(await markers.count(), resources.body.items.filter((r) => r.location).length);
      const card = list.filter({ has: phone.getByRole("heading", { name: target.name, exact: true }) });
      await card.getByRole("button", { name: /^Op de kaart/ }).click();
      await phone.locator("#site-map .leaflet-popup").getByText(target.name, { exact: true }).waitFor();
      await expectNoHorizontalScroll(phone, "group site at 360 px");
      await expectAccessible(phone, "group site at 360 px");
      await screenshot(phone, "site-360");

      // Joining: without consent it is refused beside the checkbox and nothing is sent.
      const join = phone.locator(".site-join");
      await join.getByLabel("Naam", { exact: true }).fill("Sanne de Wit");
      await join.getByLabel("Telefoonnummer").fill("0612345678");
      await join.getByRole("button", { name: "Aanmelden" }).click();
      await join.getByText("Geef toestemming, anders kunnen we uw gegevens niet bewaren.").waitFor();
      const before = await asCoordinator("GET", "/candidates?pageSize=100");
      assert.ok(!before.body.items.some((c) => c.name === "Sanne de Wit"));
      await join.getByLabel(/Ik geef toestemming/).check();
      await join.getByRole("button", { name: "Aanmelden" }).click();
      await join.getByText("Dank u wel! Buurtverbinders De Linde neemt contact met u op.").waitFor();
      await screenshot(phone, "site-360-joined");
    } finally {
      await phone.context().close();
    }
    const after = await asCoordinator("GET", "/candidates?pageSize=100");
    const sanne = after.body.items.find((c) => c.name === "Sanne de Wit");
    assert.equal(sanne?.phone, "0612345678");
    assert.equal(sanne?.status, "interested");
  });

  test("the public pages read with JavaScript off, from the server's HTML", async () => {
    const context = await env.browser.newContext({ baseURL: env.baseUrl, javaScriptEnabled: false, viewport: PHONE });
    const pages = [];
    try {
      const page = await context.newPage();
      const response = await page.goto(`/groep/${SLUG}`);
      assert.equal(response.status(), 200);
      await page.getByRole("heading", { level: 1, name: /Buurtverbinders De Linde/ }).waitFor();
      await page.getByText("Elke dinsdag 10:00–12:00").waitFor();
      await page.getByRole("heading", { name: "Wat de buurt heeft" }).waitFor();
      await screenshot(page, "site-360-no-javascript");
      pages.push(page.url());
      await page.getByRole("link", { name: "De hele agenda van de buurt" }).click();
      await page.getByRole("heading", { level: 1, name: "Agenda" }).waitFor();
      await screenshot(page, "agenda-360-no-javascript");
      pages.push(page.url());
      await page.locator("main .link-list a").first().click();
      await page.getByText("Wanneer").waitFor();
      await screenshot(page, "event-360-no-javascript");
      pages.push(page.url());
      await page.goto(`/vraag/${SLUG}`);
      await page.getByRole("heading", { name: "Veelgestelde vragen" }).waitFor();
      pages.push(page.url());
    } finally {
      await context.close();
    }
    // axe needs scripts: each server page is checked as it arrives, without the app's script.
    const checker = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      for (const url of pages) {
        const html = await (await fetch(url)).text();
        await checker.goto("/not-a-page-for-axe");
        await checker.setContent(html.replace(/<script type="module">[\s\S]*?<\/script>/, ""));
        await expectAccessible(checker, `${url} as the server sends it`);
      }
    } finally {
      await checker.context().close();
    }
  });

  test("a connector writes up a story with consent, it shows on the site, and withdrawal erases it", async () => {
    const groups = await asCoordinator("GET", "/groups?pageSize=100");
    const linde = groups.body.items.find((g) => g.slug === SLUG);
    const phone = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await phone.goto(`/groups/${linde.id}/stories`);
      await logIn(phone, "connector@example.org");
      await phone.getByRole("heading", { level: 1, name: "Verhalen" }).waitFor();
      await phone.getByText("De moestuin achter de flat").first().waitFor();
      await phone.getByLabel(/^Titel/).fill("Koffie op het pleintje");
      await phone.getByLabel(/^Het verhaal/).fill("Elke vrijdag zetten we koffie op het pleintje.");
      await phone.getByLabel("Met naam op de site").check();
      await phone.getByRole("button", { name: "Opslaan" }).click();
      await phone.getByText("Vul de naam in die de bewoner wil zien", { exact: false }).first().waitFor();
      await phone.getByLabel(/^Naam zoals de bewoner/).fill("Mies");
      await phone.getByRole("button", { name: "Opslaan" }).click();
      await phone.getByText("Koffie op het pleintje is opgeslagen.").waitFor();
      await expectNoHorizontalScroll(phone, "stories at 360 px");
      await expectAccessible(phone, "stories at 360 px");
      await screenshot(phone, "stories-360");
      await phone.goto(`/groep/${SLUG}`);
      await phone.locator(".site-stories").getByRole("heading", { name: "Koffie op het pleintje" }).waitFor();
      await phone.locator(".site-stories").getByText("Mies", { exact: true }).waitFor();
      await phone.goto(`/groups/${linde.id}/stories`);
      const card = phone.locator(".story-card").filter({ hasText: "Koffie op het pleintje" });
      await card.getByRole("button", { name: /^Toestemming intrekken/ }).click();
      await card.getByRole("button", { name: "Ja, wissen" }).click();
      await card.getByText("De tekst is gewist", { exact: false }).waitFor();
    } finally {
      await phone.context().close();
    }
    const stories = await env.api("connector@example.org", "GET", `/stories?groupId=${linde.id}`);
    const gone = stories.body.find((s) => s.title === "Koffie op het pleintje");
    assert.equal(gone.text, null);
    assert.equal(gone.tellerName, null);
    const shown = await env.api(null, "GET", `/public/groups/${SLUG}/stories`);
    assert.ok(!shown.body.some((s) => s.title === "Koffie op het pleintje"));
  });

  test("a connector sets up the site with a live preview", async () => {
    const desktop = await newPage(env.browser, env.baseUrl);
    try {
      const groups = await asCoordinator("GET", "/groups?pageSize=100");
      const linde = groups.body.items.find((g) => g.slug === SLUG);
      await desktop.goto(`/groups/${linde.id}/site`);
      await logIn(desktop, "connector@example.org");
      await desktop.getByRole("heading", { level: 1, name: "Site van de groep instellen" }).waitFor();
      const preview = desktop.locator(".site-preview .site-head");
      await preview.waitFor();
      // A colour too light: said while choosing, refused before sending.
      await desktop.getByLabel("Kleurcode").fill("#ffcc00");
      await desktop.getByText("Contrast met witte letters: 1,5:1", { exact: false }).waitFor();
      // The preview never shows unreadable text: it keeps the product's colour meanwhile.
      assert.equal(await preview.evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(11, 93, 46)");
      await desktop.getByRole("button", { name: "Opslaan" }).click();
      await desktop.locator(".colour-field .field-error").first().waitFor();
      const unchanged = await asCoordinator("GET", `/groups/${linde.id}/site`);
      assert.equal(unchanged.body.colour, "#7a2e5c", "nothing was sent");
      await expectAccessible(desktop, "site settings with a colour too light");
      await desktop.getByLabel("Kleurcode").fill("#1d4e89");
      await desktop.getByText("Goed leesbaar", { exact: false }).waitFor();
      assert.equal(await preview.evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(29, 78, 137)");
      // Join us first; the walk-in time changes in the preview as it is typed.
      await desktop.getByRole("button", { name: /^Omhoog\W+Doe mee$/ }).click();
      await desktop.getByLabel("Inloopuur").fill("Elke woensdag 14:00–16:00");
      await desktop.locator(".site-preview").getByText("Elke woensdag 14:00–16:00").waitFor();
      await screenshot(desktop, "site-settings");
      await desktop.getByRole("button", { name: "Opslaan" }).click();
      await desktop.getByText("De site is opgeslagen.").waitFor();
    } finally {
      await desktop.context().close();
    }
    const saved = await asCoordinator("GET", `/public/groups/${SLUG}`);
    assert.equal(saved.body.site.colour, "#1d4e89");
    assert.equal(saved.body.site.walkInTime, "Elke woensdag 14:00–16:00");
    assert.deepEqual(saved.body.site.sections, ["agenda", "ask", "faq", "resources", "join_us", "stories"]);
  });
});
