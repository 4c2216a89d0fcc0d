import ICAL from "ical.js";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVerifiedUser } from "../server/modules/auth/users.ts";
import { apiAs } from "./api-client.ts";
import { launchBrowser, signIn } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import { type E2eServer, startServer } from "./server.ts";

type Person = { email: string; password: string; name: string; organization: string };

const convener: Person = {
  email: "amani@sahel-legal.example",
  password: "convener passphrase, long enough",
  name: "Amani Diallo",
  organization: "Sahel Legal Network",
};
const delta: Person = {
  email: "bruno@delta-relief.example",
  password: "partner passphrase number one",
  name: "Bruno Costa",
  organization: "Delta Relief",
};
const mekong: Person = {
  email: "chen@mekong-rights.example",
  password: "partner passphrase number two",
  name: "Chen Wei",
  organization: "Mekong Rights Watch",
};

/** Names inside sentences are wrapped in Unicode isolates, so match around them. */
const named = (...parts: string[]) =>
  new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\u2068\u2069]*"));

/** Pages here wait on the API and on lazily loaded chunks: allow them a few seconds. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe("a coalition deciding by consent", () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** Each person is signed up and owns their organisation before the journey starts. */
  async function prepare(person: Person) {
    await createVerifiedUser(
      { db: server.app.services.db, auth: server.app.services.auth },
      { email: person.email, password: person.password, name: person.name },
    );
    const client = await apiAs(server.url, person.email, person.password);
    await client.POST("/api/v1/organizations", {
      body: { name: person.organization, types: ["human_rights"], level: "national" },
    });
  }

  async function pageFor(person: Person, width: number, timezoneId?: string): Promise<Page> {
    const context = await browser.newContext({
      locale: "en-GB",
      viewport: { width, height: 900 },
      timezoneId,
    });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.url, person.email, person.password);
    return page;
  }

  const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

  beforeAll(async () => {
    server = await startServer();
    for (const person of [convener, delta, mekong]) await prepare(person);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("creates a coalition, invites two organisations, and adopts a proposal after an objection is withdrawn, then plans a meeting that reaches the calendar feed", async () => {
    // The convener starts the coalition from the directory.
    // The convener works from Niamey (UTC+1 all year), so the meeting time crosses a zone.
    const host = await pageFor(convener, 1280, "Africa/Niamey");
    await host.goto(`${server.url}/coalitions`);
    await poll(() => heading(host)).toBe("Coalitions");
    await expectAccessible(host, "coalition directory");
    await host.getByRole("link", { name: "Start a coalition" }).first().click();
    await host.waitForURL(/\/coalitions\/new$/);
    await host
      .getByRole("textbox", { name: "Name of the coalition" })
      .fill("Sahel Detention Watch");
    await host
      .getByRole("textbox", { name: "Purpose in English" })
      .fill("Document and end arbitrary detention across the Sahel.");
    await host.getByRole("radio", { name: "Coordination" }).check();
    await expectAccessible(host, "new coalition form");
    await host.getByRole("button", { name: "Start the coalition" }).click();
    await host.waitForURL(/\/coalitions\/[0-9a-f-]{36}$/);
    const coalitionPath = new URL(host.url()).pathname;
    await poll(() => heading(host)).toBe("Sahel Detention Watch");
    await expectAccessible(host, "coalition home");

    // Two organisations are invited, each found through the directory.
    await host.getByRole("link", { name: "Manage membership" }).click();
    await host.waitForURL(/\/members$/);
    for (const partner of [delta, mekong]) {
      await host.getByRole("combobox", { name: "Organisation" }).fill(partner.organization);
      await host.getByRole("option", { name: partner.organization }).click();
      await host.getByRole("button", { name: "Send the invitation" }).click();
      await poll(() => host.getByText(named(partner.organization, " is invited.")).count()).toBe(1);
    }
    await poll(() => host.getByText("Invited, waiting for an answer").count()).toBe(1);
    await expectAccessible(host, "membership page with invitations");

    // Each partner accepts for its own organisation, on a phone, first saying whether it may
    // be named outside the coalition: Delta chooses not to be.
    const deltaPage = await pageFor(delta, 375);
    const mekongPage = await pageFor(mekong, 375);
    await deltaPage.goto(`${server.url}/coalitions`);
    await poll(() => deltaPage.getByText("Invited", { exact: true }).count()).toBe(1);
    expect(await deltaPage.getByText("My organisation is in it").count()).toBe(0);
    await expectAccessible(deltaPage, "coalition directory, invited");
    for (const [page, partner, named] of [
      [deltaPage, delta, false],
      [mekongPage, mekong, true],
    ] as const) {
      await page.goto(`${server.url}${coalitionPath}`);
      await poll(() => page.getByText("Invited to join as member.").count()).toBe(1);
      const yes = page.getByRole("radio", { name: "Yes, it may be named outside" });
      await poll(() => yes.isChecked()).toBe(true);
      await expectAccessible(page, `invitation of ${partner.organization}`);
      if (!named) {
        await page
          .getByRole("radio", { name: "No, only organisations inside see its name" })
          .check();
      }
      await page.getByRole("button", { name: "Accept the invitation" }).click();
      await poll(() => page.getByText("Member of the coalition.").count()).toBe(1);
      await poll(() =>
        page.getByRole("switch", { name: "May be named outside the coalition" }).isChecked(),
      ).toBe(named);
    }
    // Inside, Delta is still named, marked as not named outside.
    await poll(() => mekongPage.getByText("Not named outside").count()).toBe(1);

    // The convener puts a consent proposal.
    await host.goto(`${server.url}${coalitionPath}`);
    await host.getByRole("link", { name: "Start a proposal" }).click();
    await host.waitForURL(/\/proposals\/new$/);
    await host
      .getByRole("textbox", { name: "Title", exact: true })
      .fill("Publish the joint report on detention conditions");
    await poll(() => host.getByRole("radio", { name: "Consent" }).isChecked()).toBe(true);
    await expectAccessible(host, "new proposal form");
    // A joint statement is decided as the charter says: the form shows the rule, no chooser.
    await host.getByRole("radio", { name: "A joint statement" }).check();
    await poll(() =>
      host.getByText("The charter sets how joint statements are decided:").count(),
    ).toBe(1);
    await poll(() => host.getByText(/Adopted at closing if no objection stands/).count()).toBe(1);
    expect(await host.getByRole("radio", { name: "Consent" }).count()).toBe(0);
    await expectAccessible(host, "new proposal form, joint statement under the charter");
    await host.getByRole("radio", { name: "A general question" }).check();
    await poll(() => host.getByRole("radio", { name: "Consent" }).isChecked()).toBe(true);
    await host.getByRole("button", { name: "Open the proposal" }).click();
    await host.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
    const proposalPath = new URL(host.url()).pathname;
    await poll(() => heading(host)).toBe("Publish the joint report on detention conditions");
    await expectAccessible(host, "open proposal, convener");

    // Delta objects, with the reason a consent objection needs, then withdraws it.
    await deltaPage.goto(`${server.url}${proposalPath}`);
    await deltaPage.getByRole("radio", { name: "Object" }).check();
    await deltaPage.getByRole("button", { name: "Save our stance" }).click();
    await poll(() => deltaPage.getByText("Give a reason.").count()).toBe(1);
    await deltaPage
      .getByRole("textbox", { name: "Reason" })
      .fill("Naming the prisons could put our field staff at risk.");
    await deltaPage.getByRole("button", { name: "Save our stance" }).click();
    await poll(() =>
      deltaPage.getByText(named("Current stance of ", "Delta Relief", ": Object")).count(),
    ).toBe(1);
    // Only one of three has answered, so the count waits on the quorum; the stance is listed.
    await poll(() => deltaPage.getByText(/1 of 3 organisations took part/).count()).toBe(1);
    await poll(() =>
      deltaPage.getByText("Naming the prisons could put our field staff at risk.").count(),
    ).toBeGreaterThanOrEqual(2);
    await expectAccessible(deltaPage, "proposal with an objection");
    await deltaPage.getByRole("button", { name: "Withdraw the objection and consent" }).click();
    await poll(() =>
      deltaPage.getByText(named("Current stance of ", "Delta Relief", ": Agree")).count(),
    ).toBe(1);

    await mekongPage.goto(`${server.url}${proposalPath}`);
    await mekongPage.getByRole("radio", { name: "Agree" }).check();
    await mekongPage.getByRole("button", { name: "Save our stance" }).click();
    await poll(() =>
      mekongPage.getByText(named("Current stance of ", "Mekong Rights Watch", ": Agree")).count(),
    ).toBe(1);

    // The convener sees it would pass, closes it early and records the outcome.
    await host.reload();
    await poll(() => host.getByText("No objection stands.", { exact: true }).count()).toBe(1);
    await host.getByRole("button", { name: "Close now" }).click();
    await host.getByRole("dialog").getByRole("button", { name: "Close now" }).click();
    await poll(() =>
      host.getByText("No objection stood at closing.", { exact: true }).count(),
    ).toBe(1);
    await poll(() => host.getByText("Adopted", { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(host, "closed proposal, before the outcome");
    await host
      .getByRole("textbox", { name: "Outcome statement in English" })
      .fill("Adopted. The report is published on Monday without naming the prisons.");
    await host.getByRole("button", { name: "Record the outcome" }).click();
    await poll(() =>
      host
        .getByText("Adopted. The report is published on Monday without naming the prisons.")
        .count(),
    ).toBe(1);
    await expectAccessible(host, "proposal with its outcome");

    // The other members see the same result.
    await deltaPage.reload();
    await poll(() =>
      deltaPage.getByText("No objection stood at closing.", { exact: true }).count(),
    ).toBe(1);
    await expectAccessible(deltaPage, "closed proposal, member");

    // The convener plans the follow-up meeting at 10:00 Niamey time, ten days from now.
    const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await host.goto(`${server.url}${coalitionPath}`);
    await host.getByRole("link", { name: "Plan a meeting" }).click();
    await host.waitForURL(/\/meetings\/new$/);
    await host.getByRole("textbox", { name: "Title" }).fill("Launch of the detention report");
    await host.getByLabel("Start date").fill(day);
    await host.getByLabel("Start time").fill("10:00");
    await host.getByLabel("End date").fill(day);
    await host.getByLabel("End time").fill("11:30");
    await host.getByRole("textbox", { name: "Location" }).fill("Maison de la presse, Niamey");
    await expectAccessible(host, "new meeting form");
    await host.getByRole("button", { name: "Plan the meeting" }).click();
    await host.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
    await poll(() => heading(host)).toBe("Launch of the detention report");
    await expectAccessible(host, "meeting page");

    // A member sees it on the coalition home.
    await deltaPage.goto(`${server.url}${coalitionPath}`);
    await poll(() =>
      deltaPage.getByRole("link", { name: "Launch of the detention report" }).count(),
    ).toBe(1);

    // The coalition's calendar feed holds it at the right instant, as ical.js reads it.
    const feed = await deltaPage
      .context()
      .request.get(`${server.url}/api/v1${coalitionPath}/calendar.ics`);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
    const meeting = events.find((e) => e.summary === "Launch of the detention report");
    expect(meeting?.startDate.toJSDate().toISOString()).toBe(`${day}T09:00:00.000Z`);
    expect(meeting?.endDate.toJSDate().toISOString()).toBe(`${day}T10:30:00.000Z`);
    expect(meeting?.location).toBe("Maison de la presse, Niamey");
  });
});
