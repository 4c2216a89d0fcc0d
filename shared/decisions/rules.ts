import { z } from "zod";
import { isSimpleFraction, maxDenominator } from "./fractions.ts";

/** How a coalition decides on a proposal; fixed, with its parameters, when the proposal opens. */
export const proposalKinds = [
  "consent",
  "consensus",
  "majority",
  "supermajority",
  "ranked_choice",
  "sense_check",
  "time_poll",
] as const;
export const ProposalKind = z.enum(proposalKinds);
export type ProposalKind = z.infer<typeof ProposalKind>;

const simpleFraction = `must be a simple fraction such as 0.5, 2/3 or 0.75 (denominator at most ${maxDenominator})`;

/**
 * Share of the eligible organisations that must take part for the result to stand. Any
 * stance counts as taking part, abstaining included: an organisation that abstains has
 * still engaged with the proposal.
 */
export const Quorum = z
  .number()
  .min(0)
  .max(1)
  .refine(isSimpleFraction, simpleFraction)
  .describe("Share of eligible organisations that must take part (0 to 1); abstaining counts");

/**
 * What a threshold is a share of: the yes and no votes cast (abstentions set aside), or every
 * eligible organisation, so that staying silent or abstaining weighs like a no.
 */
export const ThresholdBase = z.enum(["cast", "eligible"]);
export type ThresholdBase = z.infer<typeof ThresholdBase>;

/** An option of a ranked-choice proposal, as ballots name it. */
export const OptionId = z
  .string()
  .min(1)
  .max(200)
  .regex(/\S/, "must not be blank")
  .describe("Option id");

/** A candidate meeting time: an ISO 8601 date-time with `Z` or an offset, so it is one instant. */
export const Slot = z.iso.datetime({ offset: true }).describe("ISO 8601 date-time");

/** Refuses a list naming the same thing twice, pointing at the second occurrence. */
function distinct<T>(key: (item: T) => unknown, message: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: "custom", path: [index], message });
      seen.add(k);
    });
  };
}

const quorum = { quorum: Quorum.default(0) };

export const ConsentRules = z.object({ kind: z.literal("consent"), ...quorum }).strict();
export const ConsensusRules = z.object({ kind: z.literal("consensus"), ...quorum }).strict();
export const SenseCheckRules = z.object({ kind: z.literal("sense_check"), ...quorum }).strict();

/** A majority is always "more than half"; only its base can be chosen. */
export const MajorityRules = z
  .object({
    kind: z.literal("majority"),
    ...quorum,
    threshold: z
      .object({ of: ThresholdBase.default("cast") })
      .strict()
      .default({ of: "cast" }),
  })
  .strict();

/**
 * "At least `ratio` of the base", e.g. 2/3: with 3 votes cast, 2 yes pass. A ratio of exactly
 * one half would be a majority with a different tie rule, so it is refused; 1 is unanimity.
 */
export const SupermajorityRules = z
  .object({
    kind: z.literal("supermajority"),
    ...quorum,
    threshold: z
      .object({
        ratio: z.number().gt(0.5).max(1).refine(isSimpleFraction, simpleFraction),
        of: ThresholdBase.default("cast"),
      })
      .strict(),
  })
  .strict();

/** Options in listing order; the order matters for the last tie-break of the count. */
export const RankedChoiceRules = z
  .object({
    kind: z.literal("ranked_choice"),
    ...quorum,
    options: z
      .array(OptionId)
      .min(2)
      .max(20)
      .superRefine(distinct((o) => o, "is listed twice")),
  })
  .strict();

/** Two spellings of the same instant (`Z` and `+00:00`) are the same slot, so they are refused. */
export const TimePollRules = z
  .object({
    kind: z.literal("time_poll"),
    ...quorum,
    slots: z
      .array(Slot)
      .min(1)
      .max(30)
      .superRefine(distinct((s) => Date.parse(s), "is the same time as an earlier slot")),
  })
  .strict();

export const ProposalRules = z.discriminatedUnion("kind", [
  ConsentRules,
  ConsensusRules,
  MajorityRules,
  SupermajorityRules,
  RankedChoiceRules,
  SenseCheckRules,
  TimePollRules,
]);
/** Rules as stored: defaults applied. */
export type ProposalRules = z.output<typeof ProposalRules>;
/** Rules as a client may send them: quorum and the threshold base may be left out. */
export type ProposalRulesInput = z.input<typeof ProposalRules>;
export type RulesFor<K extends ProposalKind> = Extract<ProposalRules, { kind: K }>;
