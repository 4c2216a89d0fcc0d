import ar from "../web/src/locales/ar/keys.json" with { type: "json" };
import en from "../web/src/locales/en/keys.json" with { type: "json" };
import es from "../web/src/locales/es/keys.json" with { type: "json" };
import fr from "../web/src/locales/fr/keys.json" with { type: "json" };
import { createHash } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pngBytes } from "../server/test/org-helpers.ts";
import type { ApiClient } from "./api-client.ts";
import { horizontalOverflow, launchBrowser } from "./browser.ts";
import {
  type OrganizationSecrets,
  type PersonWithKeys,
  setUpPersonKeys,
  startOrganizationKeys,
} from "./confidential-setup.ts";
import { expectAccessible } from "./expect-accessible.ts";
import {
  type JourneyPerson,
  poll,
  shot,
  signedInPage,
  withOrganization,
} from "./journey-people.ts";
import { type E2eServer, startServer } from "./server.ts";

const monitor: JourneyPerson = {
  email: "huda@child-monitor.example",
  password: "monitor passphrase, long enough",
  name: "Huda al-Ansi",
  organization: "Yemen Child Rights Monitor",
  profile: { types: ["human_rights"], level: "national", countries: ["YE"] },
};
const litigator: JourneyPerson = {
  email: "karim@geneva-litigation.example",
  password: "litigator passphrase, long enough",
  name: "كريم الشامي",
  organization: "Geneva Strategic Litigation Bureau",
  profile: { types: ["legal_aid"], level: "international", countries: ["CH", "YE"] },
};
/** Not the sign-in password: what each person's keys are wrapped under. */
const passphrase = "a long passphrase for the keys, not the password";
const narrative = "A shell hit the school gate at 08:00; the head teacher saw it.";
const place = "Road to the school, east of the market";

/**
 * Unlocks the person's keys on the keys page. The keys feature owns that page: if its labels
 * differ, this is the one place to change (e2e/keys.e2e.ts has the same steps).
 */
async function unlock(page: Page, baseUrl: string, then: string) {
  // The keys page sends the person back without a reload: a reload locks the keys again.
  await page.goto(`${baseUrl}/keys?${new URLSearchParams({ returnTo: then }).toString()}`);
  // The keys page's own words, in whichever of the four languages the page is in.
  const words = [en, fr, es, ar].map((l) => l.unlock);
  const either = (pick: (w: (typeof words)[number]) => string) =>
    new RegExp(`^(${words.map((w) => pick(w)).join("|")})( \\*)?$`);
  await page
    .getByLabel(either((w) => w.passphrase))
    .first()
    .fill(passphrase);
  await page
    .getByRole("button", { name: either((w) => w.submit) })
    .first()
    .click();
  await poll(async () => {
    const url = new URL(page.url());
    return url.pathname + url.search;
  }).toBe(then);
}

/*
 * A confidential incident, end to end in the browser: the monitor's keys exist (made through
 * the API with shared/crypto, as the keys page would), the monitor records an incident with a
 * photo, which the browser encrypts; the photo decrypts and its SHA-256 is the original's; the
 * monitor shares the agreed fields with a litigator, who reads them in Arabic on a phone and
 * does not see the place, which the agreement leaves out. The server holds no plaintext.
 */
describe("a confidential incident recorded, shared under an agreement and read by the partner", () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const api = {} as Record<"monitor" | "litigator", ApiClient>;
  const orgs = {} as Record<keyof typeof api, string>;
  const keys = {} as Record<keyof typeof api, PersonWithKeys>;
  const secrets = {} as Record<keyof typeof api, OrganizationSecrets>;
  let recordPath = "";

  beforeAll(async () => {
    server = await startServer();
    [api.monitor, orgs.monitor] = await withOrganization(server, monitor);
    [api.litigator, orgs.litigator] = await withOrganization(server, litigator);
    for (const who of ["monitor", "litigator"] as const) {
      keys[who] = await setUpPersonKeys(api[who], passphrase);
      secrets[who] = await startOrganizationKeys(api[who], orgs[who], [keys[who]]);
    }
    const agreement = await api.monitor.POST("/api/v1/agreements", {
      body: {
        title: "Evidence of attacks on schools",
        purpose: "A submission on attacks on schools in Taiz.",
        dataCategories: ["incidents", "evidence"],
        fields: ["occurredOn", "country", "violationTypes", "narrative"],
        onwardRule: "none",
        retentionDays: 365,
        consentRequired: null,
        proposedBy: orgs.monitor,
        partyIds: [orgs.litigator],
      },
    });
    await api.litigator.POST("/api/v1/agreements/{id}/accept", {
      params: { path: { id: agreement.id } },
      body: { organizationId: orgs.litigator },
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("encrypts a new incident and its photo in the browser; the photo decrypts to the same bytes", async () => {
    const page = await signedInPage(browser, server, contexts, monitor, 1280);
    await page.goto(`${server.url}/confidential`);
    // Locked: nothing of the records, and the way to the keys page.
    await poll(() => page.getByRole("link", { name: "Unlock your keys" }).count()).toBe(1);
    await unlock(page, server.url, "/confidential/new");
    await page.getByLabel(/^Date/).fill("2026-11-03");
    await page.getByRole("combobox", { name: /^Country/ }).click();
    await page.getByRole("option", { name: "Yemen", exact: true }).click();
    await page.getByLabel("Place, in words").fill(place);
    await page.getByRole("combobox", { name: /^Violation types/ }).click();
    await page.getByRole("option", { name: "Attack on schools or hospitals" }).click();
    await page.keyboard.press("Escape");
    await page.getByLabel("Narrative in English").fill(narrative);
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choose files" }).click();
    await (
      await chooser
    ).setFiles({ name: "school-gate.png", mimeType: "image/png", buffer: pngBytes });
    await expectAccessible(page, "new confidential incident");
    await page.getByRole("button", { name: "Encrypt and save" }).click();
    await poll(async () => new URL(page.url()).pathname).toMatch(/^\/confidential\/[0-9a-f-]{36}$/);
    recordPath = new URL(page.url()).pathname;
    await poll(() => page.getByText(narrative).count()).toBe(1);

    await page.getByRole("button", { name: "Decrypt school-gate.png" }).click();
    const save = page.getByRole("link", { name: "Save the file: school-gate.png" });
    await poll(() => save.count()).toBe(1);
    const sha256 = createHash("sha256").update(pngBytes).digest("hex");
    expect(await page.getByText(sha256).count()).toBe(1);
    const download = page.waitForEvent("download");
    await save.click();
    const path = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    expect(Buffer.compare(await readFile(path), pngBytes)).toBe(0);
    await expectAccessible(page, "confidential incident with its photo");
    await shot(page, "confidential-1-incident");

    // The server keeps ciphertext only.
    const held = JSON.stringify(await api.monitor.GET("/api/v1/confidential-records"));
    for (const plain of [narrative, place, "school-gate", "2026-11-03"])
      expect(held).not.toContain(plain);
  });

  it("finds it by searching in the browser", async () => {
    const page = await signedInPage(browser, server, contexts, monitor, 1280);
    await unlock(page, server.url, `/confidential?q=${encodeURIComponent("SCHOOL gate")}`);
    await poll(() => page.getByText("1 of 1 opened records matches.").count()).toBe(1);
    await unlock(page, server.url, "/confidential?q=nothing-like-this");
    await poll(() => page.getByText("No opened record matches these filters.").count()).toBe(1);
  });

  it("shares the agreed fields with the litigator, who reads them in Arabic on a phone", async () => {
    const page = await signedInPage(browser, server, contexts, monitor, 1280);
    await unlock(page, server.url, recordPath);
    await page
      .getByRole("combobox", { name: /^Agreement/ })
      .selectOption({ label: "Evidence of attacks on schools (version 1)" });
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await poll(() => page.getByText(`Shared with ${litigator.organization}.`).count()).toBe(1);

    const karim = await signedInPage(browser, server, contexts, litigator, 375, "ar");
    await unlock(karim, server.url, "/confidential");
    await poll(() => karim.locator("html").getAttribute("dir")).toBe("rtl");
    await poll(() => karim.getByText("مشارَك معك").count()).toBe(1);
    await unlock(karim, server.url, recordPath);
    await poll(() => karim.getByText(narrative).count()).toBe(1);
    // The agreement leaves the place out: it was never sealed for the litigator.
    expect(await karim.getByText(place).count()).toBe(0);
    expect(await horizontalOverflow(karim)).toBeNull();
    await expectAccessible(karim, "shared confidential incident, ar, 375 px");
    await shot(karim, "confidential-2-shared-ar-375");

    // Key substitution: the server now presents another identity key for the litigator, which
    // this browser already knows. Sharing again is refused, saying why, and nothing is sent.
    const recordId = recordPath.split("/").at(-1)!;
    const grantsBefore = await api.monitor.GET("/api/v1/records/{id}/grants", {
      params: { path: { id: recordId } },
    });
    await page.route(`**/api/v1/organizations/${orgs.litigator}/keys`, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      const forged = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
      await route.fulfill({ response, json: { ...body, identityPublicKey: forged } });
    });
    await unlock(page, server.url, recordPath);
    await page
      .getByRole("combobox", { name: /^Agreement/ })
      .selectOption({ label: "Evidence of attacks on schools (version 1)" });
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await poll(() =>
      page
        .getByRole("alert")
        .filter({ hasText: `The server presented a different key for ${litigator.organization}` })
        .count(),
    ).toBe(1);
    await expectAccessible(page, "key substitution refused");
    await shot(page, "confidential-3-key-substitution-en");
    const grantsAfter = await api.monitor.GET("/api/v1/records/{id}/grants", {
      params: { path: { id: recordId } },
    });
    expect(grantsAfter.items).toHaveLength(grantsBefore.items.length);
  });
});
