// Captures the states a person reaches by acting, not by opening a link: an invitation
// asking whether the organisation may be named (in a secret coalition and a public one),
// the coalitions list with invitations and applications, the proposal form under each
// charter rule, an amendment under an open rule and the admin's confirmation.
// Usage: npx vite build && npx tsx scripts/screenshot-states.ts [--langs en,fr,ar] [--out dir]
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { seedDemo } from "../cli/seed/demo.ts";
import { apiAs, myOrganizationId } from "../e2e/api-client.ts";
import { allViolations, launchBrowser, signIn } from "../e2e/browser.ts";
import { startServer } from "../e2e/server.ts";
import type { Charter } from "../shared/coalitions.ts";
import { seedScreenshotCoalition } from "./screenshot-coalition.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: ".tmp/screens-states" },
    langs: { type: "string", default: "en,fr,ar" },
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
// Claire applies and Amina's second organisation is invited to this public coalition.
const shown = await seedScreenshotCoalition(server.url, people);

const text = (en: string) => ({ original: "en", texts: { en } });
// Statements follow the charter, spending is the convener's, amendments choose their method.
const charter: Charter = {
  purpose: text("Coordinate protection monitoring along the border."),
  applicationQuestions: [],
  focalPoints: [],
  decisionRules: {
    admission: { method: "convener", quorum: 0 },
    statements: { method: "consent", quorum: 0.5 },
    charter: { method: "open", quorum: 0 },
    spending: { method: "convener", quorum: 0 },
  },
  collaborationLevel: "coordination",
};
const readers = { en: "james", fr: "claire", ar: "amina" } as const;
const own: Record<string, string> = {};
const statements: Record<string, string> = {};
const clients = {
  james: await apiAs(server.url, people.james.email, people.james.password),
  claire: await apiAs(server.url, people.claire.email, people.claire.password),
  amina: await apiAs(server.url, people.amina.email, people.amina.password),
};
const orgs = {
  james: await myOrganizationId(clients.james, "Umoja Domestic Workers Union"),
  claire: await myOrganizationId(clients.claire, "Voix du Sahel pour les Droits Humains"),
  amina: await myOrganizationId(clients.amina, "Jisr al-Amal Relief"),
};
for (const name of ["james", "claire", "amina"] as const) {
  const created = await clients[name].POST("/api/v1/coalitions", {
    body: {
      organizationId: orgs[name],
      name: `Border Monitoring Group (${name})`,
      visibility: "unlisted",
      charter,
    },
  });
  own[name] = created.id;
  // A joint statement, decided under the charter's rule, for the proposal page's label.
  const statement = await clients[name].POST("/api/v1/coalitions/{id}/proposals", {
    params: { path: { id: created.id } },
    body: {
      organizationId: orgs[name],
      title: "Joint statement on detention at the border",
      subject: "statement",
      closesAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    },
  });
  statements[name] = statement.id;
}
// A secret coalition convened by Amina invites James's and Claire's organisations unnamed.
const secret = await clients.amina.POST("/api/v1/coalitions", {
  body: {
    organizationId: orgs.amina,
    name: "Confidential Detention Monitors",
    visibility: "secret",
    charter,
  },
});
for (const organizationId of [orgs.james, orgs.claire]) {
  await clients.amina.POST("/api/v1/coalitions/{id}/invitations", {
    params: { path: { id: secret.id } },
    body: { organizationId },
  });
}

const browser = await launchBrowser();
let findings = 0;
async function capture(page: Page, name: string, fullPage = true) {
  await page.waitForLoadState("networkidle");
  // The header is sticky: from the top, a full-page picture shows it where it belongs.
  await page.evaluate(() => window.scrollTo(0, 0));
  // Modals and checked radios animate in; let them settle.
  await page.waitForTimeout(300);
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
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

try {
  for (const lang of values.langs.split(",") as (keyof typeof readers)[]) {
    for (const width of values.widths.split(",").map(Number)) {
      const tag = `${lang}-${width}`;
      const context = await browser.newContext({ locale: lang, viewport: { width, height: 900 } });
      await context.addInitScript((l) => localStorage.setItem("cg.locale", l), lang);
      const page = await context.newPage();
      const reader = readers[lang];
      await signIn(page, server.url, people[reader].email, people[reader].password);
      const go = async (url: string) => {
        await page.goto(`${server.url}${url}`);
        await page.locator("h1").first().waitFor();
      };
      await go("/coalitions");
      await capture(page, `${tag}-coalitions`);
      // Amina answers for an invited organisation in a public coalition; the others in a secret one.
      await go(`/coalitions/${reader === "amina" ? shown.coalitionId : secret.id}`);
      await page.getByRole("radio").first().waitFor();
      await capture(page, `${tag}-invitation`);
      await go(`/coalitions/${own[reader]}/proposals/new`);
      for (const [index, name] of ["statement", "spending"].entries()) {
        await page
          .getByRole("radio")
          .nth(index + 1)
          .check();
        await capture(page, `${tag}-proposal-${name}`);
      }
      await go(`/proposals/${statements[reader]}`);
      await capture(page, `${tag}-proposal-statement-page`);
      await go(`/coalitions/${own[reader]}/charter/amend`);
      await capture(page, `${tag}-amend-open`);
      await context.close();

      const adminContext = await browser.newContext({
        locale: lang,
        viewport: { width, height: 900 },
      });
      await adminContext.addInitScript((l) => localStorage.setItem("cg.locale", l), lang);
      const adminPage = await adminContext.newPage();
      const admin = signInFor("admin");
      // The account's own language wins over the browser's once signed in.
      const adminApi = await apiAs(server.url, admin.email, admin.password);
      await adminApi.PATCH("/api/v1/me/preferences", { body: { locale: lang } });
      await signIn(adminPage, server.url, admin.email, admin.password);
      await adminPage.goto(`${server.url}/admin`);
      await adminPage.getByRole("listitem").getByRole("button").first().click();
      await adminPage.getByRole("dialog").waitFor();
      await capture(adminPage, `${tag}-admin-confirm`, false);
      await adminContext.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${out}; ${findings} axe findings of any impact.`);
