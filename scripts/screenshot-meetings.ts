// Captures the meeting and discussion pages in English and Arabic at desktop and phone
// width, and lists every axe-core finding (all impacts) so a person can review both.
// Usage: npx vite build && npx tsx scripts/screenshot-meetings.ts [--only name] [--out dir]
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedDemo } from "../cli/seed/demo.ts";
import { allViolations, launchBrowser, signIn } from "../e2e/browser.ts";
import { startServer } from "../e2e/server.ts";
import { seedMeetingsPreview } from "./meetings-preview-data.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    out: { type: "string", default: ".tmp/screens-meetings" },
    langs: { type: "string", default: "en,ar" },
    widths: { type: "string", default: "1280,375" },
    slices: { type: "boolean", default: false },
  },
});
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });

const server = await startServer();
const demo = await seedDemo(server.app.services);
const signInFor = (name: string) => {
  const found = demo.signIns.find((s) => s.email.startsWith(`${name}@`));
  if (!found) throw new Error(`demo sign-in ${name} missing`);
  return found;
};
const seeded = await seedMeetingsPreview(server.url, {
  james: signInFor("james"),
  amina: signInFor("amina"),
  claire: signInFor("claire"),
  lucia: signInFor("lucia"),
});
const c = `/coalitions/${seeded.coalitionId}`;
const pages = [
  `${c}/activity`,
  `${c}/meetings`,
  `${c}/meetings/new`,
  `/meetings/${seeded.meetings.upcoming}`,
  `/meetings/${seeded.meetings.past}`,
  `/meetings/${seeded.meetings.cancelled}`,
  `/meetings/${seeded.meetings.upcoming}/edit`,
  `${c}/threads`,
  `${c}/threads/new?kind=discussion`,
  `${c}/threads/new?kind=concern`,
  `/threads/${seeded.threads.discussion}`,
  `/threads/${seeded.threads.concern}`,
  `/threads/${seeded.threads.proposal}`,
];
// James convenes in English; Amina's organisation co-leads, in Arabic.
const readers: Record<string, string> = { en: "james", fr: "claire", es: "lucia", ar: "amina" };

const browser = await launchBrowser();
let findings = 0;
try {
  for (const lang of values.langs.split(",")) {
    for (const width of values.widths.split(",").map(Number)) {
      const context = await browser.newContext({
        locale: lang,
        viewport: { width, height: 900 },
        timezoneId: "Europe/Paris",
      });
      await context.addInitScript((l) => localStorage.setItem("cg.locale", l), lang);
      const page = await context.newPage();
      page.on("pageerror", (error) => console.log(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") console.log(`console: ${message.text()}`);
      });
      const reader = signInFor(readers[lang] ?? "james");
      await signIn(page, server.url, reader.email, reader.password);
      for (const url of pages) {
        const name = url
          .replace(seeded.coalitionId, "c")
          .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, (id) =>
            id === seeded.meetings.upcoming
              ? "upcoming"
              : id === seeded.meetings.past
                ? "past"
                : id === seeded.meetings.cancelled
                  ? "cancelled"
                  : id === seeded.threads.discussion
                    ? "discussion"
                    : id === seeded.threads.concern
                      ? "concern"
                      : "proposal",
          )
          .replace(/[^a-z0-9]+/gi, "-")
          .replace(/^-|-$/g, "");
        if (values.only && !name.includes(values.only)) continue;
        await page.goto(`${server.url}${url}`);
        await page.waitForLoadState("networkidle");
        await page.locator("h1").first().waitFor();
        const file = path.join(out, `${lang}-${width}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        if (values.slices) {
          // Phone pages are long; slices stay legible when viewed one by one.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, n = 1; y < height; y += 1000, n++) {
            await page.screenshot({
              path: file.replace(/\.png$/, `.part${n}.png`),
              fullPage: true,
              clip: { x: 0, y, width, height: Math.min(1000, height - y) },
            });
          }
        }
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 0) console.log(`${file}: horizontal overflow ${overflow}px`);
        for (const v of await allViolations(page)) {
          findings++;
          console.log(
            `${file}: ${v.id} (${v.impact}) ${JSON.stringify(v.nodes[0]?.target)} ${v.nodes[0]?.failureSummary ?? ""}`,
          );
        }
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${out}; ${findings} axe findings of any impact.`);
