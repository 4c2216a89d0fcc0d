import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ar from "../web/src/locales/ar/keys.json" with { type: "json" };
import type { ApiClient } from "./api-client.ts";
import { launchBrowser } from "./browser.ts";
import { expectAccessible } from "./expect-accessible.ts";
import {
  button,
  field,
  makeNextKey,
  safetyNumbers,
  sealToWaitingMember,
  setKeys as setKeysOnPage,
  startOf,
  startOrganizationKeys,
  unlockKeys,
} from "./keys-steps.ts";
import {
  type JourneyPerson,
  asColleague,
  poll,
  shot,
  signedInPage,
  withOrganization,
} from "./journey-people.ts";
import { type E2eServer, startServer } from "./server.ts";

const owner: JourneyPerson = {
  email: "huda@child-monitor.example",
  password: "monitor sign-in password, long enough",
  name: "هدى العنسي",
  organization: "Yemen Child Rights Monitor",
  profile: { types: ["human_rights"], level: "national", countries: ["YE"] },
};
const member: JourneyPerson = {
  email: "karim@child-monitor.example",
  password: "member sign-in password, long enough",
  name: "كريم الشامي",
  organization: owner.organization,
  profile: {},
};

const passphrases = {
  owner: "amber lantern drifting over quiet harbours",
  ownerNew: "violet ferries cross the silent bay",
  member: "seven copper kettles hum before dawn",
  memberReset: "granite owls guard the northern orchard",
};

/*
 * The keys for confidential records, in Arabic on a phone: an owner sets a passphrase and keeps
 * the recovery key shown once, locks, is refused a wrong passphrase, unlocks; loses the
 * passphrase and gets back in with the recovery key, choosing a new one; starts the
 * organisation's keys; a colleague sets keys, and the owner seals the organisation's key to
 * them after seeing the same safety number the colleague sees. When the colleague resets their
 * keys, the owner's browser refuses to seal to the new key until the owner accepts it.
 */
describe("keys for confidential records: passphrase, recovery key, organisation keys", () => {
  let server: E2eServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let recoveryKey = "";
  let memberNumber = "";
  let ownerApi: ApiClient;
  let organizationId = "";
  let memberId = "";

  const pages = new Map<JourneyPerson, Page>();
  /**
   * The person's keys page, loaded afresh (so locked) in the same browser each time: what the
   * browser remembers of others' keys lives in its storage, as it would on their own phone.
   */
  const keysPage = async (person: JourneyPerson) => {
    const page =
      pages.get(person) ?? (await signedInPage(browser, server, contexts, person, 375, "ar"));
    pages.set(person, page);
    await page.goto(`${server.url}/keys`);
    await poll(() => page.locator("html").getAttribute("dir")).toBe("rtl");
    await page.getByRole("heading", { level: 1, name: ar.title }).waitFor();
    return page;
  };

  const setKeys = (page: Page, passphrase: string, finish: string, label: string) =>
    setKeysOnPage(page, ar, passphrase, { finish, label });
  const unlock = (page: Page, passphrase: string) => unlockKeys(page, ar, passphrase);

  beforeAll(async () => {
    server = await startServer();
    [ownerApi, organizationId] = await withOrganization(server, owner);
    memberId = await asColleague(server, ownerApi, organizationId, member);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it("sets a passphrase, shows the recovery key once, locks, refuses a wrong passphrase and unlocks", async () => {
    const page = await keysPage(owner);
    await expectAccessible(page, "keys, none yet");
    await shot(page, "keys-1-none-ar-375");
    recoveryKey = await setKeys(page, passphrases.owner, ar.recovery.finish, "owner");
    expect(recoveryKey.replace(/\s/g, "")).toMatch(/^[0-9A-Z]{56}$/);
    await expectAccessible(page, "keys, unlocked");
    await shot(page, "keys-2-unlocked-ar-375");

    await button(page, ar.unlocked.lock).click();
    await field(page, ar.unlock.passphrase).fill("a passphrase that is not hers");
    await button(page, ar.unlock.submit).click();
    await page.getByText(ar.unlock.wrong).waitFor();
    await expectAccessible(page, "keys, wrong passphrase");
    await shot(page, "keys-3-wrong-ar-375");
    await unlock(page, passphrases.owner);

    // Unlocked keys live in the tab's memory only, and the recovery key is never shown again.
    await page.reload();
    await page.getByRole("heading", { name: ar.unlock.title }).waitFor();
    expect(await page.getByTestId("recovery-key").count()).toBe(0);
  });

  it("unlocks with the recovery key after a lost passphrase, and sets a new passphrase", async () => {
    const page = await keysPage(owner);
    await button(page, ar.unlock.lost).click();
    await field(page, ar.recover.key).fill("NOT-A-RECOVERY-KEY");
    await button(page, ar.recover.submit).click();
    await page.getByText(ar.recover.malformed).waitFor();
    await expectAccessible(page, "keys, recovery key mistyped");
    // Typed as a person copies it from paper: lower case, spaces instead of hyphens.
    await field(page, ar.recover.key).fill(recoveryKey.toLowerCase());
    await button(page, ar.recover.submit).click();
    await page.getByRole("heading", { name: ar.newPassphrase.title }).waitFor();
    await expectAccessible(page, "keys, new passphrase after recovery");
    await shot(page, "keys-4-recovered-ar-375");
    await field(page, ar.choose.passphrase).fill(passphrases.ownerNew);
    await field(page, ar.choose.repeat).fill(passphrases.ownerNew);
    await button(page, ar.newPassphrase.submit).click();
    await poll(() => page.getByRole("heading", { name: ar.newPassphrase.title }).count()).toBe(0);

    await button(page, ar.unlocked.lock).click();
    await field(page, ar.unlock.passphrase).fill(passphrases.owner);
    await button(page, ar.unlock.submit).click();
    await page.getByText(ar.unlock.wrong).waitFor();
    await unlock(page, passphrases.ownerNew);
  });

  it("starts the organisation's keys", async () => {
    const page = await keysPage(owner);
    await unlock(page, passphrases.ownerNew);
    await startOrganizationKeys(page, ar, owner.organization);
    const card = page.getByRole("article", { name: owner.organization });
    await card.getByText(ar.organizations.number).waitFor();
    await expectAccessible(page, "keys, organisation started");
    await shot(page, "keys-5-organisation-ar-375");
  });

  it("lets a colleague set keys, and the owner seals the organisation's key to them after comparing numbers", async () => {
    const karim = await keysPage(member);
    await setKeys(karim, passphrases.member, ar.recovery.finish, "member");
    await karim.getByText(ar.organizations.notSealed).waitFor();
    await expectAccessible(karim, "keys, member waiting for a seal");
    [memberNumber = ""] = await safetyNumbers(karim);

    const page = await keysPage(owner);
    await unlock(page, passphrases.ownerNew);
    const card = page.getByRole("article", { name: owner.organization });
    await card.getByText(ar.organizations.awaitingTitle).waitFor();
    await expectAccessible(page, "keys, a member awaiting");
    await shot(page, "keys-6-awaiting-ar-375");
    await sealToWaitingMember(page, ar, owner.organization, memberNumber);
    const organizationNumber = (await safetyNumbers(page))[1];

    await keysPage(member);
    await unlock(karim, passphrases.member);
    await karim.getByText(ar.organizations.state.ready).waitFor();
    expect(await karim.getByText(ar.organizations.notSealed).count()).toBe(0);
    expect(await safetyNumbers(karim)).toEqual([memberNumber, organizationNumber]);
    await expectAccessible(karim, "keys, member sealed");
  });

  it("refuses to seal to a colleague's changed key until the owner compares numbers and accepts it", async () => {
    const karim = await keysPage(member);
    await button(karim, ar.unlock.lost).click();
    await button(karim, ar.reset.open).click();
    await karim.getByText(ar.reset.warningTitle).waitFor();
    await expectAccessible(karim, "keys, reset warning");
    await shot(karim, "keys-7-reset-ar-375");
    await setKeys(karim, passphrases.memberReset, ar.recovery.finishReset, "member reset");
    await karim.getByText(ar.organizations.notSealed).waitFor();
    const [newNumber = ""] = await safetyNumbers(karim);
    expect(newNumber).not.toBe(memberNumber);

    const page = await keysPage(owner);
    await unlock(page, passphrases.ownerNew);
    const card = page.getByRole("article", { name: owner.organization });
    const warning = card.getByRole("alert").filter({ hasText: startOf(ar.change.personTitle) });
    await warning.waitFor();
    expect(await card.getByRole("button", { name: startOf(ar.organizations.sealTo) }).count()).toBe(
      0,
    );
    expect(await warning.getByText(memberNumber).count()).toBe(1);
    expect(await warning.getByText(newNumber).count()).toBe(1);
    await expectAccessible(page, "keys, a member's key changed");
    await shot(page, "keys-8-key-change-ar-375");
    await warning.getByRole("button", { name: ar.change.accept }).click();
    await card.getByRole("button", { name: startOf(ar.organizations.sealTo) }).click();
    await poll(() => card.getByText(ar.organizations.awaitingTitle).count()).toBe(0);
  });

  it("makes the next key after the colleague leaves, sealed to those who stay", async () => {
    await ownerApi.DELETE("/api/v1/organizations/{id}/members/{userId}", {
      params: { path: { id: organizationId, userId: memberId } },
    });
    const page = await keysPage(owner);
    await unlock(page, passphrases.ownerNew);
    const card = page.getByRole("article", { name: owner.organization });
    await card.getByText(ar.organizations.rotationTitle).waitFor();
    await expectAccessible(page, "keys, a member left");
    await shot(page, "keys-9-rotation-ar-375");
    await makeNextKey(page, ar, owner.organization);
    const keys = await ownerApi.GET("/api/v1/organizations/{id}/keys", {
      params: { path: { id: organizationId } },
    });
    expect(keys.currentEpoch).toBe(2);
    expect(keys.member?.seal?.epoch).toBe(2);
  });
});
