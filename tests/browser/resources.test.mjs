// Browser tests of what the neighbourhood has, against the real server with the demo data: a
// connector on a phone finds a resource in the list and on the map (the same items; the map is no
// keyboard trap), filters on kind, adds a resource with a place on the map (a latitude out of range
// is refused beside the field and sends nothing), and records a check from the "to check" view.
// The tiles are one blank pixel (configuration), so nothing depends on them loading. Every page is
// checked with axe-core and photographed on a desktop and on a 360 px phone.

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

const asConnector = (method, apiPath, body) => env.api("connector@example.org", method, apiPath, body);

async function allResources(query = "") {
  const reply = await asConnector("GET", `/resources?pageSize=100${query}`);
  assert.equal(reply.status, 200);
  return reply.body.items;
}

/** A label with or without the required star. */
function label(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
}

describe("what the neighbourhood has", () => {
  test("a connector on a phone finds a resource in the list and on the map", async () => {
    const items = await allResources();
    const located = items.filter((r) => r.location);
    assert.ok(located.length > 10 && located.length < items.length, "the demo has located and unlocated resources");
    const phone = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await phone.goto("/resources");
      await logIn(phone, "connector@example.org");
      await phone.getByRole("heading", { level: 1, name: "Wat de buurt heeft" }).waitFor();
      const cards = phone.locator(".resource-card");
      await cards.first().waitFor();
      assert.equal(await cards.count(), items.length, "the list holds everything the API answers");
      await phone.getByText(`${items.length} gevonden, waarvan ${items.length - located.length} zonder plek op de kaart.`).waitFor();
      // The map shows the same located items, each a marker named after it.
      const markers = phone.locator("#resources-map .leaflet-marker-icon");
      await markers.first().waitFor();
      assert.equal(await markers.count(), located.length);
      const target = located.find((r) => r.name === "Buurthuis De Linde");
      assert.ok(target);
      assert.equal(await phone.locator(`#resources-map .leaflet-marker-icon[alt="${target.name}"]`).count(), 1);
      await expectNoHorizontalScroll(phone, "resources at 360 px");
      await expectAccessible(phone, "resources at 360 px");
      await screenshot(phone, "resources-360");

      // From the list to the map: its popup names it and leads back to the list.
      const card = cards.filter({ has: phone.getByRole("heading", { name: target.name, exact: true }) });
      await card.getByRole("button", { name: /^Op de kaart/ }).click();
      const popup = phone.locator("#resources-map .leaflet-popup");
      await popup.getByText(target.name, { exact: true }).waitFor();
      await screenshot(phone, "resources-360-on-the-map");
      await popup.getByRole("button", { name: "Toon in de lijst" }).click();
      const focused = await phone.evaluate(() => document.activeElement?.id);
      assert.equal(focused, `resource-${target.id}`);

      // The map is no keyboard trap: Tab moves through it and out.
      await phone.locator("#resources-map").focus();
      let outside = false;
      for (let i = 0; i < located.length + 10 && !outside; i += 1) {
        await phone.keyboard.press("Tab");
        outside = await phone.evaluate(() => !document.activeElement?.closest("#resources-map"));
      }
      assert.ok(outside, "Tab leaves the map");

      // A filter on kind: only skills, here the ones the group may see.
      await phone.getByLabel("Soort").selectOption("skill");
      const skills = await allResources("&kind=skill");
      await phone.getByText(`${skills.length} gevonden`, { exact: false }).waitFor();
      assert.equal(await cards.count(), skills.length);
      await phone.getByRole("heading", { name: "Hulp bij formulieren" }).waitFor();
    } finally {
      await phone.context().close();
    }
  });

  test("a connector adds a resource on a phone, and the map shows it", async () => {
    const phone = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await phone.goto("/resources/new");
      await logIn(phone, "connector@example.org");
      await phone.getByRole("heading", { level: 1, name: "Toevoegen aan wat de buurt heeft" }).waitFor();
      // The connector's one group is chosen for them.
      await phone.waitForFunction(() => document.querySelector("#resource-group")?.selectedOptions[0]?.text.includes("De Linde"));
      await phone.getByLabel(label("Naam")).fill("Moestuin achter de flat");
      await phone.getByLabel(label("Soort")).selectOption("place");
      await phone.getByLabel(label("Wie mag dit zien")).selectOption("public");
      await phone.getByLabel("Breedtegraad").fill("95");
      await phone.getByLabel("Lengtegraad").fill("5,1455");
      await phone.getByRole("button", { name: "Opslaan" }).click();
      await phone.locator("#resource-latitude-error").getByText("Vul een breedtegraad", { exact: false }).waitFor();
      assert.equal((await allResources()).filter((r) => r.name === "Moestuin achter de flat").length, 0, "nothing was sent");
      await expectAccessible(phone, "resource form with an error at 360 px");
      await phone.getByLabel("Breedtegraad").fill("52,0935");
      await phone.getByLabel("Telefoonnummer").fill("0611112222");
      await screenshot(phone, "resource-form-360");
      await phone.getByRole("button", { name: "Opslaan" }).click();
      await phone.getByRole("heading", { level: 1, name: "Wat de buurt heeft" }).waitFor();
      await phone.getByRole("heading", { name: "Moestuin achter de flat" }).waitFor();
      await phone.locator('#resources-map .leaflet-marker-icon[alt="Moestuin achter de flat"]').waitFor();
    } finally {
      await phone.context().close();
    }
    const [added] = (await allResources()).filter((r) => r.name === "Moestuin achter de flat");
    assert.deepEqual(added.location.coordinates, [5.1455, 52.0935]);
    assert.equal(added.audience, "public");
    assert.equal(added.phone, "0611112222");
    assert.equal(added.phonePublic, false, "contact details are not public unless ticked");
    assert.equal(added.groupName, "Buurtverbinders De Linde");
    const shown = await env.api(null, "GET", `/public/resources/${added.id}`);
    assert.equal(shown.status, 200);
    assert.equal(shown.body.phone, null, "the public never sees a private phone");
  });

  test("a connector checks what is due from the to-check view", async () => {
    const due = (await allResources()).filter((r) => r.dueForCheck && r.mayChange);
    assert.ok(due.length > 0, "the demo has resources the connector may check");
    const target = due[0];
    const desktop = await newPage(env.browser, env.baseUrl);
    try {
      await desktop.goto("/resources/to-check");
      await logIn(desktop, "connector@example.org");
      await desktop.getByRole("heading", { level: 1, name: "Te controleren" }).waitFor();
      assert.equal(await desktop.getByRole("link", { name: "Te controleren" }).getAttribute("aria-current"), "page");
      const card = desktop.locator(".resource-card").filter({ has: desktop.getByRole("heading", { name: target.name, exact: true }) });
      await card.first().waitFor();
      await expectAccessible(desktop, "resources to check");
      await screenshot(desktop, "resources-to-check");
      await card.first().getByRole("button", { name: /^Gecontroleerd/ }).click();
      await desktop.locator(".resources-list .alert").getByText(`${target.name} is vandaag gecontroleerd.`).waitFor();
      // Checked, it leaves the list to check.
      await card.first().waitFor({ state: "detached" });
      await screenshot(desktop, "resources-to-check-after-a-check");
    } finally {
      await desktop.context().close();
    }
    const checked = await asConnector("GET", `/resources/${target.id}`);
    assert.equal(checked.body.verifiedBy, "Anouk Verbeek");
    assert.equal(checked.body.dueForCheck, false);
  });
});
