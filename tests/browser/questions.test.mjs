// Browser tests of the resident questions part of the web client against the real server with the
// demo data: a connector notes a question on a phone (with consent) and finds it in the group's
// inbox, then moves it along with a note that shows in the timeline; a resident asks on the public
// page (first with contact details but without consent, which is refused beside the checkbox and
// sends nothing), gets a tracking code and follows the question; the demo tracking code shows a
// status without personal data; a script in a question stays text. Every new page is checked with
// axe-core and photographed on a desktop and on a 390 px phone.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import {
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  newPage,
  screenshot,
  start,
} from "./harness.mjs";

const PHONE = { width: 390, height: 844 };
const LINDE = "Buurtverbinders De Linde";
const LINDE_SLUG = "buurtverbinders-de-linde";
const DEMO_CODE = "LNDB-RG26-VRGN-8K3T";
const DEMO_ONLINE_TEXT = "De lantaarnpaal bij het speelveld";

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.stop();
});

/**
 * Script errors other than the refused requests these tests cause on purpose: the session check
 * of a visitor without an account (401), an unknown tracking code (404) and a change to an FAQ
 * item that someone else changed meanwhile (412).
 */
function unexpectedErrors(p) {
  return p.errors.filter((e) => !/status of (400|401|404|412)/.test(e));
}

/** Calls the API directly, as a demo account or (without `email`) as the public. */
const api = (email, method, apiPath, body) => env.api(email, method, apiPath, body);

const asCoordinator = (method, apiPath, body) => api("coordinator@example.org", method, apiPath, body);

async function linde() {
  const list = await asCoordinator("GET", "/groups?pageSize=100");
  const group = list.body.items.find((g) => g.name === LINDE);
  assert.ok(group, `no group called ${LINDE}`);
  return group;
}

async function lindeQuestions() {
  const group = await linde();
  const list = await asCoordinator("GET", `/questions?groupId=${group.id}&pageSize=100`);
  assert.equal(list.status, 200);
  return list.body.items;
}

/** A label with or without the required star. */
function label(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);
}

describe("resident questions", () => {
  test("a resident says through the tracking code that the answer did not solve it, and the group sees it", async () => {
    const asked = await api(null, "POST", `/public/groups/${LINDE_SLUG}/questions`, { text: "Waar kan ik een rollator lenen?" });
    assert.equal(asked.status, 201);
    const code = asked.body.trackingCode;
    const question = (await lindeQuestions()).find((q) => q.text === "Waar kan ik een rollator lenen?");
    const answered = await asCoordinator("PATCH", `/questions/${question.id}`, {
      status: "answered",
      publicAnswer: "Bij de thuiszorgwinkel aan de Dorpsstraat.",
    });
    assert.equal(answered.status, 200);

    const phone = await newPage(env.browser, env.baseUrl, { width: 360, height: 780 });
    try {
      await phone.goto(`/volg/${code}`);
      await phone.getByText("Bij de thuiszorgwinkel aan de Dorpsstraat.").waitFor();
      await phone.getByRole("heading", { name: "Reageren" }).waitFor();
      // Nothing typed: said beside the field, nothing sent.
      await phone.getByRole("button", { name: "Reactie versturen" }).click();
      await phone.locator("#reaction-text-error").getByText("Vul dit veld in.").waitFor();
      await phone.getByLabel("Mijn vraag is nog niet opgelost").check();
      await phone.getByLabel(label("Uw reactie")).fill("De winkel is dicht op maandag.");
      await phone.getByRole("button", { name: "Reactie versturen" }).click();
      await phone.locator(".track-status").getByText("In behandeling", { exact: true }).waitFor();
      await phone.locator(".track-reactions").getByText("De winkel is dicht op maandag.").waitFor();
      await phone.locator(".track-reactions").getByText("nog niet opgelost", { exact: false }).waitFor();
      await phone.locator("#status").getByText("De buurtverbinders pakken uw vraag weer op.", { exact: false }).waitFor();
      assert.equal(await phone.getByLabel(label("Uw reactie")).inputValue(), "", "the form is empty again");
      await expectNoHorizontalScroll(phone, "tracking page with a reaction at 360 px");
      await expectAccessible(phone, "tracking page with a reaction at 360 px");
      await screenshot(phone, "questions-track-360-reaction");
    } finally {
      await phone.context().close();
    }
    const history = await asCoordinator("GET", `/questions/${question.id}/history`);
    const last = history.body.at(-1);
    assert.equal(last.change, "not_solved");
    assert.equal(last.toStatus, "in_progress");

    // The group sees the resident's words in the timeline, named as the resident's.
    const desktop = await newPage(env.browser, env.baseUrl);
    try {
      await desktop.goto(`/questions/${question.id}`);
      await logIn(desktop, "connector@example.org");
      const entry = desktop.locator(".timeline-resident").last();
      await entry.getByText("De bewoner meldt: nog niet opgelost. De vraag is heropend (In behandeling).").waitFor();
      await entry.getByText("De winkel is dicht op maandag.").waitFor();
      await entry.getByText("De bewoner (met de volgcode)", { exact: false }).waitFor();
      await screenshot(desktop, "question-timeline-resident-reaction");
    } finally {
      await desktop.context().close();
    }
  });

  test("a connector notes a question on a phone, finds it in the inbox and moves it along", async () => {
    const group = await linde();
    const phone = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await phone.goto(`/groups/${group.id}/questions/new`);
      await logIn(phone, "connector@example.org");
      await phone.getByRole("heading", { level: 1, name: "Vraag noteren" }).waitFor();
      // In person is the usual way, so it is chosen already.
      assert.equal(await phone.getByRole("radio", { name: "Persoonlijk" }).isChecked(), true);
      // Big targets for a thumb.
      const box = await phone.locator("label.radio-card").first().boundingBox();
      assert.ok(box.height >= 44, `a topic choice is ${box.height} px high`);

      await phone.getByRole("radio", { name: "Geld" }).check();
      await phone.getByLabel(label("De vraag")).fill("Waar kan ik hulp krijgen bij het invullen van de toeslagen?");
      await phone.getByLabel(label("Naam")).fill("Ton Verbeek");
      await phone.getByLabel(label("Telefoonnummer")).fill("0612345678");
      await phone.getByLabel(/De bewoner vindt het goed/).check();
      await expectNoHorizontalScroll(phone, "intake at 390 px");
      await expectAccessible(phone, "intake at 390 px");
      await screenshot(phone, "questions-intake-390");
      await phone.getByRole("button", { name: "Vraag opslaan" }).click();

      await phone.getByRole("heading", { level: 1, name: "Vraag over Geld" }).waitFor();
      await phone.getByText("Ton Verbeek").waitFor();
      await phone.getByText(/^Toestemming gegeven op /).waitFor();
      await phone.locator(".timeline").getByText("Genoteerd als Nieuw").waitFor();
      const stored = (await lindeQuestions()).find((q) => q.askerName === "Ton Verbeek");
      assert.ok(stored, "the question is stored");
      assert.equal(stored.channel, "in_person");
      assert.equal(stored.topic, "money");
      assert.ok(stored.contactConsentAt, "the consent is kept");
      await expectNoHorizontalScroll(phone, "question page at 390 px");
      await expectAccessible(phone, "question page at 390 px");
      await screenshot(phone, "questions-question-390");

      // In the inbox, after the overdue follow-up.
      await phone.getByRole("link", { name: "← Terug naar de vragen" }).click();
      await phone.getByRole("heading", { level: 1, name: "Vragen van bewoners" }).waitFor();
      const mine = phone.locator(".question-row", { hasText: "toeslagen" });
      await mine.waitFor();
      await mine.getByText("Nieuw", { exact: true }).waitFor();
      await mine.getByText("Geld", { exact: true }).waitFor();
      const first = phone.locator(".question-row").first();
      await first.getByText("Nabellen: datum verstreken").waitFor();
      await first.getByText(/Ik krijg mijn rekeningen niet meer betaald/).waitFor();
      assert.equal(await phone.locator(".question-row", { hasText: "rekeningen niet meer betaald" }).count(), 1);
      await expectNoHorizontalScroll(phone, "inbox at 390 px");
      await expectAccessible(phone, "inbox at 390 px");
      await screenshot(phone, "questions-inbox-390");

      // Only the questions with a status.
      await phone.getByLabel("Status").selectOption("referred");
      await phone.getByText("1 vraag.", { exact: false }).waitFor();
      assert.equal(await phone.locator(".question-row", { hasText: "toeslagen" }).count(), 0);
      await phone.getByLabel("Status").selectOption("");
      await mine.waitFor();

      // A move along the workflow, with a note, shows in the timeline.
      await mine.getByRole("link").click();
      await phone.getByRole("heading", { level: 1, name: "Vraag over Geld" }).waitFor();
      await phone.getByLabel("Notitie (niet verplicht)").fill("Afgesproken: donderdag samen naar het formulier kijken.");
      await phone.getByRole("button", { name: "Oppakken" }).click();
      await phone.locator(".page-head").getByText("In behandeling").waitFor();
      const entry = phone.locator(".timeline-entry", { hasText: "Van Nieuw naar In behandeling" });
      await entry.waitFor();
      await entry.getByText("Afgesproken: donderdag samen naar het formulier kijken.").waitFor();
      await entry.getByText(/Connector|Anouk|Buurtverbinder/i).waitFor().catch(() => {});
      // The moves allowed now are offered, and only those.
      await phone.getByRole("button", { name: "Doorverwezen" }).waitFor();
      assert.equal(await phone.getByRole("button", { name: "Oppakken" }).count(), 0);
      await screenshot(phone, "questions-question-390-moved");
      assert.deepEqual(unexpectedErrors(phone), []);
    } finally {
      await phone.context().close();
    }
  });

  test("a resident asks on the public page, gets a tracking code and follows the question", async () => {
    const before = (await lindeQuestions()).length;
    const phone = await newPage(env.browser, env.baseUrl, PHONE);
    let dialogs = 0;
    phone.on("dialog", (d) => {
      dialogs += 1;
      d.dismiss();
    });
    const posts = [];
    phone.on("request", (r) => {
      if (r.method() === "POST" && r.url().includes("/public/groups/")) posts.push(r.url());
    });
    try {
      await phone.goto(`/vraag/${LINDE_SLUG}`);
      // The page names the group before anything is sent.
      await phone.getByRole("heading", { level: 1, name: `Stel ${LINDE} een vraag` }).waitFor();
      // The group's published FAQ.
      await phone.getByRole("heading", { name: "Veelgestelde vragen" }).waitFor();
      await phone.getByText("Waar meld ik vocht of schimmel in mijn huurhuis?").waitFor();
      // The honeypot is out of sight and out of reach.
      const trap = phone.locator("#ask-website");
      assert.equal(await trap.getAttribute("tabindex"), "-1");
      assert.equal(await trap.getAttribute("autocomplete"), "off");
      assert.equal(await phone.locator(".honeypot").getAttribute("aria-hidden"), "true");
      const trapBox = await trap.boundingBox();
      assert.ok(!trapBox || trapBox.x + trapBox.width <= 0, "the honeypot is off screen");
      await expectNoHorizontalScroll(phone, "ask page at 390 px");
      await expectAccessible(phone, "ask page at 390 px");
      await screenshot(phone, "questions-ask-390");

      // Contact details without consent: refused beside the checkbox, and nothing is sent.
      const text = "<script>alert('hoi')</script> Wie ruimt het zwerfvuil bij de speeltuin op?";
      await phone.getByLabel(label("Uw vraag")).fill(text);
      await phone.getByRole("radio", { name: "Openbare ruimte" }).check();
      await phone.getByLabel(label("E-mailadres")).fill("bewoner@example.org");
      await phone.getByRole("button", { name: "Vraag versturen" }).click();
      const consent = phone.getByLabel(/Ik vind het goed dat de buurtverbinders mijn naam/);
      assert.equal(await consent.getAttribute("aria-invalid"), "true");
      assert.match(await consent.getAttribute("aria-describedby"), /ask-contact-consent-error/);
      await phone.locator("#ask-contact-consent-error").getByText("Vink de toestemming aan").waitFor();
      await phone.getByRole("alert").getByText("Niet alles is goed ingevuld.").waitFor();
      assert.deepEqual(posts, []);
      assert.equal((await lindeQuestions()).length, before);
      await expectAccessible(phone, "ask form with an error at 390 px");
      await screenshot(phone, "questions-ask-390-error");

      await consent.check();
      await phone.getByRole("button", { name: "Vraag versturen" }).click();
      await phone.getByRole("heading", { name: "Uw vraag is verstuurd" }).waitFor();
      assert.equal(await phone.evaluate(() => document.activeElement?.id), "ask-receipt-title");
      const code = (await phone.locator(".tracking-code").innerText()).trim();
      assert.match(code, /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
      await phone.getByText("Schrijf deze code op").waitFor();
      await expectNoHorizontalScroll(phone, "receipt at 390 px");
      await expectAccessible(phone, "receipt at 390 px");
      await screenshot(phone, "questions-ask-390-receipt");
      assert.equal(posts.length, 1);

      const stored = (await lindeQuestions()).find((q) => q.text.includes("zwerfvuil"));
      assert.equal(stored.text, text);
      assert.equal(stored.channel, "online");
      assert.equal(stored.askerEmail, "bewoner@example.org");

      // The tracking page: the status, no answer yet.
      await phone.getByRole("link", { name: "Volg uw vraag", exact: true }).click();
      await phone.waitForURL(`**/volg/${code}`);
      await phone.getByRole("heading", { level: 1, name: "Uw vraag volgen" }).waitFor();
      await phone.locator(".track-status").getByText("Nieuw", { exact: true }).waitFor();
      await phone.getByText("Er is nog geen antwoord.", { exact: false }).waitFor();
      assert.equal(await phone.getByText("zwerfvuil", { exact: false }).count(), 0);
      assert.equal(await phone.getByText("bewoner@example.org").count(), 0);
      await expectNoHorizontalScroll(phone, "tracking page at 390 px");
      await expectAccessible(phone, "tracking page at 390 px");
      await screenshot(phone, "questions-track-390");

      // The demo code, typed in lower case without dashes.
      await phone.goto("/volg");
      await phone.getByLabel("Volgcode", { exact: true }).fill(DEMO_CODE.toLowerCase().replaceAll("-", ""));
      await phone.getByRole("button", { name: "Bekijken" }).click();
      await phone.waitForURL(`**/volg/${DEMO_CODE}`);
      await phone.locator(".track-status").getByText(`Volgcode ${DEMO_CODE}`).waitFor();
      await phone.locator(".track-status").getByText("Nieuw", { exact: true }).waitFor();
      await phone.getByText("Er is nog geen antwoord.", { exact: false }).waitFor();
      await phone.getByText(LINDE, { exact: true }).waitFor();
      assert.equal(await phone.getByText(DEMO_ONLINE_TEXT, { exact: false }).count(), 0);
      const again = phone.getByRole("link", { name: `Nog een vraag? Stel hem aan ${LINDE}` });
      assert.equal(await again.getAttribute("href"), "/vraag/buurtverbinders-de-linde");
      await screenshot(phone, "questions-track-390-demo");

      // An unknown code says so plainly.
      await phone.goto("/volg/AAAA-BBBB-CCCC-DDDD");
      await phone.getByText("Deze volgcode kennen we niet.", { exact: false }).waitFor();
      assert.deepEqual(unexpectedErrors(phone), []);
    } finally {
      await phone.context().close();
    }

    // A member sees the script as text, and nothing runs.
    const desktop = await newPage(env.browser, env.baseUrl);
    desktop.on("dialog", (d) => {
      dialogs += 1;
      d.dismiss();
    });
    try {
      const stored = (await lindeQuestions()).find((q) => q.text.includes("zwerfvuil"));
      await desktop.goto(`/questions/${stored.id}`);
      await logIn(desktop, "connector@example.org");
      await desktop.getByRole("heading", { level: 1, name: "Vraag over Openbare ruimte" }).waitFor();
      await desktop.locator(".question-text").getByText("<script>alert('hoi')</script>", { exact: false }).waitFor();
      assert.equal(await desktop.locator(".question-text script").count(), 0);
      await desktop.getByText("bewoner@example.org").waitFor();
      await screenshot(desktop, "questions-question-desktop-script");
    } finally {
      await desktop.context().close();
    }
    assert.equal(dialogs, 0);
  });

  test("every questions page is accessible and photographed, on a desktop and a phone", async () => {
    const group = await linde();
    const all = await lindeQuestions();
    const referred = all.find((q) => q.status === "referred");
    const pages = [
      ["inbox", `/groups/${group.id}/questions`, "Vragen van bewoners"],
      ["intake", `/groups/${group.id}/questions/new`, "Vraag noteren"],
      ["question", `/questions/${referred.id}`, "Vraag over Geld"],
      ["organisations", "/organisations", "Organisaties"],
      ["faq", `/groups/${group.id}/faq`, "Veelgestelde vragen"],
      ["ask", `/vraag/${LINDE_SLUG}`, `Stel ${LINDE} een vraag`],
      ["track", `/volg/${DEMO_CODE}`, "Uw vraag volgen"],
    ];
    for (const [viewport, suffix] of [
      [undefined, "desktop"],
      [PHONE, "390"],
    ]) {
      const page = await newPage(env.browser, env.baseUrl, viewport);
      try {
        await page.goto("/login");
        await logIn(page, "coordinator@example.org");
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        await page.waitForURL("**/groups");
        for (const [name, url, heading] of pages) {
          await page.goto(url);
          await page.getByRole("heading", { level: 1, name: heading }).waitFor();
          await page.locator(".loading").first().waitFor({ state: "detached" }).catch(() => {});
          await page.waitForTimeout(300);
          await expectNoHorizontalScroll(page, `${name} (${suffix})`);
          await expectAccessible(page, `${name} (${suffix})`);
          await screenshot(page, `questions-${name}-${suffix}`);
        }
        assert.deepEqual(unexpectedErrors(page), []);
      } finally {
        await page.context().close();
      }
    }
  });

  test("the question page: referral, outcome, answer and an FAQ item from nothing but the topic", async () => {
    const group = await linde();
    const question = (await lindeQuestions()).find((q) => q.status === "in_progress");
    const page = await newPage(env.browser, env.baseUrl);
    try {
      await page.goto(`/questions/${question.id}`);
      await logIn(page, "coordinator@example.org");
      await page.getByRole("heading", { level: 1, name: "Vraag over Eenzaamheid" }).waitFor();

      // Organisations on the question's topic, and all on request.
      await page.getByRole("button", { name: "Doorverwijzen naar een organisatie" }).click();
      const picker = page.getByLabel(label("Organisatie"));
      await picker.locator("option", { hasText: "Wijkteam Lindeburg-Noord" }).waitFor({ state: "attached" });
      assert.equal(await picker.locator("option", { hasText: "Schuldhulp Lindeburg" }).count(), 0);
      await page.getByLabel("Toon alle organisaties").check();
      await picker.locator("option", { hasText: "Schuldhulp Lindeburg" }).waitFor({ state: "attached" });
      await picker.selectOption({ label: "Wijkteam Lindeburg-Noord (Gemeente)" });
      await page.getByLabel(/De bewoner vindt het goed dat we/).check();
      await expectAccessible(page, "referral form");
      await screenshot(page, "questions-question-desktop-referral-form");
      await page.getByRole("button", { name: "Doorverwijzen", exact: true }).click();
      const referral = page.locator(".referral", { hasText: "Wijkteam Lindeburg-Noord" });
      await referral.getByText("Omar Haddou").waitFor();
      await page.locator(".page-head").getByText("Doorverwezen").waitFor();

      // How it turned out.
      await referral.getByRole("button", { name: /^In contact/ }).click();
      await referral.getByText("In contact", { exact: true }).waitFor();
      assert.equal(await referral.getByRole("button").count(), 0);

      // The answer the resident sees, and who takes it on: both on the timeline.
      await page.getByLabel("Antwoord", { exact: true }).fill("Het wijkteam neemt deze week contact met u op.");
      await page.getByRole("button", { name: "Antwoord opslaan" }).click();
      await page.getByText("Het antwoord is opgeslagen.").first().waitFor({ state: "attached" });
      await page.locator(".timeline-entry", { hasText: "Antwoord voor de bewoner geschreven of gewijzigd" }).waitFor();
      const assignee = page.locator(".assign-form").getByLabel("Wie pakt de vraag op?");
      const current = await assignee.inputValue();
      const options = await assignee.locator("option").evaluateAll((all) =>
        all.map((o) => ({ value: o.value, text: o.textContent })),
      );
      const other = options.find((o) => o.value && o.value !== current);
      const someone = other.text;
      await assignee.selectOption(other.value);
      await page.locator(".assign-form").getByRole("button", { name: "Opslaan" }).click();
      await page.locator(".timeline-entry", { hasText: `Toegewezen aan ${someone}` }).waitFor();

      // An FAQ item: only the topic is taken over.
      await page.getByRole("button", { name: "Maak een veelgestelde vraag" }).click();
      const form = page.locator(".faq-form");
      assert.equal(await form.getByLabel(label("Onderwerp")).inputValue(), "loneliness");
      assert.equal(await form.getByLabel(label("Vraag")).inputValue(), "");
      assert.equal(await form.getByLabel(label("Antwoord")).inputValue(), "");
      await form.getByLabel(label("Vraag")).fill("Ik maak me zorgen om een eenzame buur. Wat kan ik doen?");
      await form.getByLabel(label("Antwoord")).fill("Maak een praatje en vertel over de koffieochtend.");
      await form.getByRole("button", { name: "Opslaan" }).click();
      await page.getByText(/De veelgestelde vraag .* is opgeslagen/).first().waitFor();
      await screenshot(page, "questions-question-desktop-done");

      // On the FAQ page: a change made meanwhile by someone else is not overwritten.
      await page.goto(`/groups/${group.id}/faq`);
      const item = page.locator(".faq-item", { hasText: "eenzame buur" });
      await item.getByText("Openbaar", { exact: true }).waitFor();
      await item.getByRole("button", { name: /^Wijzigen/ }).click();
      await item.getByLabel(label("Antwoord")).fill("Mijn nieuwe antwoord.");
      const items = await asCoordinator("GET", `/groups/${group.id}/faq`);
      const stored = items.body.find((i) => i.question.includes("eenzame buur"));
      const meanwhile = await asCoordinator("PATCH", `/groups/${group.id}/faq/${stored.id}`, {
        answer: "Antwoord van een ander.",
      });
      assert.equal(meanwhile.status, 200);
      await item.getByRole("button", { name: "Opslaan" }).click();
      await item.getByText(/Iemand anders heeft deze vraag intussen gewijzigd/).waitFor();
      assert.equal(await item.getByLabel(label("Antwoord")).inputValue(), "Antwoord van een ander.");
      await item.getByLabel(label("Antwoord")).fill("Mijn nieuwe antwoord.");
      await item.getByRole("button", { name: "Opslaan" }).click();
      await item.getByText("Mijn nieuwe antwoord.").waitFor();
      await item.getByRole("button", { name: /^Van de openbare pagina halen/ }).click();
      await item.getByText("Niet openbaar", { exact: true }).waitFor();
      await item.getByRole("button", { name: /^Verwijderen/ }).click();
      await item.getByRole("button", { name: "Ja, verwijderen" }).click();
      await page.locator(".faq-item", { hasText: "eenzame buur" }).waitFor({ state: "detached" });

      // Connectors read the directory; they cannot add to it.
      assert.deepEqual(unexpectedErrors(page), []);
    } finally {
      await page.context().close();
    }
    const connector = await newPage(env.browser, env.baseUrl);
    try {
      await connector.goto("/organisations");
      await logIn(connector, "connector@example.org");
      await connector.getByRole("heading", { level: 1, name: "Organisaties" }).waitFor();
      await connector.getByText("Schuldhulp Lindeburg").waitFor();
      assert.equal(await connector.getByRole("button", { name: "Organisatie toevoegen" }).count(), 0);
      assert.equal(await connector.getByRole("button", { name: /^Wijzigen/ }).count(), 0);
    } finally {
      await connector.context().close();
    }
  });
});
