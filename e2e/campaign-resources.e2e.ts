import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../cli/seed/demo.ts";
import type { UiLocale } from "../shared/locales.ts";
import { apiAs } from "./api-client.ts";
import { horizontalOverflow, launchBrowser, seriousViolations, signIn } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import { type E2eServer, startServer } from "./server.ts";

/*
 * The demo's joint campaign (cli/seed/demo-campaign.ts): Claire's Arms Transparency Forum
 * Europe leads it, the Northern Lights Rights Fund (James and Lucía speak for it) is the fund
 * monitor, and Amina speaks for Maan li-Atfal al-Yaman, a member that documents in the field.
 */
const password = "common-ground-demo";
const amina = "amina@demo.common-ground.org";
const james = "james@demo.common-ground.org";
const claire = "claire@demo.common-ground.org";
const maan = "Maan li-Atfal al-Yaman";
const spentOn = "Translation of witness statements";

/** With E2E_SHOTS=dir, each step leaves a screenshot there for a person to look at. */
async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Pages here wait on the API and on lazily loaded chunks: allow them a few seconds. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe("a campaign's resources: a pledge, spending, and the fund monitor's confirmation", () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let resourcesPath = "";

  /** The person's saved language wins over the browser's, so it is set through the API. */
  async function speak(email: string, locale: UiLocale) {
    const client = await apiAs(server.url, email, password);
    await client.PATCH("/api/v1/me/preferences", { body: { locale } });
  }

  async function pageFor(email: string, width: number, locale: UiLocale = "en"): Promise<Page> {
    await speak(email, locale);
    const context = await browser.newContext({
      locale: locale === "en" ? "en-GB" : locale,
      viewport: { width, height: 900 },
    });
    await context.addInitScript((l) => localStorage.setItem("cg.locale", l), locale);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, server.url, email, password);
    await page.goto(`${server.url}${resourcesPath}`);
    await poll(() => page.locator("[data-fund-monitor]").count()).toBe(1);
    return page;
  }

  const card = (page: Page, heading: string): Locator =>
    page.locator("li").filter({ has: page.getByRole("heading", { name: heading, exact: true }) });
  const staffDaysTotal = (page: Page) =>
    page
      .getByRole("region", { name: "Staff days and in kind" })
      .locator("dd")
      .first()
      .textContent();

  beforeAll(async () => {
    server = await startServer();
    const demo = await seedDemo(server.app.services);
    resourcesPath = `/campaigns/${demo.campaign.campaignId}/resources`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("lets a member pledge staff days for its organisation and shows the new total", async () => {
    const page = await pageFor(amina, 1280);
    // The demo pledges 120 and 60 staff days, of which 45 and 20 have arrived.
    await poll(() => staffDaysTotal(page)).toBe("65 of 180 arrived");
    await expectAccessible(page, "resources page");
    await page.getByRole("button", { name: "Pledge", exact: true }).click();
    await page.getByRole("combobox", { name: "Organisation" }).selectOption({ label: maan });
    await page.getByRole("radio", { name: "Staff days" }).check();
    await page.getByRole("textbox", { name: "Number of staff days" }).fill("15");
    await expectAccessible(page, "pledge form");
    await page.getByRole("button", { name: "Add the pledge" }).click();
    await poll(() => page.getByRole("status").filter({ hasText: "Pledge added" }).count()).toBe(1);
    await poll(() => card(page, maan).getByText("0 of 15 staff days arrived").count()).toBe(1);
    await poll(() => staffDaysTotal(page)).toBe("65 of 195 arrived");
    await shot(page, "resources-pledged");
  });

  it("records spending for the member's organisation, awaiting the fund monitor", async () => {
    const page = await pageFor(amina, 375);
    await page.getByRole("button", { name: "Record spending" }).click();
    await page
      .getByRole("combobox", { name: "Organisation that spent" })
      .selectOption({ label: maan });
    await page
      .getByRole("combobox", { name: "Budget line" })
      .selectOption({ label: "Field documentation team (EUR)" });
    await page.getByRole("textbox", { name: "Amount in EUR" }).fill("1,250.50");
    await page.getByRole("textbox", { name: "What it paid for" }).fill(spentOn);
    await page.getByRole("textbox", { name: "Receipt" }).fill("INV-2026-052");
    await expectAccessible(page, "spending form at phone width");
    await page.getByRole("button", { name: "Record the spending" }).click();
    const entry = card(page, spentOn);
    await poll(() => entry.getByText("Awaiting confirmation").count()).toBe(1);
    await poll(() => entry.getByText("€1,250.50").count()).toBe(1);
    // Only the fund monitor confirms: the member sees no such button.
    expect(await entry.getByRole("button", { name: "Confirm" }).count()).toBe(0);
  });

  it("lets the fund monitor confirm the entry, and query another with a note", async () => {
    const page = await pageFor(james, 1280);
    await poll(() => page.locator("[data-fund-monitor]").textContent()).toBe(
      "Fund monitor: Northern Lights Rights Fund",
    );
    const entry = card(page, spentOn);
    await entry.getByRole("button", { name: "Confirm" }).click();
    const dialog = page.getByRole("dialog", { name: "Confirm this spending?" });
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await poll(() => entry.getByText("Confirmed", { exact: true }).count()).toBe(1);
    await poll(() =>
      page
        .getByRole("status")
        .filter({ hasText: `Spending confirmed: ${spentOn}.` })
        .count(),
    ).toBe(1);
    expect(await entry.getByRole("button", { name: "Confirm" }).count()).toBe(0);

    // The demo's newest entry still waits: the monitor asks about it instead.
    const filing = card(page, "Filing fees, judicial review");
    await filing.getByRole("button", { name: "Query" }).click();
    await filing
      .getByRole("textbox", { name: "Your question" })
      .fill("Which court issued the receipt?");
    await filing.getByRole("button", { name: "Send the query" }).click();
    await poll(() => filing.getByText("Queried", { exact: true }).count()).toBe(1);
    await poll(() => filing.getByText("Which court issued the receipt?").count()).toBe(1);
    await expectAccessible(page, "resources page as fund monitor");
    await shot(page, "resources-monitor");
  });

  it("fits a phone in French and in Arabic, with no serious accessibility finding", async () => {
    for (const [email, locale] of [
      [claire, "fr"],
      [amina, "ar"],
    ] as const) {
      const page = await pageFor(email, 375, locale);
      await poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await poll(() => page.locator("[data-spending-id]").count()).toBeGreaterThan(0);
      // Open a form too: its fields must fit as well.
      await page
        .locator("main button")
        .filter({ has: page.locator("svg") })
        .first()
        .click();
      expect(await horizontalOverflow(page), `${locale} at 375 px`).toBeNull();
      const violations = await seriousViolations(page);
      expect(violations.map((v) => `${locale}: ${v.id} ${v.help}`)).toEqual([]);
      await shot(page, `resources-${locale}-375`);
    }
  });
});
