// Browser tests of the web client against the real server with the demo data: log-in, the groups
// overview, a group page, adding members under the composition rules, ending a membership,
// activating a forming group, people, the language switch, a phone-sized screen, and an
// accessibility check (axe-core) on every page visited.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import {
  DEMO_PASSWORD,
  SCREENSHOTS,
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  newPage,
  screenshot,
  screenshotOf,
  start,
} from "./harness.mjs";

const LINDE = "Buurtverbinders De Linde";
const KASTANJE = "Buurtverbinders Kastanjeplein";
const MOLEN = "Buurtverbinders Molenwijk";

let env;
let page;

before(async () => {
  env = await start();
  page = await newPage(env.browser, env.baseUrl);
});

after(async () => {
  await env?.stop();
});

/**
 * Script errors other than failed requests the tests cause on purpose: the browser logs each
 * refused request as a console error (the session check before log-in and the wrong password
 * 401, the refused members 400 and 409, the refused activation 409, the lost update 412).
 */
function unexpectedErrors(p) {
  return p.errors.filter((e) => !/status of (400|401|409|412)/.test(e));
}

let adminToken;

/** Calls the API directly as the demo admin, for changes made "by someone else". */
async function apiAsAdmin(method, path, body, contentType = "application/json") {
  if (!adminToken) {
    const login = await fetch(`${env.baseUrl}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@example.org", password: DEMO_PASSWORD }),
    });
    assert.equal(login.status, 200);
    adminToken = (await login.json()).accessToken;
  }
  const headers = { authorization: `Bearer ${adminToken}` };
  if (body !== undefined) headers["content-type"] = contentType;
  const response = await fetch(`${env.baseUrl}/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** The card of a member on the group page. */
function memberCard(name) {
  return page.locator("li.member-card").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

describe("web client", () => {
  test("the log-in page is Dutch by default and refuses a wrong password", async () => {
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "nl");
    await expectAccessible(page, "log-in page");
    await screenshot(page, "login-desktop");

    // The first Tab reaches the skip link, which moves focus to the content.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Naar de inhoud");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");

    await page.getByLabel("E-mailadres").fill("coordinator@example.org");
    await page.getByLabel("Wachtwoord").fill("not-the-password");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await page.getByRole("alert").getByText("Het e-mailadres of het wachtwoord klopt niet.").waitFor();
    await expectAccessible(page, "log-in page with an error");
  });

  test("a coordinator logs in and sees every group with its composition", async () => {
    await logIn(page, "coordinator@example.org");
    await page.getByRole("heading", { level: 1, name: "Groepen" }).waitFor();
    for (const name of [LINDE, KASTANJE, MOLEN]) {
      await page.getByRole("link", { name }).waitFor();
    }
    const kastanje = page.locator("li.group-card").filter({ hasText: KASTANJE });
    await kastanje.getByText("In oprichting").waitFor();
    await kastanje.getByText("5 leden: 5 bewoners, 0 professionals").waitFor();
    await kastanje.getByText("Heeft minstens 1 professional nodig").waitFor();
    const molen = page.locator("li.group-card").filter({ hasText: MOLEN });
    await molen.getByText("Heeft minstens 5 leden nodig").waitFor();
    const linde = page.locator("li.group-card").filter({ hasText: LINDE });
    await linde.getByText("Voldoet aan alle regels").waitFor();
    await page.getByRole("link", { name: "Nieuwe groep" }).waitFor();
    await page.locator(".account-name").getByText("Coördinator Lindeburg").waitFor();
    await expectAccessible(page, "groups overview");
    await screenshot(page, "groups-desktop");
  });

  test("the session survives a reload through the refresh cookie", async () => {
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Groepen" }).waitFor();
    assert.equal(await page.getByRole("heading", { name: "Inloggen" }).count(), 0);
  });

  test("the group page shows details, composition and current members", async () => {
    await page.getByRole("link", { name: LINDE, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: LINDE }).waitFor();
    await page.getByText("Buurthuis De Linde, elke dinsdag 10:00–12:00").waitFor();
    await page.getByText("7 leden: 5 bewoners, 2 professionals").waitFor();
    await memberCard("Petra Smulders").getByText("Professional – Wijkregisseur").waitFor();
    await memberCard("Petra Smulders").getByText("Gemeente Lindeburg").waitFor();
    await memberCard("Anouk Verbeek").getByText("2 maart 2026").waitFor();
    assert.equal(await page.locator("li.member-card").count(), 7);
    await expectAccessible(page, "group page");
    await screenshot(page, "group-desktop");
  });

  test("adding a member shows field errors beside the field and the composition rule at the form", async () => {
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Lid toevoegen" }) });
    await form.getByLabel("Iemand nieuw toevoegen").check();
    await form.getByLabel("Naam").fill("Tess Vermeulen");
    await form.getByLabel("E-mailadres").fill("tess.vermeulen@example.org");
    await form.getByLabel("Professional", { exact: true }).check();
    // No role chosen: the API's problem names /professionalRole, shown beside that field.
    await form.getByRole("button", { name: "Lid toevoegen" }).click();
    const roleError = form.locator("#member-role-error");
    await roleError.getByText("Vul dit veld in.").waitFor();
    const role = form.getByLabel("Functie van de professional");
    assert.equal(await role.getAttribute("aria-invalid"), "true");
    assert.match(await role.getAttribute("aria-describedby"), /member-role-error/);
    await form.getByRole("alert").getByText("Niet alles is goed ingevuld").waitFor();
    await expectAccessible(page, "group page with field errors");
    await screenshotOf(form, "group-add-member-field-error");

    // With a role, the group already has two professionals: 409 max-professionals.
    await role.selectOption("social_worker");
    await form.getByLabel("Organisatie").fill("Welzijn Lindeburg");
    await form.getByRole("button", { name: "Lid toevoegen" }).click();
    const alert = form.getByRole("alert");
    await alert.getByText("Deze groep heeft al het maximum van 2 professionals.").waitFor();
    await alert.getByText("Heeft te veel professionals: het maximum is 2").waitFor();
    await screenshotOf(form, "group-add-member-refused");
    // The new person is now the one picked, so trying again does not create them twice.
    assert.equal(await form.getByLabel("Tess Vermeulen", { exact: false }).isChecked(), true);

    // As a resident she fits: the group reaches 8 members.
    await form.getByLabel("Bewoner", { exact: true }).check();
    await form.getByRole("button", { name: "Lid toevoegen" }).click();
    await memberCard("Tess Vermeulen").getByText("Bewoner").waitFor();
    await page.getByText("8 leden: 6 bewoners, 2 professionals").waitFor();
    await page.locator("#status").getByText("Tess Vermeulen is toegevoegd als Bewoner.").waitFor();

    // A ninth member is one too many: 409 max-members.
    await form.getByLabel("Iemand nieuw toevoegen").check();
    await form.getByLabel("Naam").fill("Umut Demir");
    await form.getByRole("button", { name: "Lid toevoegen" }).click();
    await form.getByRole("alert").getByText("Deze groep heeft al het maximum van 8 leden.").waitFor();
    await expectAccessible(page, "group page with a refused member");
  });

  test("adding someone who is in another group asks first, and adds them once confirmed", async () => {
    const neighbourhoods = await apiAsAdmin("GET", "/neighbourhoods?pageSize=100");
    const made = await apiAsAdmin("POST", "/groups", {
      name: "Buurtverbinders Tweede Kans",
      neighbourhoodId: neighbourhoods.body.items[0].id,
    });
    assert.equal(made.status, 201);
    const other = await newPage(env.browser, env.baseUrl, { width: 360, height: 780 });
    try {
      await other.goto(`/groups/${made.body.id}`);
      await logIn(other, "coordinator@example.org");
      const form = other.locator("form").filter({ has: other.getByRole("button", { name: "Lid toevoegen" }) });
      await form.getByLabel("Zoek op naam").fill("Ilse");
      await form.getByRole("button", { name: "Zoeken" }).click();
      await form.getByLabel("Ilse Wouters", { exact: false }).check();
      await form.getByRole("button", { name: "Lid toevoegen" }).click();
      const warning = form.locator(".other-groups");
      await warning.getByText(`Let op: deze persoon is al lid van ${KASTANJE}.`, { exact: false }).waitFor();
      assert.equal(await other.locator("li.member-card").count(), 0, "not added yet");
      await expectAccessible(other, "the warning about another group at 360 px");
      await screenshotOf(form, "group-add-member-other-group-360");
      // The warning and its tick are about Ilse: picking someone else drops them.
      await warning.getByLabel("Ja, toch ook aan deze groep toevoegen").check();
      await form.getByLabel("Zoek op naam").fill("Dirk");
      await form.getByRole("button", { name: "Zoeken" }).click();
      await form.getByLabel("Dirk Mulder", { exact: false }).check();
      await form.locator(".other-groups").waitFor({ state: "detached" });
      await form.getByRole("button", { name: "Lid toevoegen" }).click();
      await warning.getByText(`Let op: deze persoon is al lid van ${KASTANJE}.`, { exact: false }).waitFor();
      assert.equal(await warning.getByLabel("Ja, toch ook aan deze groep toevoegen").isChecked(), false);
      assert.equal(await other.locator("li.member-card").count(), 0, "Dirk was not added without confirming");
      await form.getByLabel("Zoek op naam").fill("Ilse");
      await form.getByRole("button", { name: "Zoeken" }).click();
      await form.getByLabel("Ilse Wouters", { exact: false }).check();
      await form.getByRole("button", { name: "Lid toevoegen" }).click();
      await warning.getByLabel("Ja, toch ook aan deze groep toevoegen").check();
      await form.getByRole("button", { name: "Lid toevoegen" }).click();
      await other.locator("li.member-card").filter({ has: other.getByRole("heading", { name: "Ilse Wouters" }) }).waitFor();
      assert.equal(await form.locator(".other-groups").count(), 0);
    } finally {
      await other.context().close();
    }
  });

  test("ending a membership asks first and keeps the history", async () => {
    const card = memberCard("Tess Vermeulen");
    await card.getByRole("button", { name: /Lidmaatschap beëindigen/ }).click();
    await card.getByText("Weet je zeker dat je het lidmaatschap van Tess Vermeulen vandaag beëindigt?").waitFor();
    // Focus lands on the confirmation.
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Ja, beëindigen");
    await screenshotOf(card, "member-end-confirm");
    await card.getByRole("button", { name: "Ja, beëindigen" }).click();
    await page.getByText("7 leden: 5 bewoners, 2 professionals").waitFor();
    await memberCard("Tess Vermeulen").waitFor({ state: "detached" });

    await page.getByLabel("Toon ook oud-leden").check();
    await page.getByRole("heading", { name: "Oud-leden" }).waitFor();
    await memberCard("Tess Vermeulen").getByText("Lid tot").waitFor();
    await screenshotOf(page.locator("section").filter({ has: page.locator("#members-title") }), "members-with-former");
    await expectAccessible(page, "group page with former members");
  });

  test("activating a forming group lists every unmet rule", async () => {
    await page.getByRole("link", { name: "Groepen", exact: true }).click();
    await page.getByRole("link", { name: KASTANJE, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: KASTANJE }).waitFor();
    await page.getByRole("button", { name: "Groep activeren" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "De groep kan nog niet actief worden" });
    await alert.getByText("Heeft minstens 1 professional nodig").waitFor();
    await page.getByText("In oprichting").first().waitFor();
    await expectAccessible(page, "group page with an activation refused");
    await screenshot(page, "group-activation-refused");
  });

  test("a coordinator creates a group, and a lost update while editing is caught", async () => {
    await page.getByRole("link", { name: "Groepen", exact: true }).click();
    await page.getByRole("link", { name: "Nieuwe groep" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuwe groep" }).waitFor();
    await page.getByRole("button", { name: "Groep aanmaken" }).click();
    await page.locator("#group-name-error").getByText("Vul dit veld in.").waitFor();
    await page.locator("#group-neighbourhood-error").getByText("Vul dit veld in.").waitFor();
    await expectAccessible(page, "new group form with errors");
    await screenshot(page, "group-new-errors");

    await page.getByLabel("Naam van de groep").fill("Buurtverbinders Molenwijk-Noord");
    await page.getByLabel("Buurt").selectOption({ label: "Molenwijk (Lindeburg)" });
    await page.getByLabel("Beschrijving").fill("Een tweede groep in de Molenwijk.");
    await page.getByRole("button", { name: "Groep aanmaken" }).click();
    await page.getByRole("heading", { level: 1, name: "Buurtverbinders Molenwijk-Noord" }).waitFor();
    await page.getByText("0 leden: 0 bewoners, 0 professionals").waitFor();
    await page.getByText("Heeft minstens 5 leden nodig").waitFor();

    await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
    await page.getByRole("heading", { level: 1, name: "Groep wijzigen" }).waitFor();
    await expectAccessible(page, "edit group form");
    const id = new URL(page.url()).pathname.split("/")[2];

    // Someone else renames the group meanwhile, through the API.
    const change = await apiAsAdmin(
      "PATCH",
      `/groups/${id}`,
      { name: "Buurtverbinders Molenwijk-Noord en Zuid" },
      "application/merge-patch+json",
    );
    assert.equal(change.status, 200);

    await page.getByLabel("Vaste ontmoetingsplek").fill("Speeltuin Molenwijk");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.locator(".alert-info").getByText("Iemand anders heeft deze groep intussen gewijzigd.").waitFor();
    // The message shows first; the form is filled again when the fresh copy arrives.
    const nameField = page.getByLabel("Naam van de groep");
    const renamed = "Buurtverbinders Molenwijk-Noord en Zuid";
    for (let i = 0; i < 50 && (await nameField.inputValue()) !== renamed; i++) await page.waitForTimeout(100);
    assert.equal(await nameField.inputValue(), renamed);
    await screenshot(page, "group-edit-changed-elsewhere");
    await page.getByLabel("Vaste ontmoetingsplek").fill("Speeltuin Molenwijk");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("heading", { level: 1, name: "Buurtverbinders Molenwijk-Noord en Zuid" }).waitFor();
    await page.getByText("Speeltuin Molenwijk").waitFor();
    await page.locator("#status").getByText("De wijzigingen in Buurtverbinders Molenwijk-Noord en Zuid zijn opgeslagen.").waitFor();
  });

  test("the people page filters on name and shows contact details to a coordinator", async () => {
    await page.getByRole("link", { name: "Mensen" }).click();
    await page.getByRole("heading", { level: 1, name: "Mensen" }).waitFor();
    await page.getByRole("heading", { name: "Anouk Verbeek" }).waitFor();
    await expectAccessible(page, "people page");
    await screenshot(page, "people-desktop");
    await page.getByLabel("Zoek op naam").fill("petra");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.getByText("1 persoon getoond").waitFor();
    await page.getByRole("link", { name: "petra.smulders@example.org" }).waitFor();
  });

  test("the language switch shows English and is remembered", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    await page.getByRole("link", { name: "Groups", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Groups" }).waitFor();
    const kastanje = page.locator("li.group-card").filter({ hasText: KASTANJE });
    await kastanje.getByText("Needs at least 1 professional").waitFor();
    await kastanje.getByText("Forming").waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Groups" }).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "en");
    await expectAccessible(page, "groups overview in English");
    await screenshot(page, "groups-desktop-en");

    await page.getByRole("button", { name: "Nederlands" }).click();
    await page.getByRole("heading", { level: 1, name: "Groepen" }).waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "nl");
  });

  test("the overview shows 20 groups and loads more on request", async () => {
    const neighbourhoods = await apiAsAdmin("GET", "/neighbourhoods");
    const neighbourhoodId = neighbourhoods.body.items[0].id;
    // Up to 22 groups in all, whatever the earlier tests created.
    const existing = (await apiAsAdmin("GET", "/groups?pageSize=100")).body.items.length;
    const missing = 22 - existing;
    assert.ok(missing > 1, `${existing} groups exist already`);
    for (let n = 1; n <= missing; n++) {
      const created = await apiAsAdmin("POST", "/groups", { name: `Proefgroep ${n}`, neighbourhoodId });
      assert.equal(created.status, 201);
    }
    await page.getByRole("link", { name: "Mensen" }).click();
    await page.getByRole("link", { name: "Groepen", exact: true }).click();
    await page.getByText("20 groepen getoond").waitFor();
    assert.equal(await page.locator("li.group-card").count(), 20);
    await page.getByRole("button", { name: "Meer groepen laden" }).click();
    await page.getByText("22 groepen getoond").waitFor();
    await page.getByRole("link", { name: `Proefgroep ${missing}`, exact: true }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Meer groepen laden" }).count(), 0);
  });

  test("an unknown address shows the not-found page", async () => {
    await page.goto("/no-such-page");
    await page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" }).waitFor();
    await expectAccessible(page, "not-found page");
  });

  test("a connector sees only what a connector may", async () => {
    const connector = await newPage(env.browser, env.baseUrl);
    try {
      await connector.goto("/groups");
      await logIn(connector, "connector@example.org");
      await connector.getByRole("heading", { level: 1, name: "Groepen" }).waitFor();
      await connector.getByRole("link", { name: LINDE, exact: true }).waitFor();
      assert.equal(await connector.getByRole("link", { name: "Nieuwe groep" }).count(), 0);

      // Not her group: no members, no activation.
      await connector.getByRole("link", { name: KASTANJE, exact: true }).click();
      await connector.getByRole("heading", { level: 1, name: KASTANJE }).waitFor();
      await connector.getByText("Alleen leden van deze groep en coördinatoren zien wie er in de groep zitten.").waitFor();
      assert.equal(await connector.getByRole("button", { name: "Groep activeren" }).count(), 0);
      assert.equal(await connector.getByRole("heading", { name: "Lid toevoegen" }).count(), 0);

      // Her own group: members and the add-member form.
      await connector.getByRole("link", { name: "Groepen", exact: true }).click();
      await connector.getByRole("link", { name: LINDE, exact: true }).click();
      await connector.locator("li.member-card").first().waitFor();
      await connector.getByRole("heading", { name: "Lid toevoegen" }).waitFor();

      // People outside her groups: names, no contact details.
      await connector.getByRole("link", { name: "Mensen" }).click();
      const esra = connector.locator("li.person-card").filter({ hasText: "Esra Kaya" });
      await esra.getByText("Contactgegevens zie je alleen van mensen in je eigen groepen.").waitFor();
      assert.equal(await esra.getByText("esra.kaya@example.org").count(), 0);
      await expectAccessible(connector, "people page for a connector");

      await connector.getByRole("button", { name: "Uitloggen" }).click();
      await connector.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
      await connector.reload();
      await connector.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
      assert.deepEqual(unexpectedErrors(connector), []);
    } finally {
      await connector.context().close();
    }
  });

  test("at 360 px wide nothing scrolls sideways", async () => {
    const phone = await newPage(env.browser, env.baseUrl, { width: 360, height: 740 });
    try {
      await phone.goto("/");
      await phone.getByRole("heading", { level: 1, name: "Inloggen" }).waitFor();
      await expectNoHorizontalScroll(phone, "log-in page at 360 px");
      await screenshot(phone, "login-360");
      // The skip link, focused, at phone size.
      await phone.keyboard.press("Tab");
      await phone.screenshot({ path: `${SCREENSHOTS}/login-360-skip-link.png` });
      await phone.getByLabel("E-mailadres").fill("coordinator@example.org");
      await phone.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
      await phone.getByRole("button", { name: "Inloggen" }).click();
      await phone.getByRole("heading", { level: 1, name: "Groepen" }).waitFor();
      await phone.getByRole("link", { name: MOLEN, exact: true }).waitFor();
      await expectNoHorizontalScroll(phone, "groups overview at 360 px");
      await expectAccessible(phone, "groups overview at 360 px");
      await screenshot(phone, "groups-360");
      await phone.screenshot({ path: `${SCREENSHOTS}/groups-360-top.png` });

      await phone.getByRole("link", { name: LINDE, exact: true }).click();
      await phone.getByRole("heading", { level: 1, name: LINDE }).waitFor();
      await phone.locator("li.member-card").first().waitFor();
      await expectNoHorizontalScroll(phone, "group page at 360 px");
      await expectAccessible(phone, "group page at 360 px");
      await screenshot(phone, "group-360");
      await phone.screenshot({ path: `${SCREENSHOTS}/group-360-top.png` });
      await screenshotOf(phone.locator("section").filter({ has: phone.getByRole("heading", { name: "Lid toevoegen" }) }), "group-360-add-member");

      await phone.getByRole("link", { name: "Mensen" }).click();
      await phone.getByRole("heading", { level: 1, name: "Mensen" }).waitFor();
      await phone.locator("li.person-card").first().waitFor();
      await expectNoHorizontalScroll(phone, "people page at 360 px");
      await expectAccessible(phone, "people page at 360 px");
      await phone.screenshot({ path: `${SCREENSHOTS}/people-360-top.png` });

      await phone.getByRole("link", { name: "Groepen", exact: true }).click();
      await phone.getByRole("link", { name: "Nieuwe groep" }).click();
      await phone.getByRole("heading", { level: 1, name: "Nieuwe groep" }).waitFor();
      await expectNoHorizontalScroll(phone, "new group form at 360 px");
      await screenshot(phone, "group-new-360");
      assert.deepEqual(unexpectedErrors(phone), []);
    } finally {
      await phone.context().close();
    }
  });

  test("a long name without spaces wraps instead of widening the page", async () => {
    const neighbourhoods = await apiAsAdmin("GET", "/neighbourhoods");
    const longName = "Buurtverbinders" + "é".repeat(185);
    const created = await apiAsAdmin("POST", "/groups", { name: longName, neighbourhoodId: neighbourhoods.body.items[0].id });
    assert.equal(created.status, 201);
    const phone = await newPage(env.browser, env.baseUrl, { width: 360, height: 740 });
    try {
      await phone.goto(`/groups/${created.body.id}`);
      await phone.getByLabel("E-mailadres").fill("coordinator@example.org");
      await phone.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
      await phone.getByRole("button", { name: "Inloggen" }).click();
      await phone.getByRole("heading", { level: 1, name: longName }).waitFor();
      await expectNoHorizontalScroll(phone, "group page with a long name at 360 px");
      await screenshot(phone, "group-long-name-360");
    } finally {
      await phone.context().close();
    }
  });

  test("no script errors on the way", () => {
    assert.deepEqual(unexpectedErrors(page), []);
  });
});
