// Shared set-up for the browser tests: starts the real server on a fresh SQLite database with the
// demo data, launches Chromium, and offers accessibility and screenshot helpers.

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SCREENSHOTS = path.join(ROOT, "tests/browser/screenshots");
export const DEMO_PASSWORD = "buurtverbinders-demo";

/** The system's Chromium (or Chrome): `CHROMIUM_PATH`, else the first one found on `PATH`. */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"]) {
    for (const dir of (process.env.PATH || "").split(path.delimiter)) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  throw new Error("no Chromium found: install it, or set CHROMIUM_PATH to its executable");
}

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed with status ${result.status}`);
  }
}

/** Builds what the tests need when it is missing: the server binary and the web client. */
function ensureBuilt(bin) {
  if (!existsSync(bin)) {
    if (process.env.BUURTVERBINDERS_BIN) {
      throw new Error(`BUURTVERBINDERS_BIN points to ${bin}, which does not exist`);
    }
    console.log("# building the server: cargo build -p api");
    run("cargo", ["build", "-p", "api"], { cwd: ROOT });
  }
  if (!existsSync(path.join(ROOT, "web-client/dist/index.html"))) {
    console.log("# building the web client: scripts/build-web-client.sh");
    run(path.join(ROOT, "scripts/build-web-client.sh"), [], { cwd: ROOT });
  }
}

async function waitForHealth(baseUrl, server, log) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server stopped with status ${server.exitCode}:\n${log()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not become healthy in time:\n${log()}`);
}

/**
 * A caller of the API for tests to set up and check state directly: `api(email, method, path,
 * body)` as a demo account, or with `email` null as the public; answers `{ status, body }`. Each
 * account logs in once.
 */
function apiCaller(baseUrl) {
  const tokens = {};
  return async (email, method, apiPath, body) => {
    const headers = {};
    if (email) {
      if (!tokens[email]) {
        const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password: DEMO_PASSWORD }),
        });
        if (login.status !== 200) throw new Error(`log-in of ${email} answered ${login.status}`);
        tokens[email] = (await login.json()).accessToken;
      }
      headers.authorization = `Bearer ${tokens[email]}`;
    }
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${baseUrl}/api/v1${apiPath}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
}

/**
 * Starts the server with the demo data and a browser. Returns the base URL, the browser, an API
 * caller (see `apiCaller`) and a `stop` function that ends both and removes the database.
 */
export async function start() {
  // The API binary: BUURTVERBINDERS_BIN, else the debug build in CARGO_TARGET_DIR (or target/).
  const bin = path.resolve(
    ROOT,
    process.env.BUURTVERBINDERS_BIN || path.join(process.env.CARGO_TARGET_DIR || "target", "debug", "buurtverbinders"),
  );
  ensureBuilt(bin);
  const dir = mkdtempSync(path.join(tmpdir(), "buurtverbinders-browser-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${path.join(dir, "db.sqlite3")}`,
    JWT_SECRET: randomBytes(32).toString("hex"),
    BIND_ADDRESS: `127.0.0.1:${port}`,
    WEB_CLIENT_DIR: path.join(ROOT, "web-client/dist"),
    RUST_LOG: process.env.RUST_LOG || "warn",
    // Tests never depend on tiles loading: every tile is one blank pixel.
    MAP_TILE_URL: "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==",
  };
  run(bin, ["seed-demo"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] });

  let output = "";
  const server = spawn(bin, ["serve"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const stopServer = () => {
    if (server.exitCode === null) server.kill("SIGTERM");
  };
  process.on("exit", stopServer);

  let browser;
  try {
    await waitForHealth(baseUrl, server, () => output);
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  } catch (error) {
    stopServer();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });

  return {
    baseUrl,
    browser,
    api: apiCaller(baseUrl),
    serverOutput: () => output,
    async stop() {
      await browser.close().catch(() => {});
      stopServer();
      await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once("exit", resolve)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser context (own cookies and storage) with a page that fails on script errors. */
export async function newPage(browser, baseUrl, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport });
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (error) => page.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") page.errors.push(message.text());
  });
  return page;
}

/** Runs axe-core on the page and fails on any serious or critical violation. */
export async function expectAccessible(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const other = results.violations.filter((v) => !blocking.includes(v));
  for (const v of other) {
    console.log(`# axe (${label}): ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×)`);
  }
  const describe = (v) =>
    `${v.impact} ${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary}`).join("\n");
  assert.deepEqual(blocking.map(describe), [], `axe found serious or critical problems on ${label}`);
}

/** Saves a full-page screenshot under tests/browser/screenshots/. */
export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Fails when the page scrolls sideways. */
export async function expectNoHorizontalScroll(page, label) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${label} scrolls sideways: ${scrollWidth}px content in ${clientWidth}px`);
}

/** Logs in through the form. */
export async function logIn(page, email) {
  await page.getByLabel(/E-mailadres|Email address/).fill(email);
  await page.getByLabel(/Wachtwoord|Password/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /^(Inloggen|Log in)$/ }).click();
}

/** Saves a screenshot of one element, e.g. a form, under tests/browser/screenshots/. */
export async function screenshotOf(locator, name) {
  await locator.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
