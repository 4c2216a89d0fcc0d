#!/usr/bin/env node
// Runs every test: unit and API tests (Vitest, PGlite and, with TEST_DATABASE_URL, PostgreSQL),
// then the browser journeys in Chromium. Ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const tmp = path.join(root, ".tmp");
mkdirSync(tmp, { recursive: true });
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function vitest(config, report) {
  const output = path.join(tmp, report);
  const result = spawnSync(
    bin("vitest"),
    [
      "run",
      "--config",
      config,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${output}`,
    ],
    { stdio: "inherit", cwd: root, env: process.env },
  );
  let passed = 0;
  let failed = 0;
  if (existsSync(output)) {
    const summary = JSON.parse(readFileSync(output, "utf8"));
    passed = summary.numPassedTests ?? 0;
    failed = (summary.numFailedTests ?? 0) + (summary.numFailedTestSuites ?? 0);
  }
  if (result.status !== 0 && failed === 0) failed = 1;
  return { passed, failed };
}

const chromiumPaths = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];
const hasChromium = chromiumPaths.some((p) => p && existsSync(p));

const totals = { passed: 0, failed: 0 };
const add = (r) => {
  totals.passed += r.passed;
  totals.failed += r.failed;
};

add(vitest("vitest.config.ts", "unit-report.json"));

if (process.env.SKIP_E2E === "1") {
  console.log("\nBrowser journeys skipped (SKIP_E2E=1).");
} else if (!hasChromium && process.env.CI !== "true") {
  console.log(
    "\nBrowser journeys skipped: no Chromium found.\n" +
      "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
      "  Elsewhere: install Chrome or Chromium and set CHROMIUM_PATH to its executable.\n",
  );
} else {
  const build = spawnSync(bin("vite"), ["build", "--logLevel", "warn"], {
    stdio: "inherit",
    cwd: root,
  });
  if (build.status !== 0) add({ passed: 0, failed: 1 });
  else add(vitest("vitest.e2e.config.ts", "e2e-report.json"));
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
