// Browser tests of the trainings part of the web client against the real server with the demo
// data: the trainings list, a participant answering through their personal link on a phone,
// the planner (answers table, proposal, confirming the days, moving a day), the attendance
// register and its printed sheet, the completion overview, creating a training, the "trained"
// marker, and what a connector may not see. Every page visited is checked with axe-core.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";

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

const DONE = "Training buurtverbinders voorjaar 2026";
const PLANNING = "Training buurtverbinders voorjaar 2027";

let env;
let page;
const tokens = {};

before(async () => {
  env = await start();
  page = await newPage(env.browser, env.baseUrl);
});

after(async () => {
  await env?.stop();
});

/**
 * Script errors other than the refused requests these tests cause on purpose (the session check
 * before log-in 401, invalid input 400, a connector's 403, an unknown personal link 404).
 */
function unexpectedErrors(p) {
  return p.errors.filter((e) => !/status of (400|401|403|404)/.test(e));
}

/** Calls the API directly as one of the demo accounts. */
async function api(email, method, apiPath, body) {
  if (!tokens[email]) {
    const login = await fetch(`${env.baseUrl}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    assert.equal(login.status, 200);
    tokens[email] = (await login.json()).accessToken;
  }
  const headers = { authorization: `Bearer ${tokens[email]}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${env.baseUrl}/api/v1${apiPath}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

const asCoordinator = (method, apiPath, body) => api("coordinator@example.org", method, apiPath, body);

async function trainingId(title) {
  const list = await asCoordinator("GET", "/trainings?pageSize=100");
  const training = list.body.items.find((t) => t.title === title);
  assert.ok(training, `no training called ${title}`);
  return training.id;
}

async function participant(title, name) {
  const id = await trainingId(title);
  const list = await asCoordinator("GET", `/trainings/${id}/participants`);
  const found = list.body.find((p) => p.personName === name);
  assert.ok(found, `${name} does not take part in ${title}`);
  return { trainingId: id, ...found };
}

/** Counts the pages of a PDF by its page objects. */
function pdfPages(file) {
  const text = readFileSync(file).toString("latin1");
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

/** The card of a proposed set of days. */
function proposalSet(p, heading) {
  return p.locator("li.proposal-set").filter({ has: p.getByRole("heading", { name: heading, exact: true }) });
}

describe("trainings", () => {
  test("a coordinator sees every training with its status, participants and completions", async () => {
    await page.goto("/trainings");
    await logIn(page, "coordinator@example.org");
    await page.getByRole("heading", { level: 1, name: "Trainingen" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Trainingen", exact: true }).getAttribute("aria-current"), "page");
    await page.getByRole("link", { name: "Nieuwe training" }).waitFor();

    const done = page.locator("li.training-card").filter({ hasText: DONE });
    await done.locator(".badge").getByText("Afgerond").waitFor();
    assert.match(await done.innerText(), /Deelnemers\s+7/);
    assert.match(await done.innerText(), /Afgerond door\s+6 van 7/);
    const planning = page.locator("li.training-card").filter({ hasText: PLANNING });
    await planning.locator(".badge").getByText("Wordt gepland").waitFor();
    assert.match(await planning.innerText(), /Deelnemers\s+8/);
    assert.match(await planning.innerText(), /Afgerond door\s+0 van 8/);

    await expectAccessible(page, "trainings list");
    await screenshot(page, "trainings-desktop");
  });

  test("a participant answers through the personal link on a phone", async () => {
    const karin = await participant(PLANNING, "Karin Peeters");
    assert.ok(karin.answerToken, "a coordinator sees the personal token");
    const phone = await newPage(env.browser, env.baseUrl, { width: 360, height: 740 });
    try {
      await phone.goto(`/uitnodiging/${karin.answerToken}`);
      await phone.getByText("Hallo Karin,").waitFor();
      await phone.getByRole("heading", { level: 1, name: PLANNING }).waitFor();
      await phone.getByText("Buurthuis De Linde, Lindelaan 12, Lindeburg").waitFor();
      await expectNoHorizontalScroll(phone, "answer page at 360 px");
      await expectAccessible(phone, "answer page at 360 px");
      await screenshot(phone, "invitation-360");
      await phone.screenshot({ path: path.join(SCREENSHOTS, "invitation-360-top.png") });

      // A fieldset per date, named by its legend; three choices, each a large touch target.
      const groups = phone.getByRole("group");
      assert.equal(await groups.count(), 5);
      const first = phone.getByRole("group", { name: /zaterdag 16 januari 2027/ });
      for (const label of ["Ja", "Als het moet", "Nee"]) {
        const box = await first.locator("label.answer-option").filter({ hasText: label }).boundingBox();
        assert.ok(box.height >= 44 && box.width >= 44, `"${label}" is ${box.width}×${box.height} px`);
      }

      // With the keyboard: focus the first choice, move with the arrow keys.
      await first.getByLabel("Nee").focus();
      await phone.keyboard.press("ArrowUp");
      await phone.keyboard.press("ArrowUp");
      assert.equal(await first.getByLabel("Ja").isChecked(), true);
      await phone.getByRole("group", { name: /23 januari 2027/ }).getByLabel("Als het moet").check();
      await phone.getByRole("group", { name: /30 januari 2027/ }).getByLabel("Nee").check();
      await phone.getByRole("group", { name: /6 februari 2027/ }).getByLabel("Ja").check();
      await phone.getByRole("group", { name: /13 februari 2027/ }).getByLabel("Ja").check();
      await screenshotOf(phone.getByRole("group", { name: /23 januari 2027/ }), "invitation-360-choice");
      await phone.getByRole("button", { name: "Antwoorden opslaan" }).click();

      const thanks = phone.getByRole("heading", { name: "Dank je wel, Karin!" });
      await thanks.waitFor();
      assert.equal(await phone.evaluate(() => document.activeElement?.id), "thanks-title");
      await phone.getByText("Je antwoorden zijn opgeslagen.").waitFor();
      await expectNoHorizontalScroll(phone, "thank-you at 360 px");
      await expectAccessible(phone, "thank-you at 360 px");
      await phone.screenshot({ path: path.join(SCREENSHOTS, "invitation-360-thanks.png") });

      // Stored, as the coordinator sees it.
      const grid = await asCoordinator("GET", `/trainings/${karin.trainingId}/availability`);
      const row = grid.body.rows.find((r) => r.personName === "Karin Peeters");
      assert.deepEqual(row.answers, ["yes", "if_need_be", "no", "yes", "yes"]);
      assert.deepEqual(unexpectedErrors(phone), []);
    } finally {
      await phone.context().close();
    }

    // Coming back on a computer: the answers are there to change.
    const desktop = await newPage(env.browser, env.baseUrl);
    try {
      await desktop.goto(`/uitnodiging/${karin.answerToken}`);
      await desktop.getByText("Je hebt al eerder geantwoord.").waitFor();
      assert.equal(
        await desktop.getByRole("group", { name: /23 januari 2027/ }).getByLabel("Als het moet").isChecked(),
        true,
      );
      await expectAccessible(desktop, "answer page");
      await screenshot(desktop, "invitation-desktop");

      // In English on request.
      await desktop.getByRole("button", { name: "English" }).click();
      await desktop.getByRole("heading", { name: "Which days can you make?" }).waitFor();
      await desktop.getByText("Hello Karin,").waitFor();
      const first = desktop.getByRole("group", { name: /Saturday 16 January 2027/ });
      assert.equal(await first.getByLabel("Yes").isChecked(), true);
      await first.getByLabel("If need be").waitFor();
      await screenshot(desktop, "invitation-desktop-en");
    } finally {
      await desktop.context().close();
    }
  });

  test("an unknown personal link says plainly that it does not work", async () => {
    const phone = await newPage(env.browser, env.baseUrl, { width: 360, height: 740 });
    try {
      await phone.goto("/uitnodiging/dit-is-geen-geldige-link");
      await phone.getByRole("heading", { level: 1, name: "Deze link werkt niet" }).waitFor();
      await phone.getByRole("alert").getByText("Deze link is niet (meer) geldig.").waitFor();
      await expectAccessible(phone, "invalid personal link");
      await screenshot(phone, "invitation-invalid-360");
    } finally {
      await phone.context().close();
    }
  });

  test("the planner shows participants, answers and the proposal", async () => {
    await page.getByRole("link", { name: PLANNING }).click();
    await page.getByRole("heading", { level: 1, name: PLANNING }).waitFor();
    await page.getByText("8 deelnemers", { exact: true }).waitFor();

    // Each participant's personal link, absolute, with a copy button.
    const karin = await participant(PLANNING, "Karin Peeters");
    const link = page.getByLabel("Persoonlijke link van Karin Peeters");
    assert.equal(await link.inputValue(), `${env.baseUrl}/uitnodiging/${karin.answerToken}`);
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.baseUrl });
    await page.getByRole("button", { name: "Kopiëren van Karin Peeters" }).click();
    await page.locator("#status").getByText("De link is gekopieerd.").waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await link.inputValue());

    // The answers table: a real table with a caption and headers; words and symbols.
    const table = page.getByRole("table", { name: /Wie kan wanneer/ });
    assert.equal(await table.locator("thead th[scope=col]").count(), 7);
    assert.equal(await table.locator("tbody th[scope=row]").count(), 8);
    const karinRow = table.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: "Karin Peeters" }) });
    assert.deepEqual(
      (await karinRow.locator("td.answer .answer-word").allInnerTexts()).map((t) => t.trim()),
      ["Ja", "Als het moet", "Nee", "Ja", "Ja"],
    );
    const lotteRow = table.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: "Lotte Dekker" }) });
    assert.equal(await lotteRow.getByText("Geen antwoord").count(), 5);
    await page.getByText("7 van de 8 deelnemers hebben geantwoord.").waitFor();
    const yesTotals = table.locator("tfoot tr").filter({ hasText: "Totaal Ja" });
    assert.equal((await yesTotals.locator("td").first().innerText()).trim(), "6");

    // The proposal: the first three days, five can come, three cannot.
    const best = proposalSet(page, "Beste voorstel");
    await best.getByText("5 van de 8 deelnemers kunnen alle dagen.").waitFor();
    await best.getByText("Henk Jacobs, Karin Peeters, Lotte Dekker").waitFor();
    for (const day of ["zaterdag 16 januari 2027", "zaterdag 23 januari 2027", "zaterdag 30 januari 2027"]) {
      await best.getByText(day).waitFor();
    }
    await proposalSet(page, "Alternatief 2").waitFor();

    await expectAccessible(page, "planner");
    await screenshot(page, "planner-desktop");
    await screenshotOf(page.locator(".table-scroll").first(), "planner-answers-table");
    await screenshotOf(page.locator("section").filter({ has: page.locator("#proposal-title") }), "planner-proposal");
  });

  test("a coordinator records answers given by phone", async () => {
    await page.getByRole("button", { name: "Invullen voor Lotte Dekker" }).click();
    const form = page.locator("form.answers-edit");
    await form.getByRole("heading", { name: "Antwoorden van Lotte Dekker" }).waitFor();
    for (const day of ["16 januari", "23 januari", "30 januari", "6 februari", "13 februari"]) {
      await form.getByRole("group", { name: new RegExp(day) }).getByLabel("Nee").check();
    }
    await expectAccessible(page, "planner recording answers");
    await screenshotOf(form, "planner-record-answers");
    await form.getByRole("button", { name: "Antwoorden opslaan" }).click();
    await page.getByText("8 van de 8 deelnemers hebben geantwoord.").waitFor();
    const table = page.getByRole("table", { name: /Wie kan wanneer/ });
    const lotteRow = table.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: "Lotte Dekker" }) });
    assert.equal(await lotteRow.getByText("Nee").count(), 5);
    await page.locator("#status").getByText("De antwoorden van Lotte Dekker zijn opgeslagen.").waitFor();
  });

  test("at 360 px the planner keeps the page still and scrolls the table in its box", async () => {
    const phone = await newPage(env.browser, env.baseUrl, { width: 360, height: 740 });
    try {
      await phone.goto("/trainings");
      await logIn(phone, "coordinator@example.org");
      await phone.getByRole("heading", { level: 1, name: "Trainingen" }).waitFor();
      await expectNoHorizontalScroll(phone, "trainings list at 360 px");
      await expectAccessible(phone, "trainings list at 360 px");
      await screenshot(phone, "trainings-360");

      await phone.getByRole("link", { name: PLANNING }).click();
      await phone.getByRole("heading", { level: 1, name: PLANNING }).waitFor();
      await phone.getByRole("table", { name: /Wie kan wanneer/ }).waitFor();
      await expectNoHorizontalScroll(phone, "planner at 360 px");
      await expectAccessible(phone, "planner at 360 px");
      await screenshot(phone, "planner-360");
      const section = (id) => phone.locator("section").filter({ has: phone.locator(`#${id}`) });
      await screenshotOf(section("participants-title"), "planner-360-participants");
      await screenshotOf(section("proposal-title"), "planner-360-proposal");
      await phone.screenshot({ path: path.join(SCREENSHOTS, "planner-360-top.png") });
      // The in-page menu leads to the answers.
      await phone.getByRole("navigation", { name: "Op deze pagina" }).getByRole("link", { name: "Antwoorden" }).click();
      assert.equal(await phone.evaluate(() => document.activeElement?.id), "answers-title");
      const scroller = phone.locator(".table-scroll").first();
      await screenshotOf(scroller, "planner-360-answers-table");
      // Scrolled to the end, the names stay in view.
      await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      await screenshotOf(scroller, "planner-360-answers-table-scrolled");
      const name = await phone.getByRole("rowheader", { name: "Karin Peeters" }).boundingBox();
      const box = await scroller.boundingBox();
      assert.ok(name.x >= box.x - 1 && name.x < box.x + 20, "the name column stays in view");
      assert.deepEqual(unexpectedErrors(phone), []);
    } finally {
      await phone.context().close();
    }
  });

  test("the coordinator confirms the best days, moves one, and the participant sees them", async () => {
    const best = proposalSet(page, "Beste voorstel");
    await best.getByRole("button", { name: "Deze dagen vastleggen Beste voorstel" }).click();
    await best.getByText("Deze 3 dagen vastleggen?").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Ja, vastleggen");
    await screenshotOf(best, "planner-confirm-question");
    await best.getByRole("button", { name: "Ja, vastleggen" }).click();

    const days = page.locator("section").filter({ has: page.getByRole("heading", { name: "De dagen", exact: true }) });
    await days.waitFor();
    await page.locator(".page-head").getByText("Dagen liggen vast").waitFor();
    const expected = [
      "Dag 1",
      "zaterdag 16 januari 2027, 09:30–16:00",
      "Dag 2",
      "zaterdag 23 januari 2027, 09:30–16:00",
      "Dag 3",
      "zaterdag 30 januari 2027, 09:30–16:00",
    ];
    for (const text of expected) await days.locator("li.session").getByText(text, { exact: true }).first().waitFor();
    assert.deepEqual(
      await days.locator("li.session h3").allInnerTexts(),
      ["Dag 1", "Dag 2", "Dag 3"],
    );
    assert.equal(await page.getByRole("heading", { name: "Voorgestelde dagen" }).count(), 0);
    const calendar = days.getByRole("link", { name: "Agenda-bestand downloaden (.ics)" });
    assert.match(await calendar.getAttribute("href"), /^data:text\/calendar/);
    assert.match(decodeURIComponent(await calendar.getAttribute("href")), /BEGIN:VEVENT/);
    await expectAccessible(page, "planner with fixed days");
    await screenshot(page, "planner-scheduled-desktop");

    // Day 3 moves a week.
    await days.getByRole("button", { name: "Verplaatsen Dag 3" }).click();
    const move = days.locator("form");
    await move.getByLabel("Datum").fill("2027-02-06");
    await expectAccessible(page, "moving a day");
    await screenshotOf(days, "planner-move-day");
    await move.getByRole("button", { name: "Dag verplaatsen" }).click();
    await days.getByText("zaterdag 6 februari 2027, 09:30–16:00", { exact: true }).waitFor();
    assert.equal(await days.locator("form").count(), 0);

    // The participant's page now shows the fixed days and the calendar link.
    const karin = await participant(PLANNING, "Karin Peeters");
    const phone = await newPage(env.browser, env.baseUrl, { width: 360, height: 740 });
    try {
      await phone.goto(`/uitnodiging/${karin.answerToken}`);
      await phone.getByRole("heading", { name: "De dagen liggen vast" }).waitFor();
      await phone.getByText("zaterdag 6 februari 2027, 09:30–16:00").waitFor();
      assert.equal(await phone.getByRole("group").count(), 0);
      const add = phone.getByRole("link", { name: "Zet de dagen in mijn agenda" });
      const href = await add.getAttribute("href");
      assert.equal(href, `/api/v1/invitations/${karin.answerToken}/calendar`);
      const ics = await fetch(`${env.baseUrl}${href}`);
      assert.equal(ics.status, 200);
      assert.match(ics.headers.get("content-type"), /text\/calendar/);
      assert.equal(((await ics.text()).match(/BEGIN:VEVENT/g) || []).length, 3);
      await expectNoHorizontalScroll(phone, "fixed days at 360 px");
      await expectAccessible(phone, "fixed days at 360 px");
      await screenshot(phone, "invitation-360-scheduled");

      // Answering is closed now: the API says 409.
      const late = await fetch(`${env.baseUrl}/api/v1/invitations/${karin.answerToken}/availability`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answers: [] }),
      });
      assert.equal(late.status, 409);
    } finally {
      await phone.context().close();
    }
  });

  test("the coordinator records attendance on day 1 and prints the register on one A4 page", async () => {
    await page.getByRole("link", { name: "Presentielijst dag 1" }).click();
    await page.getByRole("heading", { level: 1, name: "Presentielijst dag 1" }).waitFor();
    await page.getByText("zaterdag 16 januari 2027, 09:30–16:00").first().waitFor();
    // A day still to come has no attendance: the register shows, but offers no saving.
    await page.getByText("Deze dag is nog niet geweest.", { exact: false }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Presentie opslaan" }).count(), 0);
    assert.equal(await page.getByRole("group", { name: "Henk Jacobs" }).getByLabel("Afgemeld").isDisabled(), true);
    await screenshot(page, "register-not-yet");

    // The day comes (a test cannot wait for January: the day moves to a Saturday that has been).
    const id = await trainingId(PLANNING);
    const sessions = await asCoordinator("GET", `/trainings/${id}/sessions`);
    const held = await asCoordinator("PATCH", `/trainings/${id}/sessions/${sessions.body[0].id}`, {
      date: "2026-11-14",
      startTime: "09:30",
      endTime: "16:00",
    });
    assert.equal(held.status, 200, JSON.stringify(held.body));
    await page.reload();
    await page.getByText("zaterdag 14 november 2026, 09:30–16:00").first().waitFor();
    assert.equal(await page.locator("fieldset.attendance-row").count(), 8);
    await expectAccessible(page, "attendance register");

    await page.getByRole("group", { name: "Henk Jacobs" }).getByLabel("Afgemeld").check();
    await page.getByRole("group", { name: "Lotte Dekker" }).getByLabel("Afwezig").check();
    await page.getByText("Bij 6 deelnemers is nog niets gekozen.").waitFor();
    await page.getByRole("button", { name: "Alle anderen aanwezig" }).click();
    assert.equal(await page.getByRole("group", { name: "Karin Peeters" }).getByLabel("Aanwezig").isChecked(), true);
    assert.equal(await page.getByRole("group", { name: "Henk Jacobs" }).getByLabel("Afgemeld").isChecked(), true);
    await page.getByRole("button", { name: "Presentie opslaan" }).click();
    await page.getByText("De presentie is opgeslagen.").waitFor();
    await screenshot(page, "register-desktop");

    const register = await asCoordinator("GET", `/trainings/${id}/sessions/${sessions.body[0].id}/attendance`);
    const status = Object.fromEntries(register.body.records.map((r) => [r.personName, r.status]));
    assert.equal(status["Henk Jacobs"], "excused");
    assert.equal(status["Lotte Dekker"], "absent");
    assert.equal(status["Karin Peeters"], "present");
    assert.equal(Object.values(status).filter((s) => s === "present").length, 6);

    // The print button is there; printed, only the sheet shows, on one A4 page.
    await page.getByRole("button", { name: "Afdrukken" }).waitFor();
    await page.emulateMedia({ media: "print" });
    try {
      assert.equal(await page.locator(".site-header").isVisible(), false);
      assert.equal(await page.getByRole("button", { name: "Presentie opslaan" }).isVisible(), false);
      const sheet = page.locator(".print-table");
      assert.equal(await sheet.isVisible(), true);
      assert.deepEqual(
        (await sheet.locator("thead th").allInnerTexts()).map((t) => t.trim()),
        ["Deelnemer", "Aanwezig", "Afwezig", "Afgemeld", "Handtekening"],
      );
      assert.equal(await sheet.locator("tbody tr").count(), 8);
      await page.getByRole("heading", { level: 1, name: "Presentielijst dag 1" }).waitFor();
      await page.locator(".register-training").getByText(PLANNING).waitFor();
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: path.join(SCREENSHOTS, "register-print.png"), fullPage: true });
      const pdf = path.join(SCREENSHOTS, "register-print.pdf");
      await page.pdf({ path: pdf, format: "A4", preferCSSPageSize: true, printBackground: true });
      assert.equal(pdfPages(pdf), 1, "the register prints on one page");
    } finally {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    const phone = await newPage(env.browser, env.baseUrl, { width: 360, height: 740 });
    try {
      await phone.goto(page.url());
      await logIn(phone, "coordinator@example.org");
      await phone.getByRole("heading", { level: 1, name: "Presentielijst dag 1" }).waitFor();
      await phone.getByRole("group", { name: "Karin Peeters" }).getByLabel("Aanwezig").waitFor();
      await expectNoHorizontalScroll(phone, "attendance register at 360 px");
      await expectAccessible(phone, "attendance register at 360 px");
      await screenshot(phone, "register-360");
    } finally {
      await phone.context().close();
    }
  });

  test("the finished training shows who completed it", async () => {
    await page.getByRole("link", { name: "Trainingen", exact: true }).click();
    await page.getByRole("link", { name: DONE }).click();
    await page.getByRole("heading", { level: 1, name: DONE }).waitFor();
    await page.getByText("6 van de 7 deelnemers hebben de training afgerond.").waitFor();
    const table = page.getByRole("table", { name: "Aanwezigheid per deelnemer" });
    const gerrit = table.locator("tr").filter({ has: page.getByRole("rowheader", { name: "Gerrit van Dalen" }) });
    assert.deepEqual(
      (await gerrit.locator("td").allInnerTexts()).map((t) => t.replace(/\s+/g, "")),
      ["2van3", "✗Nee"],
    );
    const anouk = table.locator("tr").filter({ has: page.getByRole("rowheader", { name: "Anouk Verbeek" }) });
    assert.deepEqual(
      (await anouk.locator("td").allInnerTexts()).map((t) => t.replace(/\s+/g, "")),
      ["3van3", "✓Ja"],
    );
    // Completed: no more changes, no answers table.
    assert.equal(await page.getByRole("link", { name: "Gegevens wijzigen" }).count(), 0);
    assert.equal(await page.getByRole("table", { name: /Wie kan wanneer/ }).count(), 0);
    await expectAccessible(page, "completed training");
    await screenshot(page, "training-completed-desktop");
  });

  test("a coordinator creates a training and plans it", async () => {
    await page.getByRole("link", { name: "Trainingen", exact: true }).click();
    await page.getByRole("link", { name: "Nieuwe training" }).click();
    await page.getByRole("heading", { level: 1, name: "Nieuwe training" }).waitFor();
    assert.match(await page.getByLabel("Onderwerpen").inputValue(), /^Goed samenwerken\n/);
    await page.getByRole("button", { name: "Training aanmaken" }).click();
    await page.locator("#training-title-error").getByText("Vul dit veld in.").waitFor();
    assert.equal(await page.getByLabel("Titel").getAttribute("aria-invalid"), "true");
    await expectAccessible(page, "new training form with an error");
    await screenshot(page, "training-new-errors");

    // Eleven days is more than the API allows: its error shows beside the field.
    await page.getByLabel("Titel").fill("Training buurtverbinders najaar 2027");
    await page.getByLabel("Plaats").fill("Wijkcentrum Molenwijk");
    await page.getByLabel("Aantal dagen").fill("11");
    await page.getByRole("button", { name: "Training aanmaken" }).click();
    await page.locator("#training-days-error").getByText("Deze waarde valt buiten het toegestane bereik.").waitFor();
    await page.getByLabel("Aantal dagen").fill("3");
    await page.getByRole("button", { name: "Training aanmaken" }).click();
    await page.getByRole("heading", { level: 1, name: "Training buurtverbinders najaar 2027" }).waitFor();
    await page.getByText("Goed samenwerken").waitFor();
    await page.getByText("Er doen nog geen mensen mee.").waitFor();

    // A whole group at once, then one more person found by name.
    await page.getByLabel("Groep", { exact: true }).selectOption({ label: "Buurtverbinders De Linde (7 leden)" });
    await page.getByRole("button", { name: "Groep toevoegen" }).click();
    await page.getByText("7 deelnemers", { exact: true }).waitFor();
    await page.getByLabel("Zoek op naam").fill("Esra");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await page.getByLabel("Esra Kaya").check();
    await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
    await page.getByText("8 deelnemers", { exact: true }).waitFor();
    await page.locator("#status").getByText("Esra Kaya doet mee aan de training.").waitFor();

    // And out again, after a question.
    await page.getByRole("button", { name: "Verwijderen (Esra Kaya)" }).click();
    await page.getByText("Esra Kaya uit de training halen?").waitFor();
    await page.getByRole("button", { name: "Ja, uit de training halen" }).click();
    await page.getByText("7 deelnemers", { exact: true }).waitFor();

    // Dates: a missing date and an end before the start are shown beside their fields.
    const dates = page.locator("form").filter({ has: page.getByRole("heading", { name: "Datum voorstellen" }) });
    await dates.getByRole("button", { name: "Datum toevoegen" }).click();
    await dates.locator("#new-date-date-error").getByText("Vul een datum in.").waitFor();
    await dates.getByLabel("Datum").fill("2027-09-04");
    await dates.getByLabel("Begintijd").fill("16:00");
    await dates.getByLabel("Eindtijd").fill("09:00");
    await dates.getByRole("button", { name: "Datum toevoegen" }).click();
    await dates.locator("#new-date-end-error").getByText("Deze waarde valt buiten het toegestane bereik.").waitFor();
    await expectAccessible(page, "date option form with errors");
    await screenshotOf(dates, "planner-date-errors");
    await dates.getByLabel("Begintijd").fill("09:30");
    await dates.getByLabel("Eindtijd").fill("16:00");
    await dates.getByRole("button", { name: "Datum toevoegen" }).click();
    await page.getByText("zaterdag 4 september 2027, 09:30–16:00").waitFor();
    await dates.getByLabel("Datum").fill("2027-09-11");
    await dates.getByRole("button", { name: "Datum toevoegen" }).click();
    await page.getByText("zaterdag 11 september 2027, 09:30–16:00").waitFor();
    await page.getByText("Er zijn nog te weinig datums voor een voorstel. Stel er minstens 3 voor.").waitFor();

    await page.getByRole("button", { name: "Intrekken zaterdag 11 september 2027" }).click();
    await page.getByRole("button", { name: "Ja, intrekken" }).click();
    await page.getByText("zaterdag 11 september 2027, 09:30–16:00").waitFor({ state: "detached" });
    await expectAccessible(page, "new training planner");
    await screenshot(page, "planner-new-desktop");

    // A change of details.
    await page.getByRole("link", { name: "Gegevens wijzigen" }).click();
    await page.getByRole("heading", { level: 1, name: "Training wijzigen" }).waitFor();
    await page.getByLabel("Trainer").fill("Sanne de Wit");
    await expectAccessible(page, "edit training form");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await page.getByRole("heading", { level: 1, name: "Training buurtverbinders najaar 2027" }).waitFor();
    await page.getByText("Sanne de Wit").waitFor();
  });

  test("people and group members who completed a training are marked", async () => {
    await page.getByRole("link", { name: "Mensen" }).click();
    const anouk = page.locator("li.person-card").filter({ hasText: "Anouk Verbeek" });
    await anouk.getByText("Getraind").waitFor();
    const gerrit = page.locator("li.person-card").filter({ hasText: "Gerrit van Dalen" });
    await gerrit.waitFor();
    assert.equal(await gerrit.getByText("Getraind").count(), 0);
    await expectAccessible(page, "people with trained marker");

    await page.getByRole("link", { name: "Groepen", exact: true }).click();
    await page.getByRole("link", { name: "Buurtverbinders De Linde", exact: true }).click();
    const card = (name) =>
      page.locator("li.member-card").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await card("Anouk Verbeek").getByText("Getraind").waitFor();
    assert.equal(await card("Gerrit van Dalen").getByText("Getraind").count(), 0);
    await expectAccessible(page, "group page with trained marker");
    await screenshotOf(card("Anouk Verbeek"), "group-member-trained");
  });

  test("a connector sees only their own training, and nothing of another", async () => {
    const id = await trainingId(PLANNING);
    const connector = await newPage(env.browser, env.baseUrl);
    try {
      await connector.goto("/trainings");
      await logIn(connector, "connector@example.org");
      await connector.getByRole("heading", { level: 1, name: "Trainingen" }).waitFor();
      await connector.getByRole("link", { name: DONE }).waitFor();
      assert.equal(await connector.getByRole("link", { name: PLANNING }).count(), 0);
      assert.equal(await connector.getByRole("link", { name: "Nieuwe training" }).count(), 0);
      await expectAccessible(connector, "trainings list for a connector");
      await screenshot(connector, "trainings-connector");

      // Her own training: names and days, no personal links, no registers, no changes.
      await connector.getByRole("link", { name: DONE }).click();
      await connector.getByRole("heading", { level: 1, name: DONE }).waitFor();
      await connector.getByText("Gerrit van Dalen").first().waitFor();
      assert.equal(await connector.getByLabel(/Persoonlijke link/).count(), 0);
      assert.equal(await connector.getByRole("link", { name: /Presentielijst/ }).count(), 0);
      assert.equal(await connector.getByRole("link", { name: "Gegevens wijzigen" }).count(), 0);

      // Someone else's training by its address: a refusal, and no names.
      await connector.goto(`/trainings/${id}`);
      await connector
        .getByRole("alert")
        .getByText("Alleen coördinatoren en de deelnemers van deze training kunnen deze training bekijken.")
        .waitFor();
      for (const name of ["Karin Peeters", "Henk Jacobs", "Lotte Dekker", PLANNING]) {
        assert.equal(await connector.getByText(name).count(), 0, `${name} is not shown`);
      }
      await expectAccessible(connector, "refused training");
      await screenshot(connector, "training-refused");
      assert.deepEqual(unexpectedErrors(connector), []);
    } finally {
      await connector.context().close();
    }
  });

  test("no script errors on the way", () => {
    assert.deepEqual(unexpectedErrors(page), []);
  });
});
