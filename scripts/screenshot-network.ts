// Captures the network page in English and Arabic at desktop and phone width, before and
// after selecting a bridge from the list, and lists every axe-core finding (all impacts).
// Usage: npx vite build && npx tsx scripts/screenshot-network.ts [--count 300] [--out dir]
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { generateNetwork } from "../bench/generate-network.ts";
import { seedDemo } from "../cli/seed/demo.ts";
import { rowsOf } from "../server/db/client.ts";
import { allViolations, launchBrowser, signIn } from "../e2e/browser.ts";
import { startServer } from "../e2e/server.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "300" },
    out: { type: "string", default: ".tmp/screens-network" },
    langs: { type: "string", default: "en,ar" },
    widths: { type: "string", default: "1280,375" },
  },
});
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });

const server = await startServer();
const demo = await seedDemo(server.app.services);
// James reads in English, Amina (whose profile asks for Arabic) in Arabic, as in the other scripts.
const readers: Record<string, string> = { en: "james", fr: "claire", es: "lucia", ar: "amina" };
const signInFor = (lang: string) => {
  const found = demo.signIns.find((s) => s.email.startsWith(`${readers[lang] ?? "james"}@`));
  if (!found) throw new Error(`demo sign-in for ${lang} missing`);
  return found;
};
const { db } = server.app.services;
const [user] = rowsOf<{ id: string }>(
  await db.execute(sql`select id from users where email = ${signInFor("en").email}`),
);
const own = rowsOf<{ id: string }>(
  await db.execute(
    sql`select distinct om.organization_id as id from organization_members om join users u on u.id = om.user_id
        where u.email in (${sql.join(
          values.langs.split(",").map((l) => sql`${signInFor(l).email}`),
          sql`, `,
        )})`,
  ),
).map((r) => r.id);
const report = await generateNetwork(
  { db, kind: "pglite" } as unknown as Parameters<typeof generateNetwork>[0],
  { count: Number(values.count), createdBy: user?.id ?? "", include: own },
);
console.log(`generated ${JSON.stringify(report)}`);

const browser = await launchBrowser();
let findings = 0;
try {
  for (const lang of values.langs.split(",")) {
    for (const width of values.widths.split(",").map(Number)) {
      const context = await browser.newContext({ locale: lang, viewport: { width, height: 900 } });
      await context.addInitScript((l) => localStorage.setItem("cg.locale", l), lang);
      const page = await context.newPage();
      page.on("pageerror", (error) => console.log(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") console.log(`console: ${message.text()}`);
      });
      const reader = signInFor(lang);
      await signIn(page, server.url, reader.email, reader.password);
      const started = Date.now();
      await page.goto(`${server.url}/network`);
      await page
        .locator("[data-laid-out]")
        .waitFor({ state: "attached", timeout: 120_000 })
        .catch(async (error: unknown) => {
          console.log(
            await page.evaluate(() =>
              document.querySelector("[data-testid=network-canvas]")?.outerHTML.slice(0, 600),
            ),
          );
          await page.screenshot({ path: path.join(out, `${lang}-${width}-failed.png`) });
          throw error;
        });
      console.log(`${lang}-${width}: laid out after ${Date.now() - started} ms`);
      const shots = [`${lang}-${width}-network.png`];
      await page.screenshot({ path: path.join(out, shots[0] as string), fullPage: true });
      const bridge = page.locator("#network-bridges ~ * button").first();
      if (await bridge.count()) {
        await bridge.click();
        await page.waitForTimeout(800);
        await page.evaluate(() => window.scrollTo(0, 0));
        shots.push(`${lang}-${width}-network-selected.png`);
        await page.screenshot({ path: path.join(out, shots[1] as string), fullPage: true });
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      if (overflow > 0) console.log(`${lang}-${width}: horizontal overflow ${overflow}px`);
      for (const v of await allViolations(page)) {
        findings++;
        console.log(
          `${lang}-${width}: ${v.id} (${v.impact}) ${JSON.stringify(v.nodes[0]?.target)} ${v.nodes[0]?.failureSummary ?? ""}`,
        );
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${out}; ${findings} axe findings of any impact.`);
