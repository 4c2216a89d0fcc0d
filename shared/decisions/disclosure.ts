/**
 * The fewest stances an anonymous count is shown from while the proposal is open. With one
 * or two, an organisation that took part could take its own stance away and read the other's.
 */
export const smallestAnonymousCount = 3;

/** Why the count is not shown yet: hidden until closing, or anonymous and still too small. */
export const withheldReasons = ["until_close", "until_enough"] as const;
export type Withheld = (typeof withheldReasons)[number];

export type Disclosure = {
  /** The count (tallies, outcome so far or at closing). */
  count: boolean;
  /** How many organisations took a stance. */
  participation: boolean;
  /** Which organisation took which stance. */
  stances: boolean;
  /** Who took part, without their stance (anonymous proposals, after closing). */
  participants: boolean;
  /** Why the count is not shown, when it is not. */
  withheld: Withheld | null;
};

/**
 * What anyone may learn of a proposal's stances, the one rule the page, the API and the
 * notifications about a proposal follow (each organisation always sees its own stance).
 * Free of Zod, so pages import it cheaply.
 *
 * - Closed: the count and how many took part; who took which stance unless anonymous, and
 *   then only who took part.
 * - Open with hidden results: nothing about the others, not even how many answered, so
 *   neither the count nor its movement sways or singles out anyone.
 * - Open and anonymous: how many took part, and the count once it cannot single anyone
 *   out (at least `smallestAnonymousCount` stances); never who took which stance.
 * - Open otherwise: everything, named.
 */
export function disclosure(
  proposal: { open: boolean; hiddenResults: boolean; anonymous: boolean },
  participation: number,
): Disclosure {
  if (!proposal.open) {
    return {
      count: true,
      participation: true,
      stances: !proposal.anonymous,
      participants: proposal.anonymous,
      withheld: null,
    };
  }
  if (proposal.hiddenResults) {
    return {
      count: false,
      participation: false,
      stances: false,
      participants: false,
      withheld: "until_close",
    };
  }
  if (proposal.anonymous) {
    const enough = participation >= smallestAnonymousCount;
    return {
      count: enough,
      participation: true,
      stances: false,
      participants: false,
      withheld: enough ? null : "until_enough",
    };
  }
  return { count: true, participation: true, stances: true, participants: false, withheld: null };
}
