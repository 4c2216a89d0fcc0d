// Captures a campaign's objectives page (with its forms open) in each language at desktop and
// phone width, and lists every axe-core finding, so a person can review the charts and forms.
// Usage: npx vite build && npx tsx scripts/screenshot-objectives.ts [--langs en,fr,es,ar] [--out dir]
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedDemo } from "../cli/seed/demo.ts";
import { apiAs, myOrganizationId } from "../e2e/api-client.ts";
import { allViolations, launchBrowser, signIn } from "../e2e/browser.ts";
import { startServer } from "../e2e/server.ts";
import type { UiLocale } from "../shared/locales.ts";
import { seedScreenshotCoalition } from "./screenshot-coalition.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: ".tmp/screens-objectives" },
    langs: { type: "string", default: "en,fr,es,ar" },
    widths: { type: "string", default: "1280,375" },
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
const people = {
  james: signInFor("james"),
  amina: signInFor("amina"),
  claire: signInFor("claire"),
};
const { coalitionId } = await seedScreenshotCoalition(server.url, people);
const james = await apiAs(server.url, people.james.email, people.james.password);
const amina = await apiAs(server.url, people.amina.email, people.amina.password);
const lakeRegion = await myOrganizationId(james, "Lake Region Paralegal Network");
const umoja = await myOrganizationId(james, "Umoja Domestic Workers Union");
const jisr = await myOrganizationId(amina, "Jisr al-Amal Relief");
const text = (en: string, more: Record<string, string> = {}) => ({
  original: "en",
  texts: { en, ...more },
});
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

const campaign = await james.POST("/api/v1/campaigns", {
  body: {
    organizationId: lakeRegion,
    coalitionId,
    title: text("Stop the arms transfers", { ar: "أوقفوا نقل الأسلحة" }),
    startsOn: daysAgo(330),
    endsOn: "2027-12-31",
  },
});
const objective = (body: {
  statement: ReturnType<typeof text>;
  indicator: ReturnType<typeof text>;
  unit: string;
  baseline: number;
  target: number;
  baselineOn: string;
  deadline: string;
  ownerOrganizationId: string;
}) =>
  james.POST("/api/v1/campaigns/{id}/objectives", { params: { path: { id: campaign.id } }, body });
const licences = await objective({
  statement: text(
    "The export committee suspends every arms export licence to the parties to the conflict",
    {
      ar: "تعلّق لجنة التصدير كل تراخيص تصدير الأسلحة إلى أطراف النزاع",
      fr: "La commission des exportations suspend toutes les licences d’armes vers les parties au conflit",
    },
  ),
  indicator: text("Licences in force, from the public export register"),
  unit: "licences",
  baseline: 40,
  target: 0,
  baselineOn: daysAgo(320),
  deadline: "2027-12-31",
  ownerOrganizationId: jisr,
});
for (const [days, value, evidence] of [
  [280, 38, "Register, first quarter"],
  [190, 31, "Register, second quarter; two licences lapsed"],
  [90, 27, "Register, third quarter"],
  [10, 22, "Committee minutes, November"],
] as const) {
  await amina.POST("/api/v1/campaigns/{id}/objectives/{objectiveId}/progress", {
    params: { path: { id: campaign.id, objectiveId: licences.id } },
    body: {
      organizationId: jisr,
      value,
      measuredOn: daysAgo(days),
      evidence,
      evidenceUrl: "https://example.org/register",
    },
  });
}
const courts = await objective({
  statement: text("Three national courts admit cases challenging unlawful arms transfers"),
  indicator: text("Cases admitted for hearing"),
  unit: "cases",
  baseline: 0,
  target: 3,
  baselineOn: daysAgo(300),
  deadline: "2027-06-30",
  ownerOrganizationId: umoja,
});
await james.POST("/api/v1/campaigns/{id}/objectives/{objectiveId}/progress", {
  params: { path: { id: campaign.id, objectiveId: courts.id } },
  body: { organizationId: lakeRegion, value: 0, measuredOn: daysAgo(60) },
});
await objective({
  statement: text("National newspapers report the licences as a question of civilian harm"),
  indicator: text("Articles framing the transfers around civilian harm"),
  unit: "articles",
  baseline: 5,
  target: 120,
  baselineOn: daysAgo(30),
  deadline: "2027-10-31",
  ownerOrganizationId: lakeRegion,
});

const url = `/campaigns/${campaign.id}/objectives`;
const browser = await launchBrowser();
let findings = 0;
try {
  for (const lang of values.langs.split(",")) {
    await james.PATCH("/api/v1/me/preferences", { body: { locale: lang as UiLocale } });
    for (const width of values.widths.split(",").map(Number)) {
      const context = await browser.newContext({ locale: lang, viewport: { width, height: 900 } });
      await context.addInitScript((l) => localStorage.setItem("cg.locale", l), lang);
      const page = await context.newPage();
      page.on("pageerror", (error) => console.log(`page error: ${error.message}`));
      page.on("console", (m) => m.type() === "error" && console.log(`console: ${m.text()}`));
      await signIn(page, server.url, people.james.email, people.james.password);
      const shoot = async (name: string) => {
        await page.waitForLoadState("networkidle");
        const file = path.join(out, `${lang}-${width}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        if (width < 500) {
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
      };
      await page.goto(`${server.url}${url}`);
      await page.locator("[data-testid=objective-chart]").first().waitFor();
      await page.waitForTimeout(500);
      await shoot("objectives");
      await page.locator("article [data-action=report]").first().click();
      await shoot("report");
      await page.reload();
      await page.locator("[data-testid=objective-chart]").first().waitFor();
      await page.locator("main button").first().click();
      await page.locator("form textarea:visible").first().fill("Stop arms sales");
      await page.locator("form button[type=submit]").click();
      await shoot("new");
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${out}; ${findings} axe findings of any impact.`);
