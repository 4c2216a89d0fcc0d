import { createHash } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pngBytes } from "../server/test/org-helpers.ts";
import type { ApiClient } from "./api-client.ts";
import {
  type JourneyPerson,
  poll,
  shot,
  signedInPage,
  withOrganization,
} from "./journey-people.ts";
import { horizontalOverflow, launchBrowser } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import { type E2eServer, startServer } from "./server.ts";

type Person = JourneyPerson;

const monitor: Person = {
  email: "huda@child-monitor.example",
  password: "monitor passphrase, long enough",
  name: "Huda al-Ansi",
  organization: "Yemen Child Rights Monitor",
  profile: { types: ["human_rights"], level: "national", countries: ["YE"] },
};
const litigator: Person = {
  email: "karim@geneva-litigation.example",
  password: "litigator passphrase, long enough",
  name: "كريم الشامي",
  organization: "Geneva Strategic Litigation Bureau",
  profile: { types: ["legal_aid"], level: "international", countries: ["CH", "YE"] },
};

/*
 * Sharing a record under an agreement, as the seeds describe it: a monitoring group records an
 * incident with a photo, agrees terms with a litigator (no exact places), records the consent
 * the agreement needs and shares the incident; the litigator, in Arabic on a phone, reads only
 * the fields agreed; the monitor sees that read in the record's audit, revokes the grant, and
 * the litigator can no longer find the record at all.
 */
describe("a record shared under an agreement, read by a partner, seen in the audit, revoked", () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const api = {} as Record<"monitor" | "litigator", ApiClient>;
  const orgs = {} as Record<keyof typeof api, string>;
  let recordPath = "";
  let agreementPath = "";
  const photo = pngBytes;

  const prepare = (person: Person) => withOrganization(server, person);

  const pageFor = (person: Person, width: number, locale = "en") =>
    signedInPage(browser, server, contexts, person, width, locale);

  const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

  beforeAll(async () => {
    server = await startServer();
    [api.monitor, orgs.monitor] = await prepare(monitor);
    [api.litigator, orgs.litigator] = await prepare(litigator);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("records an incident, kept to the monitor's organisation, and attaches a photo whose SHA-256 is shown", async () => {
    const page = await pageFor(monitor, 1280);
    await page.goto(`${server.url}/records/new?organizationId=${orgs.monitor}`);
    // Required fields carry a mark after their label ("Date *").
    await page.getByLabel(/^Date/).fill("2026-11-03");
    await page.getByRole("combobox", { name: /^Country/ }).click();
    await page.getByRole("option", { name: "Yemen", exact: true }).click();
    await page.getByLabel("Administrative area", { exact: true }).fill("Taiz");
    await page.getByLabel("Place, in words").fill("Road to the school, east of the market");
    await page.getByRole("combobox", { name: /^Violation types/ }).click();
    await page.getByRole("option", { name: "Attack on schools or hospitals" }).click();
    await page.keyboard.press("Escape");
    await page.getByLabel("Narrative in English").fill("A shell hit the school gate at 08:00.");
    // Restricted to the owner is what a new record starts as: the safe choice is made already.
    expect(await page.getByRole("radio", { name: "Restricted" }).isChecked()).toBe(true);
    await expectAccessible(page, "new incident form");
    await page.getByRole("button", { name: "Save the record" }).click();
    await poll(async () => new URL(page.url()).pathname).toMatch(/^\/records\/[0-9a-f-]{36}$/);
    recordPath = new URL(page.url()).pathname;
    await poll(() => page.getByText("Road to the school, east of the market").count()).toBe(1);

    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Attach a file" }).click();
    await (
      await chooser
    ).setFiles({ name: "school-gate.png", mimeType: "image/png", buffer: photo });
    const sha256 = createHash("sha256").update(photo).digest("hex");
    await poll(() => page.getByText(sha256).count()).toBe(1);
    await expectAccessible(page, "record page with its photo");
    await shot(page, "records-1-incident-with-photo");
  });

  it("agrees terms with the litigator, which leave out exact places, and the litigator accepts them in Arabic on a phone", async () => {
    const page = await pageFor(monitor, 1280);
    await page.goto(`${server.url}/agreements/new`);
    await page.getByRole("combobox", { name: /^Other parties/ }).fill(litigator.organization);
    await page.getByRole("option", { name: litigator.organization }).click();
    await page
      .getByRole("textbox", { name: /^Title/ })
      .fill("Evidence of attacks on schools for litigation");
    await page
      .getByRole("textbox", { name: /^Purpose/ })
      .fill("The Bureau prepares a submission on attacks on schools in Taiz.");
    await page.getByRole("checkbox", { name: "Incidents" }).check();
    const incident = page.getByRole("group", { name: "Incident" });
    for (const field of ["Date", "Country", "Violation types", "Narrative"]) {
      await incident.getByRole("checkbox", { name: field, exact: true }).check();
    }
    await expectAccessible(page, "agreement form");
    await page.getByRole("button", { name: "Propose the agreement" }).click();
    await poll(async () => new URL(page.url()).pathname).toMatch(/^\/agreements\/[0-9a-f-]{36}$/);
    agreementPath = new URL(page.url()).pathname;

    const karim = await pageFor(litigator, 375, "ar");
    await karim.goto(`${server.url}${agreementPath}`);
    await poll(() => karim.locator("html").getAttribute("dir")).toBe("rtl");
    await karim.getByRole("button", { name: new RegExp(litigator.organization) }).click();
    await poll(() => karim.getByText("نافذ", { exact: false }).count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(karim)).toBeNull();
    await expectAccessible(karim, "agreement, ar, 375 px");
    await shot(karim, "records-2-agreement-ar-375");
  });

  it("shares the incident once the consent the agreement needs is recorded", async () => {
    const page = await pageFor(monitor, 1280);
    await page.goto(`${server.url}${recordPath}`);
    await page.getByLabel("Use", { exact: true }).selectOption("named_partners");
    await page.getByRole("radio", { name: "Given" }).check();
    await page.getByLabel("Given or refused by").fill("The head teacher, in writing");
    await page.getByRole("button", { name: "Record consent" }).click();
    await poll(() => page.getByText(/recorded: Given/).count()).toBe(1);

    await page.getByRole("combobox", { name: /^Agreement/ }).selectOption({ index: 1 });
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await poll(() => page.getByRole("button", { name: /^Revoke the grant to/ }).count()).toBe(1);
    await expectAccessible(page, "record shared with the litigator");
    await shot(page, "records-3-shared");
  });

  it("lets the litigator read only the agreed fields, in Arabic on a phone, and the monitor sees that read", async () => {
    const karim = await pageFor(litigator, 375, "ar");
    await karim.goto(`${server.url}${recordPath}`);
    await poll(() => karim.getByText("A shell hit the school gate at 08:00.").count()).toBe(1);
    // No exact place: the field is absent, not blank, and no file is offered.
    expect(await karim.getByText("Road to the school").count()).toBe(0);
    expect(await karim.getByText("school-gate.png").count()).toBe(0);
    expect(await horizontalOverflow(karim)).toBeNull();
    await expectAccessible(karim, "record read by the partner, ar, 375 px");
    await shot(karim, "records-4-partner-view-ar-375");

    const page = await pageFor(monitor, 375, "ar");
    await page.goto(`${server.url}${recordPath}/audit`);
    await poll(() => page.getByText(litigator.organization).count()).toBeGreaterThan(0);
    expect(await horizontalOverflow(page)).toBeNull();
    await expectAccessible(page, "record audit, ar, 375 px");
    await shot(page, "records-5-audit-ar-375");
  });

  it("revokes the grant, after which the litigator cannot find the record at all", async () => {
    const page = await pageFor(monitor, 1280);
    await page.goto(`${server.url}${recordPath}`);
    await page.getByRole("button", { name: /^Revoke the grant to/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke the grant" }).click();
    await poll(() => page.getByText(/no longer has access to this record/).count()).toBe(1);

    const karim = await pageFor(litigator, 375, "ar");
    await karim.goto(`${server.url}${recordPath}`);
    await poll(async () => (await heading(karim)) ?? "").not.toBe("");
    // Asked once the page has drawn its answer: asked before, it would pass on a blank page.
    expect(await karim.getByText("A shell hit the school gate").count()).toBe(0);
    const refusal = await heading(karim);
    await expectAccessible(karim, "revoked record, ar, 375 px");
    await shot(karim, "records-6-revoked-ar-375");
    // Refused exactly as a record that does not exist.
    await karim.goto(`${server.url}/records/00000000-0000-7000-8000-000000000000`);
    await poll(async () => (await heading(karim)) ?? "").not.toBe("");
    expect(await heading(karim)).toBe(refusal);
  });
});
