/*
 * Whether a story's recorded consent covers a use, on a day. The one rule: the server asks it
 * before a story is attached to a message or a message is made public, and again on every read
 * to flag messages whose stories no longer may be told; the web asks it to say why before it
 * asks the server.
 *
 * - A withdrawn consent covers nothing, not even internal use.
 * - A consent covers nothing before the day it was given, nor after the day it runs until
 *   (that day included).
 * - Internal use is covered by any consent in force: agreeing to be told publicly includes
 *   agreeing to be read by the campaign's own people.
 * - Public use with the person's name needs consent to exactly that.
 * - Public anonymised use is covered by consent to anonymised use, or to named use: a person
 *   who agreed to be named has agreed to less being said about who they are.
 */
import type { StoryUse } from "./catalogue.ts";

/** The consent a story carries, as the database and the API keep it (ISO days). */
export type StoryConsent = {
  consentUses: readonly StoryUse[];
  consentGivenOn: string;
  consentUntil: string | null;
  withdrawnAt: Date | string | null;
};

/** Why a consent does not cover a use; the web translates each. */
export const consentProblems = [
  "withdrawn",
  "expired",
  "not_yet_given",
  "use_not_consented",
] as const;
export type ConsentProblem = (typeof consentProblems)[number];

/** The uses a consent to each use covers (see above). */
const coveredBy: Record<StoryUse, readonly StoryUse[]> = {
  internal: ["internal", "public_named", "public_anonymised"],
  public_named: ["public_named"],
  public_anonymised: ["public_anonymised", "public_named"],
};

/** Public uses: what a public message may tell a story for. */
export const isPublicUse = (use: StoryUse) => use !== "internal";

/** Why the consent does not cover the use on `today` (an ISO day), or null when it does. */
export function consentProblem(
  story: StoryConsent,
  use: StoryUse,
  today: string,
): ConsentProblem | null {
  if (story.withdrawnAt) return "withdrawn";
  if (story.consentGivenOn > today) return "not_yet_given";
  if (story.consentUntil !== null && story.consentUntil < today) return "expired";
  if (!coveredBy[use].some((given) => story.consentUses.includes(given))) {
    return "use_not_consented";
  }
  return null;
}

/** Whether the story's consent covers the use on `today` (an ISO day). */
export const consentCovers = (story: StoryConsent, use: StoryUse, today: string): boolean =>
  consentProblem(story, use, today) === null;

/** Where a consent stands on a day, for the story's summary. */
export const consentStates = ["in_force", "withdrawn", "expired", "not_yet_given"] as const;
export type ConsentState = (typeof consentStates)[number];
export function consentState(story: StoryConsent, today: string): ConsentState {
  const problem = consentProblem(story, "internal", today);
  return problem === null || problem === "use_not_consented" ? "in_force" : problem;
}
