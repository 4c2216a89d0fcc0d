import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDecisionRules } from "../shared/coalitions.ts";
import { createVerifiedUser } from "../server/modules/auth/users.ts";
import { type ApiClient, apiAs, myOrganizationId } from "./api-client.ts";
import { horizontalOverflow, launchBrowser, signIn } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import { type E2eServer, startServer } from "./server.ts";

type Person = { email: string; password: string; name: string; organization: string };

const analyst: Person = {
  email: "ines@arms-forum.example",
  password: "analyst passphrase, long enough",
  name: "Inès Moreau",
  organization: "Arms Transfer Research Forum",
};
const documenter: Person = {
  email: "salem@yemen-docs.example",
  password: "documenter passphrase, long enough",
  name: "Salem Ba-Abbad",
  organization: "Yemen Violations Archive",
};

/** With E2E_SHOTS=dir, each step leaves a screenshot there for a person to look at. */
async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const text = (en: string) => ({ original: "en", texts: { en } });

/** Pages here wait on the API and on lazily loaded chunks: allow them a few seconds. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe("a joint campaign, from an adopted proposal to measured progress", () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let proposalId = "";
  let campaignPath = "";

  async function prepare(person: Person): Promise<ApiClient> {
    await createVerifiedUser(
      { db: server.app.services.db, auth: server.app.services.auth },
      { email: person.email, password: person.password, name: person.name },
    );
    const client = await apiAs(server.url, person.email, person.password);
    await client.POST("/api/v1/organizations", {
      body: { name: person.organization, types: ["human_rights"], level: "international" },
    });
    return client;
  }

  async function pageFor(person: Person, width: number, locale = "en"): Promise<Page> {
    const context = await browser.newContext({
      locale: locale === "ar" ? "ar" : "en-GB",
      viewport: { width, height: 900 },
    });
    if (locale !== "en") {
      await context.addInitScript((l) => localStorage.setItem("cg.locale", l), locale);
    }
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.url, person.email, person.password);
    return page;
  }

  const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

  beforeAll(async () => {
    server = await startServer();
    const analystApi = await prepare(analyst);
    const documenterApi = await prepare(documenter);
    const analystOrg = await myOrganizationId(analystApi, analyst.organization);
    const documenterOrg = await myOrganizationId(documenterApi, documenter.organization);
    // The coalition and its decision are set up through the API: the journey starts where
    // the coalition has decided to campaign.
    const coalition = await analystApi.POST("/api/v1/coalitions", {
      body: {
        organizationId: analystOrg,
        name: "Stop the Transfers",
        visibility: "unlisted",
        charter: {
          purpose: text("End arms transfers used against civilians."),
          decisionRules: defaultDecisionRules,
          collaborationLevel: "joint_action",
        },
      },
    });
    await analystApi.POST("/api/v1/coalitions/{id}/invitations", {
      params: { path: { id: coalition.id } },
      body: { organizationId: documenterOrg, role: "co_lead" },
    });
    await documenterApi.POST("/api/v1/coalitions/{id}/members/{organizationId}/{action}", {
      params: { path: { id: coalition.id, organizationId: documenterOrg, action: "accept" } },
      body: { namedPublicly: false },
    });
    const proposal = await analystApi.POST("/api/v1/coalitions/{id}/proposals", {
      params: { path: { id: coalition.id } },
      body: {
        organizationId: analystOrg,
        title: "Campaign to suspend arms export licences",
        body: text("Licences are granted although the weapons are used against civilians."),
        rules: { kind: "consent", quorum: 0 },
        closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    });
    await analystApi.POST("/api/v1/proposals/{id}/close", {
      params: { path: { id: proposal.id } },
    });
    proposalId = proposal.id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("starts the campaign from the adopted proposal", async () => {
    const page = await pageFor(analyst, 1280);
    await page.goto(`${server.url}/proposals/${proposalId}`);
    await page.getByRole("link", { name: "Start a campaign from this decision" }).click();
    await page.waitForURL(/\/campaigns\/new\?/);
    await poll(() => heading(page)).toBe("Start a campaign");
    await expectAccessible(page, "new campaign form");
    // The title is left to the proposal's own.
    await page.getByRole("button", { name: "Start the campaign" }).click();
    await page.waitForURL(/\/campaigns\/[0-9a-f-]{36}$/);
    campaignPath = new URL(page.url()).pathname;
    await poll(() => heading(page)).toBe("Campaign to suspend arms export licences");
    await poll(() => page.getByText("Started from the adopted proposal:").count()).toBe(1);
    await expectAccessible(page, "campaign overview");
    await shot(page, "campaign-overview");
  });

  it("is run from its plan: the lead names the fund monitor and the change is in the history", async () => {
    const page = await pageFor(analyst, 375);
    await page.goto(`${server.url}${campaignPath}`);
    await page.getByRole("link", { name: "Edit the plan" }).click();
    await page.waitForURL(/\/edit$/);
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Active" });
    await page
      .getByRole("combobox", { name: "Fund monitor" })
      .selectOption({ label: documenter.organization });
    await expectAccessible(page, "campaign plan form at phone width");
    await page.getByRole("button", { name: "Save the plan" }).click();
    await page.waitForURL(new RegExp(`${campaignPath}$`));
    await poll(() => page.getByText(documenter.organization).count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: "History" }).click();
    await page.waitForURL(/\/history$/);
    await poll(() => page.getByText(/the plan, changed/).count()).toBeGreaterThan(0);
    await expectAccessible(page, "campaign history at phone width");
  });

  it("has an objective that the form helps make SMART", async () => {
    const page = await pageFor(analyst, 1280);
    await page.goto(`${server.url}${campaignPath}/objectives`);
    await page.getByRole("button", { name: "New objective" }).click();
    await page.getByLabel("Statement in English").fill("Export licences are suspended");
    await page.getByRole("button", { name: "Add the objective" }).click();
    // Nothing is saved until it can be measured and has a deadline; the form says what is missing.
    await poll(() => page.getByText("Name the indicator you will count.").count()).toBeGreaterThan(
      0,
    );
    await poll(() => page.getByText("Set a deadline.").count()).toBeGreaterThan(0);
    expect(await page.getByText("Objective added.").count()).toBe(0);
    await page
      .getByLabel("Indicator in English")
      .fill("Licences suspended by the three governments");
    await page.getByRole("textbox", { name: "Unit", exact: true }).fill("licences");
    await page.getByLabel("Baseline value").fill("0");
    await page.getByLabel("Target value").fill("12");
    await page.getByLabel("Baseline date").fill(day(-60));
    await page.getByLabel("Deadline").fill(day(300));
    await page
      .getByRole("combobox", { name: "Owner organisation" })
      .selectOption({ label: documenter.organization });
    await expectAccessible(page, "objective form");
    await page.getByRole("button", { name: "Add the objective" }).click();
    await poll(() => page.getByText("Objective added.").count()).toBe(1);
    await poll(() =>
      page
        .getByRole("img", { name: /^Progress of .Export licences are suspended.: no reading yet/ })
        .count(),
    ).toBe(1);
  });

  it("maps five stakeholders on the power map", async () => {
    const page = await pageFor(analyst, 1280);
    await page.goto(`${server.url}${campaignPath}/stakeholders`);
    const stakeholders = [
      ["Ministry of Economy, export control office", "Active opposition", "5"],
      ["Parliamentary defence committee", "Neutral", "4"],
      ["National arms manufacturer", "Active opposition", "4"],
      ["Daily newspaper investigations desk", "Passive ally", "3"],
      ["Bishops' conference", "Passive ally", "2"],
    ] as const;
    for (const [name, position, influence] of stakeholders) {
      await page.getByRole("button", { name: "Add a stakeholder" }).first().click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(name);
      await dialog
        .getByRole("combobox", { name: "Position on the spectrum of allies" })
        .selectOption({ label: position });
      await dialog.getByRole("combobox", { name: "Influence (1–5)" }).selectOption(influence);
      await dialog.getByLabel(analyst.organization).check();
      await dialog.getByRole("button", { name: "Add", exact: true }).click();
      await poll(() => dialog.count()).toBe(0);
    }
    await poll(() => page.getByRole("img", { name: /5 stakeholders/ }).count()).toBe(1);
    // Who influences whom: the manufacturer lobbies the committee.
    const manufacturer = page.getByRole("article", { name: "National arms manufacturer" });
    await manufacturer.getByRole("button", { name: "Link to another" }).click();
    const linking = page.getByRole("dialog");
    await linking
      .getByRole("combobox", { name: "Stakeholder it influences" })
      .selectOption({ label: "Parliamentary defence committee" });
    await linking.getByRole("textbox", { name: "Kind of influence" }).fill("lobbies");
    await linking.getByRole("button", { name: "Add the link" }).click();
    await poll(() =>
      manufacturer
        .getByText(/Influences .?Parliamentary defence committee.? \(.?lobbies.?\)/)
        .count(),
    ).toBe(1);
    await poll(() =>
      page
        .getByRole("article", { name: "Parliamentary defence committee" })
        .getByText(/Influenced by .?National arms manufacturer/)
        .count(),
    ).toBe(1);
    await expectAccessible(page, "stakeholders and power map");
    await shot(page, "campaign-power-map");
  });

  it("gives each activity of the workplan a lead organisation", async () => {
    const page = await pageFor(analyst, 1280);
    await page.goto(`${server.url}${campaignPath}/workplan`);
    const activities = [
      ["Document strikes with two independent sources", "Research", "Documentation", documenter],
      ["Brief the defence committee", "Lobbying", "Advocacy", analyst],
    ] as const;
    for (const [title, tactic, role, lead] of activities) {
      await page.getByRole("button", { name: "Add an activity" }).first().click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("What will be done in English").fill(title);
      await dialog.getByRole("combobox", { name: "Tactic" }).selectOption({ label: tactic });
      await dialog
        .getByRole("combobox", { name: "Role in the coalition" })
        .selectOption({ label: role });
      await dialog
        .getByRole("combobox", { name: "Lead organisation" })
        .selectOption({ label: lead.organization });
      await dialog.getByLabel("Start date").fill(day(1));
      await dialog.getByLabel("Due date").fill(day(60));
      await dialog.getByRole("button", { name: "Add the activity" }).click();
      await poll(() => dialog.count()).toBe(0);
    }
    // Each activity's card names its lead (names in a sentence are bidi isolates).
    for (const [title, , , lead] of activities) {
      const card = page
        .getByRole("listitem")
        .filter({ hasText: title })
        .filter({ hasText: new RegExp(`Led by .?${lead.organization}`) });
      await poll(() => card.count()).toBe(1);
    }
    // The role matrix: each lead organisation under the role its activity plays.
    await page.getByRole("tab", { name: "Who does what" }).click();
    const matrix = page.getByRole("table");
    await poll(() => matrix.count()).toBe(1);
    for (const header of [
      "Documentation",
      "Advocacy",
      documenter.organization,
      analyst.organization,
    ]) {
      await poll(() => matrix.getByText(header).count()).toBeGreaterThan(0);
    }
    await expectAccessible(page, "workplan, who does what");
  });

  it("takes the owner's report of progress and moves the chart", async () => {
    const page = await pageFor(documenter, 1280);
    await page.goto(`${server.url}${campaignPath}/objectives`);
    await page.getByRole("button", { name: "Report progress" }).click();
    await page.getByLabel("Value (licences)").fill("3");
    await page.getByLabel("Measured on").fill(day(0));
    await page.getByRole("button", { name: "Save the reading" }).click();
    await poll(() => page.getByText("Reading saved.").count()).toBe(1);
    await poll(() =>
      page
        .getByRole("img", {
          name: /^Progress of .Export licences are suspended.: latest reading 3 licences/,
        })
        .count(),
    ).toBe(1);
    await shot(page, "campaign-objective-progress");
  });

  it("takes a pledge of staff days from a member organisation", async () => {
    const page = await pageFor(documenter, 1280);
    await page.goto(`${server.url}${campaignPath}/resources`);
    await page.getByRole("button", { name: "Pledge", exact: true }).click();
    await page
      .getByRole("combobox", { name: "Organisation" })
      .selectOption({ label: documenter.organization });
    await page.getByRole("radio", { name: "Staff days" }).check();
    await page.getByRole("textbox", { name: "Number of staff days" }).fill("20");
    await page.getByRole("button", { name: "Add the pledge" }).click();
    await poll(() => page.getByRole("status").filter({ hasText: "Pledge added" }).count()).toBe(1);
    await poll(() => page.getByText("0 of 20 staff days arrived").count()).toBe(1);
    await expectAccessible(page, "resources with a pledge");
  });

  it("shows the same pages in Arabic at phone width, whole and accessible", async () => {
    const page = await pageFor(documenter, 375, "ar");
    for (const part of ["objectives", "stakeholders", "workplan", "resources"]) {
      await page.goto(`${server.url}${campaignPath}/${part}`);
      await poll(() => page.locator("html").getAttribute("dir")).toBe("rtl");
      await poll(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
      await page.waitForLoadState("networkidle");
      expect(await horizontalOverflow(page), part).toBeNull();
      await expectAccessible(page, `${part} in Arabic at phone width`);
      await shot(page, `campaign-${part}-ar-375`);
    }
  });
});
