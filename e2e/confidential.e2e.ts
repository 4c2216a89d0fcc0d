import { createHash, randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  byteWindows,
  everyRowAsText,
  expectBlind,
  fileStoreBytes,
  pgliteDump,
} from "../server/test/server-blind.ts";
import ar from "../web/src/locales/ar/keys.json" with { type: "json" };
import en from "../web/src/locales/en/keys.json" with { type: "json" };
import es from "../web/src/locales/es/keys.json" with { type: "json" };
import fr from "../web/src/locales/fr/keys.json" with { type: "json" };
import type { ApiClient } from "./api-client.ts";
import { horizontalOverflow, launchBrowser } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import {
  type JourneyPerson,
  asColleague,
  poll,
  shot,
  signedInPage,
  withOrganization,
} from "./journey-people.ts";
import {
  type KeysWords,
  makeNextKey,
  safetyNumbers,
  sealToWaitingMember,
  setKeys,
  startOrganizationKeys,
} from "./keys-steps.ts";
import { type E2eServer, startServer } from "./server.ts";

const monitor: JourneyPerson = {
  email: "huda@child-monitor.example",
  password: "monitor passphrase, long enough",
  name: "Huda al-Ansi",
  organization: "Yemen Child Rights Monitor",
  profile: { types: ["human_rights"], level: "national", countries: ["YE"] },
};
const colleague: JourneyPerson = {
  email: "salem@child-monitor.example",
  password: "colleague passphrase, long enough",
  name: "Salem Bazara",
  organization: monitor.organization,
  profile: {},
};
const litigator: JourneyPerson = {
  email: "karim@geneva-litigation.example",
  password: "litigator passphrase, long enough",
  name: "كريم الشامي",
  organization: "Geneva Strategic Litigation Bureau",
  profile: { types: ["legal_aid"], level: "international", countries: ["CH", "YE"] },
};
/** Not the sign-in passwords: what each person's keys are wrapped under, chosen on the page. */
const passphrases = new Map<JourneyPerson, string>([
  [monitor, "amber lantern drifting over quiet harbours"],
  [colleague, "seven copper kettles hum before dawn"],
  [litigator, "granite owls guard the northern orchard"],
]);
const narrative = "A shell hit the school gate at 08:00; the head teacher saw it.";
const place = "Road to the school, east of the market";
const laterNarrative = "Two boys were taken from the bakery queue on Tuesday evening.";
/** What the server keeps in clear: a readable record's place, and its file. */
const control = "Readable control note 4be2";
const controlFile = Buffer.concat([Buffer.from("CONTROL-FILE-MARKER-8d1f"), randomBytes(2_000)]);

/**
 * Unlocks the person's keys on the keys page, which sends them back to `then` without a
 * reload (a reload locks the keys again). The page's words in any of the four languages.
 */
async function unlock(page: Page, baseUrl: string, then: string, passphrase: string) {
  await page.goto(`${baseUrl}/keys?${new URLSearchParams({ returnTo: then }).toString()}`);
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
 * A confidential incident, the whole way in the browser. Three people set passphrases on the
 * keys page: a monitor, a colleague in the same organisation and a litigator at a partner;
 * both organisations start their keys, and the monitor seals hers to the colleague after
 * comparing numbers. The monitor records an incident with a photo, which the browser
 * encrypts; the colleague reads it; the monitor shares the agreed fields with the litigator,
 * who reads them in Arabic on a phone. The server is then made to present another key for the
 * partner, and the browser refuses to share. The monitor contributes counts to statistics,
 * removes the colleague and makes the next key; the colleague cannot read a record made after.
 * Finally the server's database and file store are searched for every plaintext: none is there.
 */
describe("a confidential incident recorded, shared under an agreement and read by the partner", () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const api = {} as Record<"monitor" | "litigator", ApiClient>;
  const orgs = {} as Record<keyof typeof api, string>;
  let recordPath = "";
  let photo: Buffer;

  const pages = new Map<JourneyPerson, Page>();
  /**
   * The person's own browser, kept for the whole journey: what it remembers of others' keys
   * lives in its storage, as on their own phone. The litigator reads in Arabic at 375 px.
   */
  const browserOf = async (person: JourneyPerson) => {
    let page = pages.get(person);
    if (!page) {
      page =
        person === litigator
          ? await signedInPage(browser, server, contexts, person, 375, "ar")
          : await signedInPage(browser, server, contexts, person, 1280);
      pages.set(person, page);
    }
    return page;
  };
  const wordsOf = (person: JourneyPerson): KeysWords => (person === litigator ? ar : en);
  const keysPage = async (person: JourneyPerson) => {
    const page = await browserOf(person);
    await page.goto(`${server.url}/keys`);
    await page.getByRole("heading", { level: 1, name: wordsOf(person).title }).waitFor();
    return page;
  };
  const open = async (person: JourneyPerson, then: string) => {
    const page = await browserOf(person);
    await unlock(page, server.url, then, passphrases.get(person)!);
    return page;
  };

  beforeAll(async () => {
    server = await startServer();
    [api.monitor, orgs.monitor] = await withOrganization(server, monitor);
    [api.litigator, orgs.litigator] = await withOrganization(server, litigator);
    await asColleague(server, api.monitor, orgs.monitor, colleague);
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
    // The control for the search at the end: a readable record and file, kept in clear.
    const readable = await api.monitor.POST("/api/v1/records", {
      body: {
        kind: "incident",
        ownerOrganizationId: orgs.monitor,
        fields: {
          occurredOn: "2026-10-01",
          country: "YE",
          violationTypes: ["attack_on_schools_hospitals"],
          placeText: control,
        },
      } as never,
    });
    await api.monitor.POST("/api/v1/records/{id}/files", {
      params: { path: { id: readable.id }, query: { name: "control.bin" } },
      body: controlFile as never,
      bodySerializer: (body: unknown) => body,
      headers: { "content-type": "application/octet-stream" },
    });
    // A real photo whose every pixel is noise: no run of its bytes can appear by chance.
    photo = await sharp(randomBytes(160 * 160 * 3), {
      raw: { width: 160, height: 160, channels: 3 },
    })
      .png()
      .toBuffer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("sets each person's passphrase on the keys page, starts both organisations' keys and seals to the colleague", async () => {
    for (const person of [monitor, litigator]) {
      const page = await keysPage(person);
      await setKeys(page, wordsOf(person), passphrases.get(person)!, { label: person.name });
      await startOrganizationKeys(page, wordsOf(person), person.organization);
    }
    await expectAccessible(await browserOf(litigator), "keys started, ar, 375 px");
    await shot(await browserOf(litigator), "confidential-0-keys-ar-375");

    const salem = await keysPage(colleague);
    await setKeys(salem, en, passphrases.get(colleague)!, { label: colleague.name });
    await salem.getByText(en.organizations.notSealed).waitFor();
    const [salemNumber = ""] = await safetyNumbers(salem);

    const page = await keysPage(monitor);
    await open(monitor, "/keys");
    await sealToWaitingMember(page, en, monitor.organization, salemNumber);
  });

  it("encrypts a new incident and its photo in the browser; the photo decrypts to the same bytes", async () => {
    const page = await browserOf(monitor);
    await page.goto(`${server.url}/confidential`);
    // Locked (a page load locks the keys): nothing of the records, and the way to the keys page.
    await poll(() => page.getByRole("link", { name: "Unlock your keys" }).count()).toBe(1);
    await open(monitor, "/confidential/new");
    await page.getByLabel(/^Date/).fill("2026-11-03");
    await page.getByRole("combobox", { name: /^Country/ }).click();
    await page.getByRole("option", { name: "Yemen", exact: true }).click();
    await page.getByLabel("Place, in words").fill(place);
    await page.getByRole("combobox", { name: /^Violation types/ }).click();
    await page.getByRole("option", { name: "Attack on schools or hospitals" }).click();
    await page.keyboard.press("Escape");
    await page.getByLabel("Narrative in English").fill(narrative);
    // Off by default (those named, owners and admins): here the whole team works the case.
    await page.getByRole("checkbox", { name: "Everyone in the organisation may open it" }).check();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Choose files" }).click();
    await (
      await chooser
    ).setFiles({ name: "school-gate.png", mimeType: "image/png", buffer: photo });
    await expectAccessible(page, "new confidential incident");
    await page.getByRole("button", { name: "Encrypt and save" }).click();
    await poll(async () => new URL(page.url()).pathname).toMatch(/^\/confidential\/[0-9a-f-]{36}$/);
    recordPath = new URL(page.url()).pathname;
    await poll(() => page.getByText(narrative).count()).toBe(1);

    await page.getByRole("button", { name: "Decrypt school-gate.png" }).click();
    const save = page.getByRole("link", { name: "Save the file: school-gate.png" });
    await poll(() => save.count()).toBe(1);
    const sha256 = createHash("sha256").update(photo).digest("hex");
    expect(await page.getByText(sha256).count()).toBe(1);
    const download = page.waitForEvent("download");
    await save.click();
    expect(Buffer.compare(await readFile(await (await download).path()), photo)).toBe(0);
    await expectAccessible(page, "confidential incident with its photo");
    await shot(page, "confidential-1-incident");

    // The person concerned agreed to statistics: recorded beside the record, in the clear.
    await page.getByRole("combobox", { name: "Use" }).selectOption({ label: "Statistics" });
    await page.getByRole("radio", { name: "Given" }).check();
    await page.getByRole("button", { name: "Record consent" }).click();
    const history = page.getByRole("list", { name: "History of consent for Statistics" });
    await poll(() => history.getByText("Given").count()).toBe(1);
  });

  it("lets the colleague the key was sealed to read it, and finds it by searching in the browser", async () => {
    const salem = await open(colleague, recordPath);
    await poll(() => salem.getByText(narrative).count()).toBe(1);
    expect(await salem.getByText(place).count()).toBe(1);

    const page = await open(monitor, `/confidential?q=${encodeURIComponent("SCHOOL gate")}`);
    await poll(() => page.getByText("1 of 1 opened records matches.").count()).toBe(1);
    await open(monitor, "/confidential?q=nothing-like-this");
    await poll(() => page.getByText("No opened record matches these filters.").count()).toBe(1);
  });

  it("shares the agreed fields with the litigator, who reads them in Arabic on a phone; a substituted key is refused", async () => {
    const page = await open(monitor, recordPath);
    await page
      .getByRole("combobox", { name: /^Agreement/ })
      .selectOption({ label: "Evidence of attacks on schools (version 1)" });
    await page.getByRole("button", { name: "Share", exact: true }).click();
    await poll(() => page.getByText(`Shared with ${litigator.organization}.`).count()).toBe(1);

    const karim = await open(litigator, "/confidential");
    await poll(() => karim.locator("html").getAttribute("dir")).toBe("rtl");
    await poll(() => karim.getByText("مشارَك معك").count()).toBe(1);
    await open(litigator, recordPath);
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
    const keysUrl = `**/api/v1/organizations/${orgs.litigator}/keys`;
    await page.route(keysUrl, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      const forged = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
      await route.fulfill({ response, json: { ...body, identityPublicKey: forged } });
    });
    await open(monitor, recordPath);
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
    await page.unroute(keysUrl);
  });

  it("counts the consented incident in the browser and contributes the counts to statistics", async () => {
    const page = await open(monitor, "/confidential");
    const send = page.getByRole("button", { name: "Count 1 consented incident and send" });
    await poll(() => send.count()).toBe(1);
    // The organisation's own people see the counts unless the manager chooses otherwise.
    expect(
      await page.getByRole("radio", { name: "Your organisation's people only" }).isChecked(),
    ).toBe(true);
    await send.click();
    await poll(() => page.getByText("Counts from 1 incident sent.").count()).toBe(1);
    await expectAccessible(page, "confidential counts contributed");
    await shot(page, "confidential-4-counts-en");
    const contributed = await api.monitor.GET(
      "/api/v1/organizations/{id}/records/confidential-counts",
      { params: { path: { id: orgs.monitor } } },
    );
    expect(contributed.contribution).toMatchObject({
      audience: "organization",
      cells: 1,
      total: 1,
    });

    // French, the longest strings, on a phone: the list and the contribution fit at 375 px.
    await page.setViewportSize({ width: 375, height: 900 });
    await page.evaluate(() => localStorage.setItem("cg.locale", "fr"));
    await open(monitor, "/confidential");
    await poll(() =>
      page.getByRole("button", { name: /^Compter 1 incident consenti/ }).count(),
    ).toBe(1);
    expect(await horizontalOverflow(page)).toBeNull();
    await expectAccessible(page, "confidential list and counts, fr, 375 px");
    await shot(page, "confidential-5-counts-fr-375");
    await page.evaluate(() => localStorage.setItem("cg.locale", "en"));
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("removes the colleague, makes the next key, and the colleague cannot read a record made after", async () => {
    const page = await browserOf(monitor);
    await page.goto(`${server.url}/organizations/${orgs.monitor}/members`);
    await page.getByRole("button", { name: `Remove ${colleague.name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
    await poll(() => page.getByText(colleague.email).count()).toBe(0);

    await keysPage(monitor);
    await open(monitor, "/keys");
    await makeNextKey(page, en, monitor.organization);

    await open(monitor, "/confidential/new");
    await page.getByLabel(/^Date/).fill("2026-11-20");
    await page.getByRole("combobox", { name: /^Country/ }).click();
    await page.getByRole("option", { name: "Yemen", exact: true }).click();
    await page.getByRole("combobox", { name: /^Violation types/ }).click();
    await page.getByRole("option", { name: "Abduction" }).click();
    await page.keyboard.press("Escape");
    await page.getByLabel("Narrative in English").fill(laterNarrative);
    await page.getByRole("button", { name: "Encrypt and save" }).click();
    await poll(async () => new URL(page.url()).pathname).toMatch(/^\/confidential\/[0-9a-f-]{36}$/);
    const laterPath = new URL(page.url()).pathname;
    expect(laterPath).not.toBe(recordPath);
    await poll(() => page.getByText(laterNarrative).count()).toBe(1);
    const keys = await api.monitor.GET("/api/v1/organizations/{id}/keys", {
      params: { path: { id: orgs.monitor } },
    });
    expect(keys.currentEpoch).toBe(2);
    expect(keys.epochs.map((e) => e.epoch)).toContain(2);

    // The colleague's own browser, still signed in, with the keys it had: the newer record is
    // refused exactly like a record that does not exist, and the list holds nothing of it.
    const salem = await open(colleague, laterPath);
    await poll(() => salem.getByRole("heading", { name: "Record not found" }).count()).toBe(1);
    expect(await salem.getByText(laterNarrative).count()).toBe(0);
    await open(colleague, "/confidential");
    await poll(() => salem.getByRole("status").first().textContent()).toMatch(/^0 records opened/);
    expect(await salem.getByText(laterNarrative).count()).toBe(0);
  });

  it("leaves nothing the server can read: its database and file store hold no plaintext", async () => {
    const needles = [
      narrative,
      place,
      laterNarrative,
      "school-gate.png",
      createHash("sha256").update(photo).digest("hex"),
      ...byteWindows(photo, 512),
    ];
    const dir = await pgliteDump(server.pglite);
    expect(dir.length).toBeGreaterThan(1_000_000);
    expectBlind(dir, needles, "PGlite's data directory");
    expectBlind(
      await everyRowAsText(server.app.services.db),
      needles,
      "every row as text",
      control,
    );
    const store = fileStoreBytes(
      server.config.fileStore.kind === "local" ? server.config.fileStore.root : "",
    );
    expect(store.files).toBeGreaterThanOrEqual(2);
    expectBlind(store.bytes, needles, "the file store", "CONTROL-FILE-MARKER-8d1f");
  });
});
