import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDecisionRules } from "../shared/coalitions.ts";
import type { ApiClient } from "./api-client.ts";
import {
  type JourneyPerson,
  poll,
  shot,
  signedInPage,
  withOrganization,
} from "./journey-people.ts";
import { launchBrowser } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import { type E2eServer, startServer } from "./server.ts";

type Person = JourneyPerson;

const convener: Person = {
  email: "ines@arms-forum.example",
  password: "convener passphrase, long enough",
  name: "Inès Moreau",
  organization: "Arms Transfer Research Forum",
  profile: { types: ["human_rights"], level: "international", postures: ["speaks_publicly"] },
};
const documenter: Person = {
  email: "salem@yemen-docs.example",
  password: "documenter passphrase, long enough",
  name: "Salem Ba-Abbad",
  organization: "Yemen Violations Archive",
  profile: { types: ["human_rights"], level: "national", countries: ["YE"] },
};
const humanitarian: Person = {
  email: "nadia@relief-access.example",
  password: "humanitarian passphrase, long enough",
  name: "نادية الحداد",
  organization: "Relief Access Office",
  profile: { types: ["humanitarian"], level: "international", postures: ["private_diplomacy"] },
};
const lawyer: Person = {
  email: "luis@legal-desk.example",
  password: "lawyer passphrase, long enough",
  name: "Luis Ortega",
  organization: "Legal Action Desk",
  profile: { types: ["legal_aid"], level: "regional" },
};

const text = (en: string) => ({ original: "en", texts: { en } });
/*
 * Speaking together safely, as the seeds describe it: the convener drafts a statement, three
 * members assess their own risk (the humanitarian office's access risk is above the charter's
 * threshold, so the statement cannot be published without a decision), who fronts is
 * recommended, the coalition adopts the decision, members sign publicly, support privately or
 * decline, the statement is published, and the public page, read signed out, names no private
 * supporter. The humanitarian office works in Arabic on a phone.
 */
describe("a joint statement, from draft to a public page that names no private supporter", () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const api = {} as Record<"convener" | "documenter" | "humanitarian" | "lawyer", ApiClient>;
  const orgs = {} as Record<keyof typeof api, string>;
  let coalitionId = "";
  let statementPath = "";
  let assessmentPath = "";
  let proposalPath = "";

  const prepare = (person: Person) => withOrganization(server, person);

  const pageFor = (person: Person, width: number, locale = "en") =>
    signedInPage(browser, server, contexts, person, width, locale);

  beforeAll(async () => {
    server = await startServer();
    const people = { convener, documenter, humanitarian, lawyer };
    for (const [key, person] of Object.entries(people) as [keyof typeof api, Person][]) {
      [api[key], orgs[key]] = await prepare(person);
    }
    // The coalition exists: the journey starts where its members want to speak together.
    const coalition = await api.convener.POST("/api/v1/coalitions", {
      body: {
        organizationId: orgs.convener,
        name: "Stop the Transfers",
        visibility: "unlisted",
        charter: {
          purpose: text("End arms transfers used against civilians."),
          decisionRules: defaultDecisionRules,
          collaborationLevel: "joint_action",
          riskThresholds: { access: 12, safety: 12 },
        },
      },
    });
    coalitionId = coalition.id;
    for (const key of ["documenter", "humanitarian", "lawyer"] as const) {
      await api.convener.POST("/api/v1/coalitions/{id}/invitations", {
        params: { path: { id: coalitionId } },
        body: { organizationId: orgs[key], role: "member" },
      });
      await api[key].POST("/api/v1/coalitions/{id}/members/{organizationId}/{action}", {
        params: { path: { id: coalitionId, organizationId: orgs[key], action: "accept" } },
        body: { namedPublicly: key !== "humanitarian" },
      });
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("is drafted by the convener and assessed for risk by three members, one of them in Arabic on a phone", async () => {
    const page = await pageFor(convener, 1280);
    await page.goto(`${server.url}/coalitions/${coalitionId}`);
    await page.getByRole("link", { name: "Draft a statement" }).click();
    await page.getByLabel("Title in English").fill("Stop licensing the bombs that fall on Yemen");
    await page
      .getByLabel("Text in English")
      .fill(
        "We call on every government that licenses these bombs to **suspend the licences now**.",
      );
    await page.getByRole("button", { name: "Save the draft" }).click();
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain(
      "Stop licensing the bombs",
    );
    statementPath = new URL(page.url()).pathname;
    await expectAccessible(page, "statement draft");

    await page.getByRole("link", { name: "Assess the risks together" }).click();
    await page.getByRole("button", { name: "Open the assessment" }).click();
    await poll(() => page.getByText("Joint risk assessment").count()).toBeGreaterThan(0);
    await poll(async () => new URL(page.url()).pathname).toMatch(/^\/risk-assessments\//);
    assessmentPath = new URL(page.url()).pathname;
    await shot(page, "statement-1-assessment-opened");

    // The documentation group answers in English: its staff's safety is at stake.
    const salem = await pageFor(documenter, 1280);
    await salem.goto(`${server.url}${assessmentPath}`);
    const rate = async (p: Page, category: string, likelihood: string, impact: string) => {
      const group = p.getByRole("group", { name: category });
      await group
        .getByRole("combobox", { name: /^(Likelihood|الاحتمال)/ })
        .selectOption(likelihood);
      await group.getByRole("combobox", { name: /^(Impact|الأثر)/ }).selectOption(impact);
    };
    await rate(salem, "Safety of staff and partners", "3", "3");
    await rate(salem, "Relations with authorities", "2", "3");
    await salem.getByRole("button", { name: "Send our answer" }).click();
    await poll(() => salem.getByText(/answered on/).count()).toBeGreaterThan(0);

    // The humanitarian office answers in Arabic at phone width; its access is what is at risk.
    const nadia = await pageFor(humanitarian, 375, "ar");
    await nadia.goto(`${server.url}${assessmentPath}`);
    await poll(() => nadia.locator("html").getAttribute("dir")).toBe("rtl");
    const access = nadia.locator("fieldset").first();
    await access.locator("select").nth(0).selectOption("4");
    await access.locator("select").nth(1).selectOption("5");
    // Naming on the heat map is off unless chosen: the safe default at the moment of choice.
    expect(await nadia.getByRole("switch").isChecked()).toBe(false);
    await nadia.locator("form button[type=submit]").first().click();
    await poll(() => nadia.getByRole("alert").count()).toBeGreaterThan(0);
    await expectAccessible(nadia, "risk assessment, ar, 375 px");
    await shot(nadia, "statement-2-assessment-ar-375");

    // The lawyers answer through the API.
    await api.lawyer.PUT("/api/v1/risk-assessments/{id}/responses/{organizationId}", {
      params: { path: { id: assessmentPath.split("/").pop()!, organizationId: orgs.lawyer } },
      body: { ratings: [{ category: "legal", likelihood: 2, impact: 3 }] },
    });

    await page.reload();
    await poll(() => page.getByText("A decision of the coalition is needed").count()).toBe(1);
    // Three answers, none named: the heat map counts them without saying who.
    const heat = page.getByRole("table").first();
    expect(await heat.textContent()).not.toContain(humanitarian.organization);
    await expectAccessible(page, "risk assessment with a heat map");
  });

  it("recommends who fronts, and the coalition adopts the decision seeing the risk first", async () => {
    const page = contexts[0]!.pages()[0]!;
    await page.goto(`${server.url}${assessmentPath}`);
    const fronting = page.getByRole("region", { name: "Who fronts" });
    await poll(() => fronting.getByText(humanitarian.organization).count()).toBeGreaterThan(0);
    // Its reasons are its own: the convener is not told why it should support privately.
    const advice = (await fronting.textContent()) ?? "";
    expect(advice).not.toMatch(/Because of [^.]*its own risk answers/);
    expect(advice).toContain("Its reasons are its own");
    await page
      .getByLabel("Closes")
      .fill(new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 16));
    await page.getByRole("button", { name: "Open the proposal" }).click();
    await poll(async () => new URL(page.url()).pathname).toMatch(/^\/proposals\//);
    proposalPath = new URL(page.url()).pathname;
    // The heat map comes before the stance form.
    await poll(() => page.getByText("Heat map").count()).toBeGreaterThan(0);
    const before = await page.evaluate(() => {
      const all = [...document.querySelectorAll("h2, h3")].map((h) => h.textContent ?? "");
      return all.findIndex((h) => h.includes("Heat map"));
    });
    expect(before).toBeGreaterThanOrEqual(0);
    await expectAccessible(page, "deciding proposal");
    await shot(page, "statement-3-proposal");

    const proposalId = proposalPath.split("/").pop()!;
    for (const key of ["convener", "documenter", "humanitarian", "lawyer"] as const) {
      await api[key].PUT("/api/v1/proposals/{id}/stances/{organizationId}", {
        params: { path: { id: proposalId, organizationId: orgs[key] } },
        body: { ballot: { stance: "agree" } },
      });
    }
    await api.convener.POST("/api/v1/proposals/{id}/close", {
      params: { path: { id: proposalId } },
    });
    await page.goto(`${server.url}${statementPath}`);
    const messengers = page.getByRole("region", { name: "Who speaks for it" });
    await poll(() => messengers.getByText(convener.organization).count()).toBeGreaterThan(0);
    expect(await messengers.textContent()).not.toContain(humanitarian.organization);
  });

  it("takes answers (public, private, decline), publishes, and the public page names no private supporter", async () => {
    const page = contexts[0]!.pages()[0]!;
    await page.goto(`${server.url}${statementPath}`);
    await page.getByRole("button", { name: "Open sign-on" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Open sign-on" }).click();
    await poll(() => page.getByText("Open for sign-on").count()).toBeGreaterThan(0);

    const salem = contexts[1]!.pages()[0]!;
    await salem.goto(`${server.url}${statementPath}`);
    await salem.getByRole("radio", { name: /Sign publicly/ }).check();
    await salem.getByRole("button", { name: "Send the answer" }).click();
    await poll(() => salem.getByText(/signed publicly/).count()).toBeGreaterThan(0);

    const nadia = contexts[2]!.pages()[0]!;
    await nadia.goto(`${server.url}${statementPath}`);
    await nadia.locator('input[type=radio][value="private"]').check();
    await nadia.locator("form button[type=submit]").first().click();
    await poll(() => nadia.locator('[role="status"]').count()).toBeGreaterThan(0);
    await expectAccessible(nadia, "statement, ar, 375 px");
    await shot(nadia, "statement-4-answer-ar-375");

    const luis = await pageFor(lawyer, 375);
    await luis.goto(`${server.url}${statementPath}`);
    await luis.getByRole("radio", { name: /Decline/ }).check();
    await luis.getByLabel("Reason (optional)").fill("Our case is before the court.");
    await luis.getByRole("button", { name: "Send the answer" }).click();
    await poll(() => luis.getByText(/declined/).count()).toBeGreaterThan(0);
    // A member sees no decline's reason and no private supporter's name.
    expect(await luis.locator("main").textContent()).not.toContain(humanitarian.organization);

    await page.reload();
    await poll(() => page.getByText("Our case is before the court.").count()).toBe(1);
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Publish" }).click();
    const link = page.getByRole("link", { name: /\/p\/statements\// });
    await poll(() => link.count()).toBe(1);
    const publicUrl = (await link.getAttribute("href"))!;
    await shot(page, "statement-5-published");

    const stranger = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(stranger);
    const reader = await stranger.newPage();
    await reader.goto(publicUrl);
    const body = (await reader.locator("body").textContent()) ?? "";
    expect(body).toContain("Stop licensing the bombs that fall on Yemen");
    expect(body).toContain(documenter.organization);
    expect(body).not.toContain(humanitarian.organization);
    // The lawyers declined: they speak for the coalition (its decision) but did not sign.
    const signed = (await reader.getByRole("region", { name: "Signed by" }).textContent()) ?? "";
    expect(signed).toContain(documenter.organization);
    expect(signed).not.toContain(lawyer.organization);
    expect(body).not.toContain("privately");
    expect(await reader.locator('meta[property="og:title"]').getAttribute("content")).toContain(
      "Stop licensing",
    );
    await expectAccessible(reader, "public statement");
    await shot(reader, "statement-6-public");

    // The same page in Arabic on a phone, signed out.
    await reader.setViewportSize({ width: 375, height: 800 });
    await reader.goto(`${publicUrl}?lang=ar`);
    expect(await reader.locator("html").getAttribute("dir")).toBe("rtl");
    expect(await reader.locator("body").textContent()).not.toContain(humanitarian.organization);
    await expectAccessible(reader, "public statement, ar, 375 px");
    await shot(reader, "statement-7-public-ar-375");
  });
});
