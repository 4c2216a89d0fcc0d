import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { seedDemo } from "../cli/seed/demo.ts";
import { seedScreenshotCoalition } from "../scripts/screenshot-coalition.ts";
import { seedMeetingsPreview } from "../scripts/meetings-preview-data.ts";
import { uiLocales } from "../shared/locales.ts";
import { eq } from "drizzle-orm";
import { users } from "../server/modules/auth/auth.table.ts";
import { createVerifiedUser } from "../server/modules/auth/users.ts";
import { createOrganizationsRepo } from "../server/modules/organizations/organizations.repo.ts";
import { organizationMembers } from "../server/modules/organizations/organizations.table.ts";
import { apiAs, myOrganizationId } from "./api-client.ts";
import { cutText, horizontalOverflow, launchBrowser, signIn } from "./browser.ts";
import { untranslatedKeys } from "./expect-translated.ts";
import { type E2eServer, startServer } from "./server.ts";

/**
 * Every page, signed out and signed in, in each interface language at a phone's and a
 * laptop's width: nothing scrolls sideways, no key shows instead of its text, and a signed-out
 * visitor's console stays free of errors (being signed out is not one).
 */
const widths = [1280, 375] as const;
// Each language reads the clock of a place that speaks it, so time-zone names show too.
const timezones: Record<string, string> = {
  en: "Europe/London",
  fr: "Africa/Niamey",
  es: "America/Bogota",
  ar: "Asia/Aden",
};

type Credentials = { email: string; password: string };

describe("every page in every language", () => {
  let server: E2eServer;
  let browser: Browser;
  let signedOut: string[];
  let signedInPages: string[];
  /**
   * Who signs in for each language. A signed-in person's saved language wins over the
   * browser's, and the languages run side by side, so each has its own person: James himself
   * for English (his notifications are the fullest), and for the others a colleague with his
   * roles in his organisations and that language saved; likewise an administrator each.
   */
  const signInsFor = new Map<string, { member: Credentials; admin: Credentials }>();

  beforeAll(async () => {
    server = await startServer();
    const demo = await seedDemo(server.app.services);
    const person = (name: string) => {
      const found = demo.signIns.find((s) => s.email.startsWith(`${name}@`));
      if (!found) throw new Error(`demo sign-in ${name} missing`);
      return found;
    };
    const james = person("james");
    const admin = person("admin");
    await languageTwins(server.app.services, james, admin);
    const people = { james, amina: person("amina"), claire: person("claire") };
    const [coalition, meetings] = await Promise.all([
      seedScreenshotCoalition(server.url, people),
      seedMeetingsPreview(server.url, { ...people, lucia: person("lucia") }),
    ]);
    const client = await apiAs(server.url, james.email, james.password);
    const orgId = await myOrganizationId(client, "Lake Region Paralegal Network");
    const org = `/organizations/${orgId}`;
    const c = `/coalitions/${coalition.coalitionId}`;
    const campaign = `/campaigns/${demo.campaign.campaignId}`;
    const m = `/coalitions/${meetings.coalitionId}`;
    signedOut = [
      "/",
      "/sign-in",
      "/sign-up",
      "/forgot-password",
      "/check-email?email=a%40b.org",
      "/directory",
      "/coalitions",
      org,
      c,
      `${c}/charter`,
      `/p${campaign}`,
      "/records",
    ];
    signedInPages = [
      "/dashboard",
      "/account",
      // Keys for confidential records: the demo people have none yet, so the passphrase form.
      "/keys",
      "/notifications",
      "/directory?q=legal",
      org,
      `${org}/edit`,
      `${org}/members`,
      "/organizations/new",
      "/coalitions",
      "/coalitions/new",
      c,
      `${c}/charter`,
      `${c}/charter/compare?from=1&to=2`,
      `${c}/charter/amend`,
      `${c}/members`,
      `${c}/proposals/new`,
      ...Object.values(coalition.proposals).map((id) => `/proposals/${id}`),
      `${m}/activity`,
      `${m}/meetings`,
      `${m}/meetings/new`,
      `/meetings/${meetings.meetings.upcoming}`,
      `/meetings/${meetings.meetings.past}`,
      `/threads/${meetings.threads.discussion}`,
      "/discover",
      "/network",
      `/coalitions/${demo.campaign.coalitionId}/campaigns`,
      `/campaigns/new?coalitionId=${demo.campaign.coalitionId}`,
      `${org}/campaigns`,
      campaign,
      `${campaign}/edit`,
      ...[
        "objectives",
        "stakeholders",
        "workplan",
        "messages",
        "resources",
        "outcomes",
        "history",
      ].map((part) => `${campaign}/${part}`),
      `/coalitions/${demo.campaign.coalitionId}/statements/new`,
      `/statements/${demo.statement.statementId}`,
      `/statements/${demo.statement.statementId}/versions`,
      `/risk-assessments/${demo.statement.assessmentId}`,
      `/coalitions/${demo.campaign.coalitionId}/risk-assessments/new`,
      `/proposals/${demo.statement.proposalId}`,
      // Records: James's office is in the Yemen exchange, which reads a fifth of Maan's records.
      "/records",
      `/records?organizationId=${demo.records.organizationId}`,
      `/records/${demo.records.sharedRecordId}`,
      `/records/${demo.records.sharedRecordId}/edit`,
      `/records/new?organizationId=${orgId}`,
      `${org}/records/import`,
      "/records/statistics",
      "/agreements",
      "/agreements/new",
      `${org}/grants`,
      `${org}/audit`,
    ];
    browser = await launchBrowser();
  });

  /** Gives each language other than English its own James and its own administrator. */
  async function languageTwins(
    services: E2eServer["app"]["services"],
    james: Credentials,
    admin: Credentials,
  ) {
    const { db, auth } = services;
    const repo = createOrganizationsRepo(db);
    const [jamesUser] = await db.select().from(users).where(eq(users.email, james.email));
    if (!jamesUser) throw new Error("demo James missing");
    const memberships = await db
      .select()
      .from(organizationMembers)
      .where(eq(organizationMembers.userId, jamesUser.id));
    for (const lang of uiLocales) {
      if (lang === "en") {
        // Both have English saved in the demo.
        signInsFor.set(lang, { member: james, admin });
        continue;
      }
      const member = { email: `james.${lang}@demo.common-ground.org`, password: james.password };
      const twinAdmin = { email: `admin.${lang}@demo.common-ground.org`, password: admin.password };
      const memberId = await createVerifiedUser(
        { db, auth },
        { ...member, name: `James (${lang})`, locale: lang },
      );
      for (const m of memberships) await repo.addMember(db, m.organizationId, memberId, m.role);
      await createVerifiedUser(
        { db, auth },
        { ...twinAdmin, name: `Admin (${lang})`, locale: lang, isPlatformAdmin: true },
      );
      signInsFor.set(lang, { member, admin: twinAdmin });
    }
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Waits until the page has asked for nothing for a moment (its chunks and data are in) and
   * two frames are drawn; quicker than "networkidle", which always waits half a second.
   */
  async function settle(page: Page): Promise<boolean> {
    const inFlight = pending.get(page) ?? new Set();
    let quietSince = Date.now();
    const deadline = Date.now() + 15_000;
    let quiet = false;
    while (Date.now() < deadline) {
      if (inFlight.size) quietSince = Date.now();
      else if (Date.now() - quietSince >= 150) {
        quiet = true;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    return quiet;
  }
  const pending = new WeakMap<Page, Set<unknown>>();
  function trackRequests(page: Page) {
    const inFlight = new Set<unknown>();
    pending.set(page, inFlight);
    page.on("request", (request) => inFlight.add(request));
    page.on("requestfinished", (request) => inFlight.delete(request));
    page.on("requestfailed", (request) => inFlight.delete(request));
  }

  /**
   * Visits a page at each width and lists what is wrong with it. It is opened at the width the
   * last page ended at, so that every other page loads at a phone's width, and each page costs
   * one change of width, not two.
   */
  async function check(page: Page, lang: string, url: string, problems: string[]) {
    const order = page.viewportSize()?.width === widths[1] ? [...widths].reverse() : widths;
    // Moving inside the app, as a click on a link would, spares reloading it for every page.
    await page.evaluate((to) => history.pushState(null, "", to), url);
    for (const [i, width] of order.entries()) {
      if (i > 0) await page.setViewportSize({ width, height: 900 });
      // A page still loading would pass every check below: that is a failure of its own.
      if (!(await settle(page)))
        problems.push(`${lang} ${width}px ${url}: still loading after 15 s`);
      const overflow = await horizontalOverflow(page);
      if (overflow) problems.push(`${lang} ${width}px ${url}: ${overflow}`);
      for (const text of await cutText(page)) {
        problems.push(`${lang} ${width}px ${url}: cuts "${text}" short`);
      }
    }
    for (const key of await untranslatedKeys(page)) {
      problems.push(`${lang} ${url}: shows the key "${key}"`);
    }
  }

  it("notices a page wider than its window, a key shown as text and a name cut short", async ({
    expect,
  }) => {
    // The checks below pass only if they can fail: plant both faults on a page and look.
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    try {
      const page = await context.newPage();
      trackRequests(page);
      await page.goto(server.url, { waitUntil: "domcontentloaded" });
      await settle(page);
      expect(await horizontalOverflow(page)).toBeNull();
      expect(await untranslatedKeys(page)).toEqual([]);
      await page.evaluate(() => {
        const main = document.querySelector("main") ?? document.body;
        const wide = document.createElement("p");
        wide.textContent = "Poser_la_candidature_d'une_autre_de_mes_organisations_sans_espace";
        wide.style.whiteSpace = "nowrap";
        const key = document.createElement("span");
        key.textContent = "passwordHint";
        const tag = document.createElement("span");
        tag.textContent = "Democratic Republic of the Congo";
        Object.assign(tag.style, {
          display: "inline-block",
          width: "60px",
          overflow: "hidden",
          whiteSpace: "nowrap",
          textOverflow: "ellipsis",
        });
        main.append(wide, key, tag);
      });
      expect(await horizontalOverflow(page)).toMatch(
        /^page is \d+px wide in a 375px window; <p> "Poser_la_candidature.*" reaches \d+px past the edge$/,
      );
      expect(await untranslatedKeys(page)).toEqual(["passwordHint"]);
      expect(await cutText(page)).toEqual(["Democratic Republic of the Congo"]);
    } finally {
      await context.close();
    }
  });

  /**
   * Each language's pages in two halves, each in its own window, all eight side by side: most
   * of a page visit is waiting (for the server, for the page to settle), not working. The first
   * half is every signed-out page and the first signed-in ones, the second the other signed-in
   * pages and the administrator's.
   */
  const halves = ["signed out and the first pages signed in", "the other pages signed in"];
  for (const lang of uiLocales) {
    for (const [half, label] of halves.entries()) {
      it.concurrent(
        `fits a phone and shows no key in ${lang}: ${label}`,
        { timeout: 400_000 },
        async ({ expect }) => {
          const problems: string[] = [];
          const consoleErrors: string[] = [];
          let anonymous = half === 0;
          const context: BrowserContext = await browser.newContext({
            locale: lang,
            timezoneId: timezones[lang],
            viewport: { width: widths[0], height: 900 },
          });
          await context.addInitScript((l) => localStorage.setItem("cg.locale", l), lang);
          try {
            const page = await context.newPage();
            trackRequests(page);
            page.on("console", (message) => {
              if (anonymous && message.type() === "error") {
                consoleErrors.push(`${lang} ${page.url()}: ${message.text()}`);
              }
            });
            page.on("pageerror", (error) => consoleErrors.push(`${lang} ${page.url()}: ${error}`));
            const people = signInsFor.get(lang);
            if (!people) throw new Error(`no one signs in for ${lang}`);
            // The signed-out pages weigh about as much as a dozen signed-in ones.
            const split = Math.ceil((signedInPages.length - signedOut.length) / 2);
            if (half === 0) {
              await page.goto(server.url, { waitUntil: "domcontentloaded" });
              for (const url of signedOut) await check(page, lang, url, problems);
              anonymous = false;
              await signIn(page, server.url, people.member.email, people.member.password);
              for (const url of signedInPages.slice(0, split)) {
                await check(page, lang, url, problems);
              }
            } else {
              await signIn(page, server.url, people.member.email, people.member.password);
              for (const url of signedInPages.slice(split)) await check(page, lang, url, problems);
              await context.clearCookies();
              await signIn(page, server.url, people.admin.email, people.admin.password);
              await check(page, lang, "/admin", problems);
            }
          } finally {
            await context.close();
          }
          expect([...problems, ...consoleErrors]).toEqual([]);
        },
      );
    }
  }
});
