import { z } from "zod";
import {
  consensusStances,
  consentStances,
  senseCheckStances,
  timePollAnswers,
  voteStances,
} from "./ballots.ts";
import { ThresholdBase, type ProposalKind } from "./rules.ts";

/*
 * What `evaluate` returns, as Zod schemas so that the server can declare them as responses.
 * Every result carries the counts, even without quorum: the coalition should see how far it
 * was from deciding. A result without quorum names no winner and no best slot.
 */

export const outcomes = [
  "adopted",
  "rejected",
  "blocked",
  "no_quorum",
  "elected",
  "tie",
  "no_outcome",
] as const;
export const Outcome = z.enum(outcomes);
export type Outcome = z.infer<typeof Outcome>;

const count = z.number().int().min(0);
const stanceTallies = <S extends string>(stances: readonly [S, ...S[]]) =>
  z.object(Object.fromEntries(stances.map((s) => [s, count])) as Record<S, typeof count>);

const common = {
  eligible: count.describe("Member organisations that could take a stance"),
  participation: count.describe("Organisations that took a stance, abstaining included"),
  quorumRequired: count.describe("Participation needed for the result to stand"),
  quorumMet: z.boolean(),
};

export const ConsentResult = z.object({
  kind: z.literal("consent"),
  outcome: z.enum(["adopted", "rejected", "no_quorum"]),
  ...common,
  tallies: stanceTallies(consentStances),
  objections: count,
});

export const ConsensusResult = z.object({
  kind: z.literal("consensus"),
  outcome: z.enum(["adopted", "rejected", "blocked", "no_quorum"]),
  ...common,
  tallies: stanceTallies(consensusStances),
  blocks: count,
});

const vote = {
  outcome: z.enum(["adopted", "rejected", "no_quorum"]),
  ...common,
  tallies: stanceTallies(voteStances),
  of: ThresholdBase,
  base: count.describe("Yes and no votes cast, or every eligible organisation"),
  required: count.describe("Yes votes needed for adoption"),
};

export const MajorityResult = z.object({ kind: z.literal("majority"), ...vote });

export const SupermajorityResult = z.object({
  kind: z.literal("supermajority"),
  ...vote,
  ratio: z
    .object({ numerator: count, denominator: z.number().int().min(1) })
    .describe("The threshold as the exact fraction it was compared as"),
});

/** How an elimination between options with equally few votes was decided. */
export const TieBreak = z.enum(["earlier_rounds", "listing_order"]);
export type TieBreak = z.infer<typeof TieBreak>;

export const RankedChoiceRound = z.object({
  counts: z.record(z.string(), count).describe("Votes of each continuing option"),
  continuing: count.describe("Ballots still ranking a continuing option"),
  exhausted: count.describe("Ballots whose ranked options have all been eliminated"),
  eliminated: z.string().optional(),
  tieBreak: TieBreak.optional(),
});
export type RankedChoiceRound = z.infer<typeof RankedChoiceRound>;

export const RankedChoiceResult = z.object({
  kind: z.literal("ranked_choice"),
  outcome: z.enum(["elected", "tie", "no_outcome", "no_quorum"]),
  ...common,
  tallies: z.record(z.string(), count).describe("First preferences of each option"),
  rounds: z.array(RankedChoiceRound),
  winner: z.string().nullable(),
});

export const SenseCheckResult = z.object({
  kind: z.literal("sense_check"),
  outcome: z.enum(["no_outcome", "no_quorum"]),
  ...common,
  tallies: stanceTallies(senseCheckStances),
});

export const SlotTally = stanceTallies(timePollAnswers);
export type SlotTally = z.infer<typeof SlotTally>;

export const TimePollResult = z.object({
  kind: z.literal("time_poll"),
  outcome: z.enum(["no_outcome", "no_quorum"]),
  ...common,
  tallies: z.record(z.string(), SlotTally).describe("Answers for each slot"),
  ranking: z.array(z.string()).describe("Slots from best to worst"),
  best: z.string().nullable(),
});

export const DecisionResult = z
  .discriminatedUnion("kind", [
    ConsentResult,
    ConsensusResult,
    MajorityResult,
    SupermajorityResult,
    RankedChoiceResult,
    SenseCheckResult,
    TimePollResult,
  ])
  .meta({ id: "DecisionResult" });
export type DecisionResult = z.infer<typeof DecisionResult>;
export type ResultFor<K extends ProposalKind> = Extract<DecisionResult, { kind: K }>;
