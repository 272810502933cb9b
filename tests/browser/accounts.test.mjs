// Browser tests of account administration against the real server with the demo data: an admin
// on a 360 px phone creates an account (first with empty fields, refused beside them), gets its
// invitation link once, and the new connector opens it without logging in, chooses a password
// (a short one and two different ones are refused) and logs in with it; the link then no longer
// works. The admin changes a role and disables an account, never their own. Every page is checked
// with axe-core and photographed.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { expectAccessible, expectNoHorizontalScroll, logIn, newPage, screenshot, start } from "./harness.mjs";

const PHONE = { width: 360, height: 780 };
const NEW_NAME = "Fenna Bakker";
const NEW_EMAIL = "fenna.bakker@example.org";
const NEW_PASSWORD = "een fiets aan de gracht";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.stop();
});

/** Script errors other than the refused requests these tests cause on purpose (401 before log-in, 404 for a used link). */
function unexpectedErrors(p) {
  return p.errors.filter((e) => !/status of (401|404)/.test(e));
}

/** A label with or without the required star. */
function label(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
}

/** The card of an account on the accounts page. */
function accountCard(page, name) {
  return page.locator("li.account-item").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

describe("accounts", () => {
  test("an admin invites a new connector, who sets a password through the link and logs in", async () => {
    const admin = await newPage(env.browser, env.baseUrl, PHONE);
    let link;
    try {
      await admin.goto("/accounts");
      await logIn(admin, "admin@example.org");
      await admin.getByRole("heading", { level: 1, name: "Accounts" }).waitFor();
      assert.equal(await admin.getByRole("link", { name: "Accounts", exact: true }).getAttribute("aria-current"), "page");
      await accountCard(admin, "Anouk Verbeek").getByText("Actief").waitFor();

      // Nothing filled in: said beside each field, nothing sent.
      await admin.getByRole("button", { name: "Account maken" }).click();
      await admin.locator("#account-name-error").getByText("Vul dit veld in.").waitFor();
      await admin.locator("#account-email-error").getByText("Vul dit veld in.").waitFor();
      await admin.getByRole("alert").getByText("Niet alles is goed ingevuld.", { exact: false }).waitFor();

      await admin.getByLabel(label("Naam")).fill(NEW_NAME);
      await admin.getByLabel(label("E-mailadres")).fill(NEW_EMAIL);
      await admin.getByLabel("Rol", { exact: true }).selectOption({ label: "Buurtverbinder" });
      await admin.getByRole("button", { name: "Account maken" }).click();
      await admin.getByRole("heading", { name: `Persoonlijke link voor ${NEW_NAME}` }).waitFor();
      link = await admin.locator(".issued-link input").inputValue();
      assert.match(link, /\/wachtwoord\/[A-Za-z0-9_-]{43}$/);
      await accountCard(admin, NEW_NAME).getByText("Uitgenodigd, nog geen wachtwoord").waitFor();
      // The admin's own account offers no role change and no disabling.
      const own = accountCard(admin, "Beheerder");
      await own.getByText("Dit is je eigen account", { exact: false }).waitFor();
      assert.equal(await own.getByRole("button", { name: /Uitschakelen/ }).count(), 0);
      assert.equal(await own.getByRole("combobox").count(), 0);
      await expectNoHorizontalScroll(admin, "accounts at 360 px");
      await expectAccessible(admin, "accounts at 360 px");
      await screenshot(admin, "accounts-360");
      assert.deepEqual(unexpectedErrors(admin), []);
    } finally {
      await admin.context().close();
    }

    const person = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await person.goto(new URL(link).pathname);
      await person.getByRole("heading", { name: `Welkom, ${NEW_NAME}` }).waitFor();
      await person.getByText(NEW_EMAIL, { exact: false }).first().waitFor();
      assert.equal(await person.getByLabel("Je e-mailadres (hiermee log je in)").inputValue(), NEW_EMAIL);
      await expectNoHorizontalScroll(person, "set password at 360 px");
      await person.getByLabel(label("Nieuw wachtwoord")).fill("kort");
      await person.getByRole("button", { name: "Wachtwoord opslaan" }).click();
      await person.locator("#new-password-error").getByText("minstens 12 tekens", { exact: false }).waitFor();
      await person.getByLabel(label("Nieuw wachtwoord")).fill(NEW_PASSWORD);
      await person.getByLabel(label("Herhaal het wachtwoord")).fill(`${NEW_PASSWORD}!`);
      await person.getByRole("button", { name: "Wachtwoord opslaan" }).click();
      await person.locator("#repeat-password-error").getByText("De twee wachtwoorden zijn niet gelijk.").waitFor();
      await expectAccessible(person, "set password with errors at 360 px");
      await screenshot(person, "password-360-errors");
      await person.getByLabel(label("Herhaal het wachtwoord")).fill(NEW_PASSWORD);
      await person.getByRole("button", { name: "Wachtwoord opslaan" }).click();
      await person.getByRole("heading", { name: "Je wachtwoord is ingesteld" }).waitFor();
      await expectNoHorizontalScroll(person, "password set at 360 px");
      await screenshot(person, "password-360-done");

      await person.getByRole("link", { name: "Inloggen" }).last().click();
      await person.getByLabel(/E-mailadres/).fill(NEW_EMAIL);
      await person.getByLabel(/Wachtwoord/).fill(NEW_PASSWORD);
      await person.getByRole("button", { name: "Inloggen" }).click();
      await person.getByRole("heading", { level: 1, name: "Groepen" }).waitFor();
      // A connector has no accounts page in the menu, and the page itself says so.
      assert.equal(await person.getByRole("link", { name: "Accounts", exact: true }).count(), 0);
      await person.goto("/accounts");
      await person.getByText("Alleen beheerders beheren accounts.").waitFor();

      // The link works once.
      await person.goto(new URL(link).pathname);
      await person.getByText("Deze link werkt niet (meer).", { exact: false }).waitFor();
      await screenshot(person, "password-360-used");
      assert.deepEqual(unexpectedErrors(person), []);
    } finally {
      await person.context().close();
    }
  });

  test("an admin changes a role and disables an account after confirming", async () => {
    const admin = await newPage(env.browser, env.baseUrl);
    try {
      await admin.goto("/accounts");
      await logIn(admin, "admin@example.org");
      const card = accountCard(admin, "Petra Smulders");
      await card.getByLabel("Rol van Petra Smulders").selectOption({ label: "Coördinator" });
      await admin.locator("#status").getByText("Het account van Petra Smulders is opgeslagen.").waitFor();
      const petra = (await env.api("admin@example.org", "GET", "/accounts?pageSize=100")).body.items.find(
        (a) => a.email === "professional@example.org",
      );
      assert.equal(petra.role, "coordinator");

      await card.getByRole("button", { name: /^Uitschakelen/ }).click();
      await card.getByText("Dit account uitschakelen?", { exact: false }).waitFor();
      await expectAccessible(admin, "accounts with a confirmation");
      await card.getByRole("button", { name: "Uitschakelen", exact: true }).click();
      await card.getByText("Uitgeschakeld").waitFor();
      const after = (await env.api("admin@example.org", "GET", "/accounts?pageSize=100")).body.items.find(
        (a) => a.email === "professional@example.org",
      );
      assert.equal(after.disabled, true);
      await screenshot(admin, "accounts-desktop");
      assert.deepEqual(unexpectedErrors(admin), []);
    } finally {
      await admin.context().close();
    }
  });
});
