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
const reader = demo.signIns.find((s) => s.email.startsWith("james@")) ?? demo.signIns[0];
if (!reader) throw new Error("no demo sign-in");
const { db } = server.app.services;
const [user] = rowsOf<{ id: string }>(
  await db.execute(sql`select id from users where email = ${reader.email}`),
);
const own = rowsOf<{ id: string }>(
  await db.execute(
    sql`select organization_id as id from organization_members where user_id = ${user?.id ?? ""}`,
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
