import type { Page } from "playwright-core";
import { expect } from "vitest";
import type en from "../web/src/locales/en/keys.json";
import { expectAccessible } from "./expect-accessible.ts";

/*
 * The steps of the keys page as a person takes them, in the language the page is in: the
 * journeys that need keys (e2e/keys.e2e.ts, e2e/confidential.e2e.ts) make them here, through
 * the page, so a change of its labels is made in one place.
 */

/** The keys page's words in one language (web/src/locales/<lang>/keys.json). */
export type KeysWords = typeof en;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A field by its label; a required field's label ends with Mantine's asterisk. */
export const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${escape(label)}( \\*)?$`));
export const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });
/** The start of a sentence whose end names someone ("ختم المفتاح لـ{{name}}"). */
export const startOf = (sentence: string) =>
  new RegExp(`^${escape(sentence.split("{{")[0] ?? "")}`);
/** The safety numbers on the page: the person's own first, then each organisation's. */
export const safetyNumbers = (page: Page) => page.locator("code").allTextContents();

/**
 * Chooses a passphrase on the keys page and keeps the recovery key (nothing is saved before
 * the person says they kept it); answers the recovery key as shown.
 */
export async function setKeys(
  page: Page,
  words: KeysWords,
  passphrase: string,
  options: { finish?: string; label: string },
) {
  const finish = options.finish ?? words.recovery.finish;
  await field(page, words.choose.passphrase).fill(passphrase);
  await field(page, words.choose.repeat).fill(passphrase);
  await button(page, words.choose.continue).click();
  const shown = page.getByTestId("recovery-key");
  await shown.waitFor();
  expect(await button(page, finish).isDisabled()).toBe(true);
  await expectAccessible(page, `${options.label}: recovery key shown once`);
  const text = (await shown.textContent()) ?? "";
  await page.getByRole("checkbox", { name: words.recovery.kept }).check();
  await button(page, finish).click();
  await page.getByRole("heading", { name: words.unlocked.title }).waitFor();
  return text;
}

/** Unlocks on the keys page itself. */
export async function unlockKeys(page: Page, words: KeysWords, passphrase: string) {
  await field(page, words.unlock.passphrase).fill(passphrase);
  await button(page, words.unlock.submit).click();
  await page.getByRole("heading", { name: words.unlocked.title }).waitFor();
}

/** The card of one of the person's organisations on the keys page. */
export const organizationCard = (page: Page, organization: string) =>
  page.getByRole("article", { name: organization });

/** Starts an organisation's keys from its card (an owner or administrator, keys unlocked). */
export async function startOrganizationKeys(page: Page, words: KeysWords, organization: string) {
  const card = organizationCard(page, organization);
  await card.getByText(words.organizations.state.none).waitFor();
  await card.getByRole("button", { name: words.organizations.start }).click();
  await card.getByText(words.organizations.state.ready).waitFor();
}

/** Seals the organisation's key to the one member waiting, after seeing their number. */
export async function sealToWaitingMember(
  page: Page,
  words: KeysWords,
  organization: string,
  theirNumber: string,
) {
  const card = organizationCard(page, organization);
  await card.getByText(words.organizations.awaitingTitle).waitFor();
  // The number shown here is the very one the member reads out from their own page.
  expect(await card.getByText(theirNumber).count()).toBe(1);
  await card.getByRole("button", { name: startOf(words.organizations.sealTo) }).click();
  await expect
    .poll(() => card.getByText(words.organizations.awaitingTitle).count(), { timeout: 10_000 })
    .toBe(0);
}

/** Makes the organisation's next key after a member left. */
export async function makeNextKey(page: Page, words: KeysWords, organization: string) {
  const card = organizationCard(page, organization);
  await card.getByText(words.organizations.rotationTitle).waitFor();
  await card.getByRole("button", { name: words.organizations.rotate }).click();
  await card.getByText(words.organizations.state.ready).waitFor();
  expect(await card.getByText(words.organizations.rotationTitle).count()).toBe(0);
}
