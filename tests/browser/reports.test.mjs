// Browser tests of the reports against the real server with the demo data: a coordinator on a
// 360 px phone opens the reports, picks a period with the demo's activity (an end before the start
// is refused beside the field, nothing asked), sees the charts with their tables and every row,
// switches to per neighbourhood, downloads the CSV for Dutch Excel and sees the page as it prints.
// A connector is told the reports are for coordinators. Every page is checked with axe-core.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

import { expectAccessible, expectNoHorizontalScroll, logIn, newPage, screenshot, start } from "./harness.mjs";

const PHONE = { width: 360, height: 780 };

let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.stop();
});

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

describe("reports", () => {
  test("a coordinator reads a period's report on a phone, per group and per neighbourhood, and downloads it", async () => {
    const page = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await page.goto("/reports");
      await logIn(page, "coordinator@example.org");
      await page.getByRole("heading", { level: 1, name: "Rapportages" }).waitFor();
      // By default the last full quarter: its first day is the first of a quarter's month.
      const from = await page.getByLabel("Van", { exact: true }).inputValue();
      assert.match(from, /^\d{4}-(01|04|07|10)-01$/);

      const today = new Date();
      const start = new Date(today.getTime() - 120 * 86400000);
      // An end before the start: said beside the field.
      await page.getByLabel("Van", { exact: true }).fill(isoDay(today));
      await page.getByLabel("Tot en met", { exact: true }).fill(isoDay(start));
      await page.getByRole("button", { name: "Toon rapportage" }).click();
      await page.locator("#report-to-error").waitFor();
      assert.match(await page.locator("#report-to-error").textContent(), /laatste dag kan niet voor de eerste/);
      // The report of before is not left under a period it does not cover.
      assert.equal(await page.getByRole("table", { name: "Alle cijfers van de periode" }).count(), 0);

      await page.getByLabel("Van", { exact: true }).fill(isoDay(start));
      await page.getByLabel("Tot en met", { exact: true }).fill(isoDay(today));
      await page.getByRole("button", { name: "Toon rapportage" }).click();
      const table = page.getByRole("table", { name: "Alle cijfers van de periode" });
      await table.getByRole("rowheader", { name: "Buurtverbinders De Linde" }).waitFor();
      // The charts' tables hold what the bars show; the API says the same.
      const report = await env.api(
        "coordinator@example.org",
        "GET",
        `/reports/activity?level=group&from=${isoDay(start)}&to=${isoDay(today)}`,
      );
      const linde = report.body.rows.find((r) => r.unit.groupName === "Buurtverbinders De Linde");
      const chart = page.locator("#chart-questions-per-row");
      const cell = chart.getByRole("row", { name: /Buurtverbinders De Linde/ }).getByRole("cell");
      assert.equal(await cell.textContent(), String(linde.questionsAsked));
      assert.equal(await chart.locator("svg").getAttribute("aria-hidden"), "true", "the table is the text alternative");
      assert.equal(await table.getByRole("row").count(), report.body.rows.length + 1);
      await expectNoHorizontalScroll(page, "reports at 360 px");
      await expectAccessible(page, "reports at 360 px");
      await screenshot(page, "reports-360");

      await page.getByLabel("Per", { exact: true }).selectOption({ label: "Per buurt" });
      await page.getByRole("button", { name: "Toon rapportage" }).click();
      await table.getByRole("rowheader", { name: "Kastanjeplein" }).waitFor();
      // The address names the report, so it can be bookmarked and opened again.
      const address = new URL(page.url());
      assert.equal(address.searchParams.get("level"), "neighbourhood");
      assert.equal(address.searchParams.get("from"), isoDay(start));
      // The neighbourhood's residents' evening of six weeks ago (no group holds it), with its funnel.
      const evenings = page.getByRole("table", { name: /^Inwonersavonden in de periode/ });
      const evening = evenings.getByRole("row", { name: /Inwonersavond Kastanjeplein/ });
      await evening.waitFor();
      assert.equal(await evening.getByRole("cell").nth(3).textContent(), "4", "four candidates");
      await table.getByText("BU99010102", { exact: false }).waitFor();

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download voor Excel" }).click(),
      ]);
      const text = await readFile(await download.path(), "utf8");
      assert.ok(text.startsWith("\ufefffrom;to;level;"), text.slice(0, 40));
      assert.match(download.suggestedFilename(), /^activity-neighbourhood-.*-excel\.csv$/);

      // Paper is about 800 px wide.
      await page.setViewportSize({ width: 800, height: 1100 });
      await page.emulateMedia({ media: "print" });
      assert.equal(await page.getByRole("button", { name: "Afdrukken" }).isVisible(), false, "no buttons on paper");
      await screenshot(page, "reports-print");
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize(PHONE);
      await page.goto(`/reports${address.search}`);
      await page.getByRole("table", { name: "Alle cijfers van de periode" }).getByRole("rowheader", { name: "Kastanjeplein" }).waitFor();
      assert.equal(await page.getByLabel("Van", { exact: true }).inputValue(), isoDay(start));
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
    }
  });

  test("a connector is told the reports are for coordinators", async () => {
    const page = await newPage(env.browser, env.baseUrl, PHONE);
    try {
      await page.goto("/reports");
      await logIn(page, "connector@example.org");
      await page.getByText("Alleen coördinatoren en beheerders zien de rapportages.").waitFor();
      assert.equal(await page.getByRole("link", { name: "Rapportages" }).count(), 0, "not in the menu");
      await expectAccessible(page, "reports refused");
    } finally {
      await page.context().close();
    }
  });
});
