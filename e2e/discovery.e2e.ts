import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDecisionRules } from "../shared/coalitions.ts";
import { createVerifiedUser } from "../server/modules/auth/users.ts";
import { apiAs, type ApiClient } from "./api-client.ts";
import { launchBrowser, signIn } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import { type E2eServer, startServer } from "./server.ts";

type Profile = {
  name: string;
  types: string[];
  level: string;
  countries: string[];
  issues: string[];
  capacities: string[];
  workingLanguages?: string[];
};

/** The searcher's organisation documents arms transfers in Yemen, but cannot litigate. */
const searcher: Profile = {
  name: "Yemen Arms Monitor",
  types: ["human_rights"],
  level: "national",
  countries: ["YE"],
  issues: ["arms_transfers"],
  capacities: ["documentation", "research"],
  workingLanguages: ["ar", "en"],
};
/** The clear first match: both wanted legal capacities, a new frame, local in Yemen. */
const faith: Profile = {
  name: "Sanaa Interfaith Justice Circle",
  types: ["faith_based"],
  level: "local",
  countries: ["YE"],
  issues: ["arms_transfers"],
  capacities: ["litigation", "un_mechanisms"],
  workingLanguages: ["ar"],
};
/** The only one with psychosocial support: the team needs it too. */
const women: Profile = {
  name: "Taiz Women's Support Network",
  types: ["womens_rights"],
  level: "local",
  countries: ["YE"],
  issues: ["gender_based_violence"],
  capacities: ["psychosocial_support"],
};
/** Litigates too, far from Yemen and without the shared issue: ranks below the first. */
const distant: Profile = {
  name: "Northern Litigation Clinic",
  types: ["legal_aid"],
  level: "international",
  countries: ["NO"],
  issues: ["fair_trial"],
  capacities: ["litigation"],
};

const password = "discovery journey passphrase";
const emailOf = (p: Profile) =>
  `${p.name
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")
    .replace(/\.$/, "")}@example.org`;

/** Names inside sentences are wrapped in Unicode isolates, so match around them. */
const named = (...parts: string[]) =>
  new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\u2068\u2069]*"));

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe("partner discovery", () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const ids = new Map<string, string>();
  const clients = new Map<string, ApiClient>();
  let host: ApiClient;
  let coalitionId = "";

  async function prepare(profile: Profile) {
    const email = emailOf(profile);
    await createVerifiedUser(
      { db: server.app.services.db, auth: server.app.services.auth },
      { email, password, name: `Owner of ${profile.name}` },
    );
    const client = await apiAs(server.url, email, password);
    const org = await client.POST("/api/v1/organizations", { body: profile });
    ids.set(profile.name, org.id);
    clients.set(profile.name, client);
    return client;
  }

  async function pageFor(width: number): Promise<Page> {
    const context = await browser.newContext({ locale: "en-GB", viewport: { width, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.url, emailOf(searcher), password);
    return page;
  }

  /** Empties a multi-select (Backspace drops the last pill) and picks each label in turn. */
  async function choose(page: Page, label: string, options: string[]) {
    const input = page.getByRole("combobox", { name: label, exact: true });
    await input.click();
    for (let i = 0; i < 8; i++) await input.press("Backspace");
    for (const option of options) {
      await input.fill(option);
      await page.getByRole("option", { name: option, exact: true }).click();
    }
    await input.press("Escape");
  }

  beforeAll(async () => {
    server = await startServer();
    host = await prepare(searcher);
    for (const profile of [faith, women, distant]) await prepare(profile);
    // The searcher's organisation convenes a coalition the team will be invited into.
    const coalition = await host.POST("/api/v1/coalitions", {
      body: {
        organizationId: ids.get(searcher.name) ?? "",
        name: "Yemen Arms Accountability Coalition",
        charter: {
          purpose: { original: "en", texts: { en: "End unlawful arms transfers to Yemen." } },
          decisionRules: defaultDecisionRules,
          collaborationLevel: "coordination",
        },
      },
    });
    coalitionId = coalition.id;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("describes a need, reads why the first match was suggested, builds a team and invites it into a coalition", async () => {
    const page = await pageFor(1280);
    // "Find partners for us" on the organisation's own page opens discovery for it.
    await page.goto(`${server.url}/organizations/${ids.get(searcher.name)}`);
    await page.getByRole("link", { name: "Find partners for us" }).click();
    await page.waitForURL(/\/discover\?organizationId=/);
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Find partners");
    await poll(() =>
      page.getByText(named("Filled in from the profile of ", searcher.name)).count(),
    ).toBe(1);
    await expectAccessible(page, "discovery, drafted need");

    // A few sentences in French fill in what they name: an issue, a capacity, a country.
    await page
      .getByLabel("Describe what you need, in any language")
      .fill("Transferts d'armes au Soudan : nous cherchons un partenaire pour le contentieux.");
    await page.getByRole("button", { name: "Fill in the form from this text" }).click();
    await poll(() =>
      page.getByRole("status").filter({ hasText: "filled in below" }).textContent(),
    ).toMatch(/^\d+ terms filled in below\.$/);
    // Each term chosen shows as a pill in its field. The profile's draft had neither Sudan nor
    // litigation; the lists the text named now hold what it named.
    const pill = (name: string) =>
      page.locator(".mantine-Pill-label", { hasText: new RegExp(`^${name}$`) }).count();
    await poll(() => pill("Sudan")).toBe(1);
    expect(await pill("Litigation")).toBe(1);
    expect(await pill("Yemen")).toBe(0);

    // The need: arms transfers in Yemen, wanting litigation, UN work and psychosocial support.
    await choose(page, "Issues", ["Arms transfers"]);
    await choose(page, "Capacities wanted", [
      "Litigation",
      "UN mechanisms engagement",
      "Psychosocial support",
    ]);
    await choose(page, "Countries", ["Yemen"]);
    await page.getByRole("button", { name: "Find partners", exact: true }).click();

    // The first match says why: what it brings, where it works, what it shares, its frame.
    const first = page.locator("ol > li").first();
    await poll(() => first.getByRole("heading", { level: 3 }).textContent()).toContain(faith.name);
    const why = (await first.getByTestId("match-explanation").textContent()) ?? "";
    const plain = why.replace(/[\u2068\u2069]/g, "");
    expect(plain).toContain("Brings litigation and UN mechanisms engagement");
    expect(plain).toContain("works in Yemen");
    expect(plain).toContain("shares “arms transfers”");
    expect(plain).toContain("faith-based, a frame you do not have yet");
    expect(plain).toContain("local organisation in Yemen");
    // Its score is shown in the six named parts.
    for (const part of [
      "Complementarity",
      "Common ground",
      "Reach",
      "Local leadership",
      "Fit",
      "Trust",
    ]) {
      expect(await first.getByText(part, { exact: true }).count()).toBe(1);
    }
    await expectAccessible(page, "discovery, explained matches");

    // Saved for the organisation's members, it reopens by its own address, results kept.
    await page.getByRole("textbox", { name: "Title of the need" }).fill("Legal partners for Yemen");
    await page.getByRole("button", { name: "Save this need" }).click();
    await page.waitForURL(/\/discover\?needId=[0-9a-f-]{36}$/);
    const savedAt = page.url();
    await poll(() => page.getByRole("link", { name: "Legal partners for Yemen" }).count()).toBe(1);
    expect(await first.getByTestId("match-explanation").count()).toBe(1);

    // The team covers every wanted capacity with the two Yemeni organisations.
    await page.getByRole("button", { name: "Build a team" }).click();
    const team = page.locator("section", { has: page.getByRole("heading", { name: "Team" }) });
    await poll(() => team.getByRole("heading", { level: 3 }).allTextContents()).toEqual(
      expect.arrayContaining([faith.name, women.name]),
    );
    // The women's network works in Yemen but on other issues than arms transfers: it covers
    // psychosocial support only weakly, and the page says so instead of "everything".
    await poll(() =>
      team
        .getByText(
          named("Covered only weakly by ", women.name, ": ", "psychosocial support", ". It works"),
        )
        .count(),
    ).toBe(1);
    await poll(() =>
      team.getByText("Everything wanted is covered, but some of it only weakly.").count(),
    ).toBe(1);
    expect(await team.getByText("Weak fit").count()).toBe(1);
    expect(await team.getByText(distant.name).count()).toBe(0);

    // Removing a member rebuilds the team and says what is left uncovered; starting again
    // brings it back.
    await team.getByRole("button", { name: `Remove ${women.name} from the team` }).click();
    await poll(() => team.getByText(/Still uncovered: .*psychosocial support/i).count()).toBe(1);
    await team.getByRole("button", { name: "Start the team again" }).click();
    await poll(() =>
      team.getByText("Everything wanted is covered, but some of it only weakly.").count(),
    ).toBe(1);
    await expectAccessible(page, "discovery, team");

    // One click invites the team into the coalition the searcher convenes.
    await poll(() =>
      team.getByRole("combobox", { name: "Coalition", exact: true }).inputValue(),
    ).toBe("Yemen Arms Accountability Coalition");
    await team.getByRole("button", { name: "Invite the team" }).click();
    await poll(() =>
      team.getByText(named("are invited into ", "Yemen Arms Accountability Coalition")).count(),
    ).toBe(1);

    // The coalition's members page lists both as invited.
    await team.getByRole("link", { name: "See the coalition's members" }).click();
    await page.waitForURL(new RegExp(`/coalitions/${coalitionId}/members$`));
    await poll(() => page.getByText("Invited, waiting for an answer").count()).toBe(1);
    for (const profile of [faith, women]) {
      const row = page.locator("li", { hasText: profile.name });
      await poll(() => row.getByText("Invited", { exact: true }).count()).toBe(1);
    }
    await expectAccessible(page, "coalition members with the invited team");

    // From the coalition's home, "What this coalition is missing" drafts a need for it.
    await page.goto(`${server.url}/coalitions/${coalitionId}`);
    await page.getByRole("link", { name: "What this coalition is missing" }).click();
    await page.waitForURL(new RegExp(`/discover\\?coalitionId=${coalitionId}`));
    await poll(() =>
      page
        .getByText(
          named("Filled in from what the members of ", "Yemen Arms Accountability Coalition"),
        )
        .count(),
    ).toBe(1);
    // Its charter names no scope yet, so the page says to set it there first.
    await poll(() => page.getByText(/charter names no issues or places yet/).count()).toBe(1);
    expect(
      await page.getByRole("link", { name: "Set the scope in the charter" }).getAttribute("href"),
    ).toBe(`/coalitions/${coalitionId}/charter`);
    await expectAccessible(page, "discovery for a coalition");

    // "Use the full form instead" in the new-coalition dialog keeps the team: the full form
    // says it will be invited, and starting the coalition invites both.
    await page.goto(savedAt);
    await poll(() => page.getByRole("link", { name: "Legal partners for Yemen" }).count()).toBe(1);
    await page.getByRole("button", { name: "Find partners", exact: true }).click();
    await poll(() => first.getByRole("heading", { level: 3 }).textContent()).toContain(faith.name);
    await page.getByRole("button", { name: "Build a team" }).click();
    await poll(() => team.getByRole("heading", { level: 3 }).allTextContents()).toEqual(
      expect.arrayContaining([faith.name, women.name]),
    );
    await team.getByRole("button", { name: "Start a new coalition with this team" }).click();
    const dialog = page.getByRole("dialog", { name: "Start a coalition and invite the team" });
    await dialog.getByRole("textbox", { name: "Name of the coalition" }).fill("Yemen Redress Team");
    await dialog
      .getByRole("textbox", { name: "Purpose" })
      .fill("Bring the arms transfer cases to court.");
    await expectAccessible(page, "discovery, new coalition dialog");
    await dialog.getByRole("link", { name: "Use the full form instead" }).click();
    await page.waitForURL(/\/coalitions\/new\?/);
    await poll(() =>
      page
        .getByText(
          "The 2 organisations of the team you built will be invited once the coalition starts.",
        )
        .count(),
    ).toBe(1);
    expect(await page.getByRole("textbox", { name: "Name of the coalition" }).inputValue()).toBe(
      "Yemen Redress Team",
    );
    await page.getByRole("button", { name: "Start the coalition" }).click();
    await page.waitForURL(/\/coalitions\/[0-9a-f-]{36}\/members$/);
    const redressId = /coalitions\/([0-9a-f-]{36})\/members/.exec(page.url())?.[1] ?? "";
    for (const profile of [faith, women]) {
      const row = page.locator("li", { hasText: profile.name });
      await poll(() => row.getByText("Invited", { exact: true }).count()).toBe(1);
    }
    const redress = await host.GET("/api/v1/coalitions/{id}", {
      params: { path: { id: redressId } },
    });
    expect(redress.name).toBe("Yemen Redress Team");
    expect(
      redress.members
        ?.filter((m) => m.status === "invited")
        .map((m) => m.organizationId)
        .sort(),
    ).toEqual([ids.get(faith.name), ids.get(women.name)].sort());

    // The saved need can be deleted, after a confirmation, from its own page.
    await page.goto(savedAt);
    await page.getByRole("button", { name: "Delete Legal partners for Yemen" }).click();
    await expectAccessible(page, "discovery, confirming a deletion");
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.waitForURL(/\/discover\?organizationId=/);
    await poll(() => page.getByText("Nothing saved yet.").count()).toBe(1);
    expect(await page.getByRole("link", { name: "Legal partners for Yemen" }).count()).toBe(0);

    const coalition = await host.GET("/api/v1/coalitions/{id}", {
      params: { path: { id: coalitionId } },
    });
    const statusOf = (name: string) =>
      coalition.members?.find((m) => m.organizationId === ids.get(name))?.status;
    expect(statusOf(faith.name)).toBe("invited");
    expect(statusOf(women.name)).toBe("invited");
    expect(statusOf(distant.name)).toBeUndefined();
  });

  it("shows the network of shared coalitions, with the searcher as the bridge between two groups", async () => {
    // Two coalitions the searcher convenes, each with one other active member: the searcher
    // is the only link between them.
    for (const [name, partner] of [
      ["Yemen Legal Network", faith],
      ["Taiz Support Circle", women],
    ] as const) {
      const coalition = await host.POST("/api/v1/coalitions", {
        body: {
          organizationId: ids.get(searcher.name) ?? "",
          name,
          charter: {
            purpose: { original: "en", texts: { en: `${name}: working together.` } },
            decisionRules: defaultDecisionRules,
            collaborationLevel: "information_sharing",
          },
        },
      });
      const partnerId = ids.get(partner.name) ?? "";
      await host.POST("/api/v1/coalitions/{id}/invitations", {
        params: { path: { id: coalition.id } },
        body: { organizationId: partnerId, role: "member" },
      });
      await clients
        .get(partner.name)
        ?.POST("/api/v1/coalitions/{id}/members/{organizationId}/{action}", {
          params: { path: { id: coalition.id, organizationId: partnerId, action: "accept" } },
          body: { namedPublicly: true },
        });
    }

    const page = await pageFor(1280);
    await page.goto(`${server.url}/dashboard`);
    await page.getByRole("navigation").getByRole("link", { name: "Network" }).click();
    await page.waitForURL(/\/network$/);
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Network");
    // While the layout runs the page says so; then the picture is drawn.
    await page.locator("[data-drawn]").waitFor({ state: "attached", timeout: 30_000 });
    const picture = page.getByTestId("network-canvas");
    expect(await picture.getAttribute("aria-label")).toMatch(
      /^Network picture: 3 organisations and 2 links\./,
    );

    // The searcher joins the two groups: it is the bridge, and the table says so.
    const bridges = page.locator("section", {
      has: page.getByRole("heading", { name: "Bridge organisations" }),
    });
    await poll(() => bridges.getByRole("row").allTextContents()).toEqual([
      expect.stringContaining("Organisation"),
      expect.stringContaining(searcher.name),
    ]);
    await expectAccessible(page, "network");

    // Selecting it from the table lists its two links, each through one coalition.
    await bridges.getByRole("button", { name: searcher.name }).click();
    const selected = page.locator("section", {
      has: page.getByRole("heading", { level: 2, name: searcher.name }),
    });
    await poll(() =>
      selected.getByRole("heading", { level: 3, name: "2 linked organisations" }).count(),
    ).toBe(1);
    for (const partner of [faith, women]) {
      await poll(() =>
        selected.getByRole("button", { name: new RegExp(`${partner.name}.*1 coalition`) }).count(),
      ).toBe(1);
    }
    expect(await selected.getByText("Bridge", { exact: true }).count()).toBe(1);
    expect(await selected.getByText("Mine", { exact: true }).count()).toBe(1);
    // Following a link moves the selection to the partner, linked only to the searcher.
    await selected.getByRole("button", { name: new RegExp(faith.name) }).click();
    const partner = page.locator("section", {
      has: page.getByRole("heading", { level: 2, name: faith.name }),
    });
    await poll(() =>
      partner.getByRole("heading", { level: 3, name: "1 linked organisation" }).count(),
    ).toBe(1);
    await expectAccessible(page, "network, one organisation selected");

    // Filtered by an issue only the searcher and the faith group share, the women's network
    // drops out; the searcher always stays on its own picture.
    await page.getByRole("combobox", { name: "Issue", exact: true }).selectOption({
      label: "— Arms transfers",
    });
    await poll(() => picture.getAttribute("aria-label")).toMatch(
      /^Network picture: 2 organisations and 1 link\./,
    );

    // Regions: the humanitarian groupings come first, then the UN M49 ones. All three work
    // in Yemen, in the Middle East and North Africa; none in West and Central Africa, where
    // only the searcher's own organisation stays.
    await page.getByRole("combobox", { name: "Issue", exact: true }).selectOption("");
    const region = page.getByRole("combobox", { name: "Region", exact: true });
    expect(
      await region
        .locator("optgroup")
        .evaluateAll((groups) => groups.map((g) => g.getAttribute("label"))),
    ).toEqual(["Humanitarian regions", "UN regions (M49)"]);
    await region.selectOption({ label: "Middle East and North Africa" });
    await poll(() => picture.getAttribute("aria-label")).toMatch(
      /^Network picture: 3 organisations and 2 links\./,
    );
    await region.selectOption({ label: "West and Central Africa" });
    await poll(() => picture.getAttribute("aria-label")).toMatch(
      /^Network picture: 1 organisation and 0 links\./,
    );
  });

  it("works on a phone, in Arabic, right to left", async () => {
    const context = await browser.newContext({
      locale: "ar",
      viewport: { width: 375, height: 800 },
    });
    contexts.push(context);
    await context.addInitScript(() => localStorage.setItem("cg.locale", "ar"));
    const page = await context.newPage();
    await signIn(page, server.url, emailOf(searcher), password);
    await page.goto(`${server.url}/discover?organizationId=${ids.get(searcher.name)}`);
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("البحث عن شركاء");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("rtl");
    await page.getByRole("button", { name: "ابحث عن شركاء", exact: true }).click();
    await poll(() => page.getByTestId("match-explanation").count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, "discovery in Arabic on a phone");

    // The network page too: right to left, nothing wider than the phone, axe-clean.
    await page.goto(`${server.url}/network`);
    await poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("الشبكة");
    await page.locator("[data-drawn]").waitFor({ state: "attached", timeout: 30_000 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await expectAccessible(page, "network in Arabic on a phone");
  });
});
