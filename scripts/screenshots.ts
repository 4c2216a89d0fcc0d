// Captures every page in English and Arabic at desktop and phone width, with the demo data,
// and lists every axe-core finding (all impacts) so a person can review both.
// Usage: npx vite build && npx tsx scripts/screenshots.ts [--only name] [--out dir]
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedDemo } from "../cli/seed/demo.ts";
import { allViolations, launchBrowser, signIn } from "../e2e/browser.ts";
import { startServer } from "../e2e/server.ts";
import { seedScreenshotCoalition } from "./screenshot-coalition.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    out: { type: "string", default: ".tmp/screens" },
    langs: { type: "string", default: "en,ar" },
  },
});
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });

const server = await startServer();
const demo = await seedDemo(server.app.services);
// Each demo person keeps their own interface language, so sign in as one who reads `lang`.
const readers: Record<string, string> = { en: "james", fr: "claire", es: "lucia", ar: "amina" };
const signInFor = (name: string) => {
  const found = demo.signIns.find((s) => s.email.startsWith(`${name}@`));
  if (!found) throw new Error(`demo sign-in ${name} missing`);
  return found;
};
const admin = signInFor("admin");
const coalition = await seedScreenshotCoalition(server.url, {
  james: signInFor("james"),
  amina: signInFor("amina"),
  claire: signInFor("claire"),
});
const c = `/coalitions/${coalition.coalitionId}`;
const anonymous = ["/", "/sign-in", "/sign-up", "/check-email?email=a%40b.org", "/forgot-password"];
const signedIn = (orgId: string) => [
  "/dashboard",
  "/account",
  "/notifications",
  "/directory",
  "/directory?q=legal",
  `/organizations/${orgId}`,
  `/organizations/${orgId}/edit`,
  `/organizations/${orgId}/members`,
  "/organizations/new",
  "/coalitions",
  "/coalitions/new",
  c,
  `${c}/charter`,
  `${c}/charter?version=1`,
  `${c}/charter/compare?from=1&to=2`,
  `${c}/charter/amend`,
  `${c}/members`,
  `${c}/proposals/new`,
  ...Object.values(coalition.proposals).map((id) => `/proposals/${id}`),
];

const browser = await launchBrowser();
let findings = 0;
try {
  for (const lang of values.langs.split(",")) {
    for (const width of [1280, 375]) {
      const context = await browser.newContext({ locale: lang, viewport: { width, height: 900 } });
      await context.addInitScript((l) => localStorage.setItem("cg.locale", l), lang);
      const page = await context.newPage();
      const visit = async (url: string) => {
        const name = url.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "landing";
        if (values.only && !name.includes(values.only)) return;
        await page.goto(`${server.url}${url}`);
        await page.waitForLoadState("networkidle");
        const file = path.join(out, `${lang}-${width}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        if (overflow > 0) console.log(`${file}: horizontal overflow ${overflow}px`);
        for (const v of await allViolations(page)) {
          findings++;
          console.log(`${file}: ${v.id} (${v.impact}) ${JSON.stringify(v.nodes[0]?.target)}`);
        }
      };
      for (const url of anonymous) await visit(url);
      const member = signInFor(readers[lang] ?? "james");
      await signIn(page, server.url, member.email, member.password);
      await page.locator('a[href^="/organizations/0"]').first().waitFor();
      const hrefs = await page
        .locator('a[href^="/organizations/"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
      const orgId = hrefs
        .map((h) => /^\/organizations\/([0-9a-f-]{36})$/.exec(h)?.[1])
        .find(Boolean);
      for (const url of signedIn(orgId ?? "missing")) await visit(url);
      await context.close();
      if (lang === "en" && width === 1280) {
        const adminContext = await browser.newContext({ viewport: { width, height: 900 } });
        const adminPage = await adminContext.newPage();
        await signIn(adminPage, server.url, admin.email, admin.password);
        await adminPage.goto(`${server.url}/admin`);
        await adminPage.waitForLoadState("networkidle");
        await adminPage.screenshot({ path: path.join(out, "en-1280-admin.png"), fullPage: true });
        await adminContext.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${out}; ${findings} axe findings of any impact.`);
