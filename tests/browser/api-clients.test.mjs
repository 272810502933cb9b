// Browser tests of API clients against the real server with the demo data: an admin on a 360 px
// phone registers a client for a municipal system (refused first without a name and a scope,
// nothing sent), sees its id and secret once, and the system then gets a token with them and
// reads the groups but nobody's name; a new secret stops the old one, and disabling the client
// stops it at once. Every page is checked with axe-core and photographed.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import { expectAccessible, expectNoHorizontalScroll, logIn, newPage, screenshot, start } from "./harness.mjs";

const PHONE = { width: 360, height: 780 };
const NAME = "Wijkmonitor Lindeburg";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.stop();
});

/** A label with or without the required star. */
function label(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
}

/** The card of a client on the page. */
function clientCard(page, name) {
  return page.locator("li.account-item").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

/** `POST /oauth/token` as the system would send it: HTTP Basic client authentication. */
async function token(id, secret) {
  const response = await fetch(`${env.baseUrl}/api/v1/oauth/token`, {
    method: "POST",
    headers: {
      authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  });
  return { status: response.status, body: await response.json() };
}

async function read(accessToken, path) {
  const response = await fetch(`${env.baseUrl}/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
  return { status: response.status, body: await response.json() };
}

describe("API clients", () => {
  test("an admin registers a client on a phone; the system reads with its secret until it is replaced or disabled", async () => {
    const admin = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await admin.goto("/api-clients");
      await logIn(admin, "admin@example.org");
      await admin.getByRole("heading", { level: 1, name: "API-koppelingen" }).waitFor();
      // The demo's dashboard is there, with its rights in words.
      const demo = clientCard(admin, "Dashboard gemeente Lindeburg");
      await demo.getByText("Lezen, Rapportages").waitFor();

      // Nothing filled in and no right chosen: said beside each, nothing sent.
      const before = (await env.api("admin@example.org", "GET", "/api-clients?pageSize=100")).body.items.length;
      // The new client's form; each client's card has a form of its own.
      const form = admin.locator("form.new-account");
      await form.getByLabel("Lezen", { exact: true }).uncheck();
      await admin.getByRole("button", { name: "Koppeling maken" }).click();
      await admin.locator("#api-client-name-error").getByText("Vul dit veld in.").waitFor();
      await admin.locator("#api-client-scopes-error").getByText("Kies minstens één recht.").waitFor();
      const still = (await env.api("admin@example.org", "GET", "/api-clients?pageSize=100")).body.items.length;
      assert.equal(still, before, "nothing was sent");

      await form.getByLabel(label("Naam van het systeem")).fill(NAME);
      await form.getByLabel("Lezen", { exact: true }).check();
      await form.getByLabel("Rapportages", { exact: true }).check();
      await admin.getByRole("button", { name: "Koppeling maken" }).click();
      await admin.getByRole("heading", { name: `Client-id en geheim voor ${NAME}` }).waitFor();
      const id = await admin.locator("#issued-client-id").inputValue();
      const secret = await admin.locator("#issued-client-secret").inputValue();
      assert.match(id, /^[0-9a-f-]{36}$/);
      assert.ok(secret.length >= 32, secret);
      const card = clientCard(admin, NAME);
      await card.getByText("Actief").waitFor();
      await card.getByText("nog nooit").waitFor();
      await expectNoHorizontalScroll(admin, "API clients at 360 px");
      await expectAccessible(admin, "API clients at 360 px");
      await screenshot(admin, "api-clients-360");

      // The system: a token with the client's scopes; groups yes, people's names no.
      const granted = await token(id, secret);
      assert.equal(granted.status, 200, JSON.stringify(granted.body));
      assert.equal(granted.body.scope, "read reports");
      assert.equal((await read(granted.body.access_token, "/groups")).status, 200);
      const people = await read(granted.body.access_token, "/people");
      assert.equal(people.status, 403, JSON.stringify(people.body));

      // A new secret: the old one stops working, the new one works.
      await card.getByRole("button", { name: /^Nieuw geheim/ }).click();
      await card.getByRole("button", { name: "Nieuw geheim", exact: true }).click();
      await admin.getByRole("heading", { name: `Client-id en geheim voor ${NAME}` }).waitFor();
      await admin.waitForFunction((old) => document.querySelector("#issued-client-secret")?.value !== old, secret);
      const renewed = await admin.locator("#issued-client-secret").inputValue();
      assert.equal((await token(id, secret)).body.error, "invalid_client");
      assert.equal((await token(id, renewed)).status, 200);

      // Changed in its card: a name and fewer rights; only what changed is sent.
      await card.locator("summary", { hasText: "Wijzigen" }).click();
      await card.getByLabel(label("Naam van het systeem")).fill(`${NAME} 2`);
      await card.getByLabel("Rapportages", { exact: true }).uncheck();
      await card.getByRole("button", { name: "Opslaan" }).click();
      const changed = clientCard(admin, `${NAME} 2`);
      await changed.locator("dd").filter({ hasText: /^Lezen$/ }).waitFor();
      const stored = (await env.api("admin@example.org", "GET", `/api-clients/${id}`)).body;
      assert.deepEqual([stored.name, stored.scopes], [`${NAME} 2`, ["read"]]);
      assert.equal((await token(id, renewed)).body.scope, "read");

      // Disabled: refused at once, also a token issued before.
      const live = (await token(id, renewed)).body.access_token;
      await changed.getByRole("button", { name: /^Uitschakelen/ }).click();
      await changed.getByRole("button", { name: "Uitschakelen", exact: true }).click();
      await changed.getByText("Uitgeschakeld").waitFor();
      assert.equal((await token(id, renewed)).status, 401);
      assert.equal((await read(live, "/groups")).status, 401);
      await screenshot(admin, "api-clients-disabled-360");
      assert.deepEqual(admin.errors, []);
    } finally {
      await admin.context().close();
    }
  });
});
