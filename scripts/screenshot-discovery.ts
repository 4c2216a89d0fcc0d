// Captures partner discovery (a drafted need, explained matches, a built team) in English and
// Arabic at desktop and phone width, and lists every axe-core finding (all impacts) and any
// horizontal overflow, so a person can review both.
// Usage: npx vite build && npx tsx scripts/screenshot-discovery.ts [--langs en,ar] [--out dir]
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { seedDemo } from "../cli/seed/demo.ts";
import { allViolations, launchBrowser, signIn } from "../e2e/browser.ts";
import { startServer } from "../e2e/server.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: ".tmp/screens-discovery" },
    langs: { type: "string", default: "en,ar" },
    widths: { type: "string", default: "1280,375" },
  },
});
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });

type Words = {
  need: { search: string };
  team: { build: string };
  suggest: { run: string };
};
const words = (lang: string) =>
  JSON.parse(readFileSync(`web/src/locales/${lang}/discovery.json`, "utf8")) as Words;

const server = await startServer();
const demo = await seedDemo(server.app.services);
const signInFor = (name: string) => {
  const found = demo.signIns.find((s) => s.email.startsWith(`${name}@`));
  if (!found) throw new Error(`demo sign-in ${name} missing`);
  return found;
};
const readers: Record<string, string> = { en: "james", fr: "claire", es: "lucia", ar: "amina" };

const browser = await launchBrowser();
let findings = 0;

async function capture(page: Page, file: string, width: number) {
  await page.screenshot({ path: file, fullPage: true });
  // Long pages are also cut into slices that stay legible when viewed one by one.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, n = 1; y < height; y += 1400, n++) {
    await page.screenshot({
      path: file.replace(/\.png$/, `.part${n}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(1400, height - y) },
    });
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  if (overflow > 0) console.log(`${file}: horizontal overflow ${overflow}px at ${width}`);
  for (const v of await allViolations(page)) {
    findings++;
    console.log(
      `${file}: ${v.id} (${v.impact}) ${JSON.stringify(v.nodes[0]?.target)} ${v.nodes[0]?.failureSummary ?? ""}`,
    );
  }
}

try {
  for (const lang of values.langs.split(",")) {
    const w = words(lang);
    for (const width of values.widths.split(",").map(Number)) {
      const context = await browser.newContext({ locale: lang, viewport: { width, height: 900 } });
      await context.addInitScript((l) => localStorage.setItem("cg.locale", l), lang);
      const page = await context.newPage();
      page.on("pageerror", (error) => console.log(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") console.log(`console: ${message.text()}`);
      });
      const reader = signInFor(readers[lang] ?? "james");
      await signIn(page, server.url, reader.email, reader.password);
      await page.goto(`${server.url}/discover`);
      await page.waitForURL(/organizationId=/);
      await page.getByRole("button", { name: w.need.search, exact: true }).waitFor();
      await page.waitForLoadState("networkidle");
      const base = path.join(out, `${lang}-${width}`);
      await capture(page, `${base}-draft.png`, width);

      await page.getByRole("button", { name: w.suggest.run }).click();
      await page.getByRole("button", { name: w.need.search, exact: true }).click();
      await page.locator('[data-testid="match-explanation"]').first().waitFor();
      await page.getByRole("button", { name: w.team.build }).click();
      await page.locator("#invite-team-title").waitFor();
      await page.waitForLoadState("networkidle");
      await capture(page, `${base}-results.png`, width);

      // The way in from the organisation's own page.
      const organizationId = new URL(page.url()).searchParams.get("organizationId");
      await page.goto(`${server.url}/organizations/${organizationId}`);
      await page.locator('main a[href^="/discover?"]').waitFor();
      await capture(page, `${base}-organization.png`, width);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${out}; ${findings} axe findings of any impact.`);
