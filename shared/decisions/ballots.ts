import { z } from "zod";
import { OptionId, type ProposalKind, type ProposalRules } from "./rules.ts";

/*
 * A ballot is one member organisation's current stance on a proposal: one organisation, one
 * voice. Changing stance replaces the ballot; observers have none. The shape depends on the
 * kind of proposal, and for ranked choice and time polls on the proposal's options and
 * slots, so the server checks a ballot with `parseBallot(rules, body)` and answers 422 when
 * it does not fit.
 */

export const consentStances = ["agree", "abstain", "object"] as const;
export const consensusStances = ["agree", "abstain", "disagree", "block"] as const;
export const voteStances = ["yes", "no", "abstain"] as const;
export const senseCheckStances = ["agree", "unsure", "disagree"] as const;
export const timePollAnswers = ["yes", "if_need_be", "no"] as const;

const Reason = z.string().trim().max(2000);

/**
 * An objection or a block stops the proposal, so the others must be told why: they can then
 * amend it. A reason made only of spaces is no reason.
 */
function requiresReason(stance: string, message: string) {
  return (ballot: { stance: string; reason?: string | undefined }, ctx: z.RefinementCtx) => {
    if (ballot.stance === stance && !ballot.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message });
    }
  };
}

export const ConsentBallot = z
  .object({ stance: z.enum(consentStances), reason: Reason.optional() })
  .strict()
  .superRefine(requiresReason("object", "An objection needs a reason"));
export type ConsentBallot = z.output<typeof ConsentBallot>;

export const ConsensusBallot = z
  .object({ stance: z.enum(consensusStances), reason: Reason.optional() })
  .strict()
  .superRefine(requiresReason("block", "A block needs a reason"));
export type ConsensusBallot = z.output<typeof ConsensusBallot>;

/** A vote in a majority or a supermajority. */
export const VoteBallot = z.object({ stance: z.enum(voteStances) }).strict();
export type VoteBallot = z.output<typeof VoteBallot>;

/** Options from most to least preferred; options left out are ranked below all the others. */
export const RankedChoiceBallot = z
  .object({ ranking: z.array(OptionId).min(1).max(20) })
  .strict()
  .superRefine((ballot, ctx) => {
    const seen = new Set<string>();
    (Array.isArray(ballot.ranking) ? ballot.ranking : []).forEach((option, index) => {
      if (seen.has(option)) {
        ctx.addIssue({ code: "custom", path: ["ranking", index], message: "is ranked twice" });
      }
      seen.add(option);
    });
  });
export type RankedChoiceBallot = z.output<typeof RankedChoiceBallot>;

export const SenseCheckBallot = z
  .object({ stance: z.enum(senseCheckStances), comment: Reason.optional() })
  .strict();
export type SenseCheckBallot = z.output<typeof SenseCheckBallot>;

/** An answer per slot; a slot left out is simply not answered. */
export const TimePollBallot = z
  .object({
    answers: z
      .record(z.string().max(64), z.enum(timePollAnswers))
      .refine((answers) => Object.keys(answers).length > 0, "Answer at least one slot")
      .refine((answers) => Object.keys(answers).length <= 30, "Too many answers"),
  })
  .strict();
export type TimePollBallot = z.output<typeof TimePollBallot>;

/** The ballot schema of each kind, before the proposal's own options and slots are checked. */
export const ballotSchemas = {
  consent: ConsentBallot,
  consensus: ConsensusBallot,
  majority: VoteBallot,
  supermajority: VoteBallot,
  ranked_choice: RankedChoiceBallot,
  sense_check: SenseCheckBallot,
  time_poll: TimePollBallot,
} as const satisfies Record<ProposalKind, z.ZodType>;

/** Any ballot of any kind; for documentation, since only the rules tell which one applies. */
export const Ballot = z.union([
  ConsentBallot,
  ConsensusBallot,
  VoteBallot,
  RankedChoiceBallot,
  SenseCheckBallot,
  TimePollBallot,
]);
export type BallotFor<K extends ProposalKind> = z.output<(typeof ballotSchemas)[K]>;
export type Ballot = BallotFor<ProposalKind>;

/** The complete schema of a ballot on a proposal with these rules. */
export function ballotSchema<R extends ProposalRules>(rules: R): z.ZodType<BallotFor<R["kind"]>>;
export function ballotSchema(rules: ProposalRules): z.ZodType<Ballot> {
  switch (rules.kind) {
    case "ranked_choice": {
      const options = new Set(rules.options);
      return RankedChoiceBallot.superRefine((ballot, ctx) => {
        (Array.isArray(ballot.ranking) ? ballot.ranking : []).forEach((option, index) => {
          if (!options.has(option)) {
            ctx.addIssue({
              code: "custom",
              path: ["ranking", index],
              message: "is not an option of this proposal",
            });
          }
        });
      });
    }
    case "time_poll": {
      const slots = new Set(rules.slots);
      return TimePollBallot.superRefine((ballot, ctx) => {
        for (const slot of Object.keys(ballot.answers ?? {})) {
          if (!slots.has(slot)) {
            ctx.addIssue({
              code: "custom",
              path: ["answers", slot],
              message: "is not a slot of this proposal",
            });
          }
        }
      });
    }
    default:
      return ballotSchemas[rules.kind];
  }
}

/** A field of the ballot (a dotted path inside it, "" for the ballot itself) and what is wrong. */
export type BallotIssue = { field: string; message: string };
export type ParsedBallot<B> = { ok: true; ballot: B } | { ok: false; issues: BallotIssue[] };

/**
 * Checks a ballot against the proposal's rules. Refusals list every failing field, unknown
 * fields one by one, so that the server can answer 422 with them.
 */
export function parseBallot<R extends ProposalRules>(
  rules: R,
  input: unknown,
): ParsedBallot<BallotFor<R["kind"]>> {
  if (!Object.hasOwn(ballotSchemas, rules.kind)) {
    return { ok: false, issues: [{ field: "", message: "Unknown kind of proposal" }] };
  }
  const result = ballotSchema(rules).safeParse(input);
  if (result.success) return { ok: true, ballot: result.data };
  const issues = result.error.issues.flatMap((issue): BallotIssue[] => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: [...path, key].join("."),
        message: "is not a field of this kind of ballot",
      }));
    }
    return [{ field: path.join("."), message: issue.message }];
  });
  return { ok: false, issues };
}
