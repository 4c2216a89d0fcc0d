import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDecisionRules } from "../shared/coalitions.ts";
import { createVerifiedUser } from "../server/modules/auth/users.ts";
import { type ApiClient, apiAs, myOrganizationId } from "./api-client.ts";
import { launchBrowser, signIn } from "./browser.ts";
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
});
