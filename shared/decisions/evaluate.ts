import {
  ballotSchema,
  consensusStances,
  consentStances,
  senseCheckStances,
  timePollAnswers,
  voteStances,
  type Ballot,
  type BallotFor,
  type ConsensusBallot,
  type ConsentBallot,
  type RankedChoiceBallot,
  type SenseCheckBallot,
  type TimePollBallot,
  type VoteBallot,
} from "./ballots.ts";
import { ceilDiv, toFraction } from "./fractions.ts";
import { countRankedChoice } from "./ranked-choice.ts";
import type { DecisionResult, ResultFor, SlotTally } from "./results.ts";
import type { ProposalRules, RulesFor } from "./rules.ts";

/** The current stances of distinct eligible organisations at closing. */
export type EvaluationInput<B = Ballot> = {
  /** Member organisations that could take a stance. */
  eligible: number;
  ballots: readonly B[];
};

/**
 * The result of a proposal under its rules. Pure: the same rules and ballots give the same
 * result whatever the order of the ballots.
 *
 * Quorum comes first, for every kind: with fewer ballots than ⌈quorum × eligible⌉ the
 * outcome is "no_quorum" (the counts are still given). Ballots that `parseBallot` would
 * refuse for these rules are left out rather than thrown on, and `eligible` is raised to the
 * number of ballots counted if it is smaller, so that a stale count cannot push a share over
 * one.
 */
export function evaluate<R extends ProposalRules>(
  rules: R,
  input: EvaluationInput<BallotFor<R["kind"]>>,
): ResultFor<R["kind"]>;
export function evaluate(rules: ProposalRules, input: EvaluationInput): DecisionResult {
  const schema = ballotSchema(rules);
  const ballots = input.ballots.flatMap((ballot) => {
    const parsed = schema.safeParse(ballot);
    return parsed.success ? [parsed.data] : [];
  });
  const given = Number.isFinite(input.eligible) ? Math.max(0, Math.floor(input.eligible)) : 0;
  const eligible = Math.max(given, ballots.length);
  const quorumRequired = quorumFor(rules.quorum, eligible);
  const quorumMet = ballots.length >= quorumRequired;
  const common = { eligible, participation: ballots.length, quorumRequired, quorumMet };

  switch (rules.kind) {
    case "consent": {
      // Consent: adopted unless an objection stands. An organisation withdraws its objection
      // by changing its stance. Silence is consent: with quorum met and no ballot at all (a
      // quorum of 0), the proposal is adopted.
      const tallies = tally(consentStances, ballots as ConsentBallot[]);
      const outcome = !quorumMet ? "no_quorum" : tallies.object > 0 ? "rejected" : "adopted";
      return { kind: "consent", outcome, ...common, tallies, objections: tallies.object };
    }
    case "consensus": {
      // Consensus: a single block stops the proposal ("blocked"). Otherwise it needs more
      // agreement than disagreement (agree > disagree, abstentions set aside), so a tie, or
      // no stance at all, is "rejected": consensus is never reached by default.
      const tallies = tally(consensusStances, ballots as ConsensusBallot[]);
      const outcome = !quorumMet
        ? "no_quorum"
        : tallies.block > 0
          ? "blocked"
          : tallies.agree > tallies.disagree
            ? "adopted"
            : "rejected";
      return { kind: "consensus", outcome, ...common, tallies, blocks: tallies.block };
    }
    case "majority": {
      // More than half of the base, in integers: exactly half is not a majority.
      const tallies = tally(voteStances, ballots as VoteBallot[]);
      const of = rules.threshold?.of ?? "cast";
      const base = of === "cast" ? tallies.yes + tallies.no : eligible;
      const adopted = tallies.yes * 2 > base;
      const outcome = !quorumMet ? "no_quorum" : adopted ? "adopted" : "rejected";
      const required = Math.floor(base / 2) + 1;
      return { kind: "majority", outcome, ...common, tallies, of, base, required };
    }
    case "supermajority": {
      // At least ratio × base yes votes, compared as yes × denominator ≥ numerator × base.
      // At least one yes is always needed, so that a proposal nobody voted for (every
      // organisation abstaining, base 0) is not adopted.
      const tallies = tally(voteStances, ballots as VoteBallot[]);
      const of = rules.threshold.of ?? "cast";
      const base = of === "cast" ? tallies.yes + tallies.no : eligible;
      const ratio = toFraction(rules.threshold.ratio);
      const required = Math.max(1, ceilDiv(ratio.numerator * base, ratio.denominator));
      const outcome = !quorumMet ? "no_quorum" : tallies.yes >= required ? "adopted" : "rejected";
      return { kind: "supermajority", outcome, ...common, tallies, of, base, required, ratio };
    }
    case "ranked_choice": {
      const rankings = (ballots as RankedChoiceBallot[]).map((b) => b.ranking);
      const count = countRankedChoice(rules.options, rankings);
      const tallies = count.rounds[0]?.counts ?? {};
      return {
        kind: "ranked_choice",
        ...common,
        ...(quorumMet ? count : { ...count, outcome: "no_quorum", winner: null }),
        tallies,
      };
    }
    case "sense_check": {
      // A temperature check, not a decision: it never adopts anything.
      const tallies = tally(senseCheckStances, ballots as SenseCheckBallot[]);
      return {
        kind: "sense_check",
        outcome: quorumMet ? "no_outcome" : "no_quorum",
        ...common,
        tallies,
      };
    }
    case "time_poll": {
      const { tallies, ranking, best } = pollSlots(rules, ballots as TimePollBallot[]);
      const outcome = quorumMet ? "no_outcome" : "no_quorum";
      return {
        kind: "time_poll",
        outcome,
        ...common,
        tallies,
        ranking,
        best: quorumMet ? best : null,
      };
    }
  }
}

/** Ballots needed for quorum: ⌈quorum × eligible⌉ in exact arithmetic; a quorum of 0 needs none. */
export function quorumFor(quorum: number | undefined, eligible: number): number {
  const { numerator, denominator } = toFraction(quorum ?? 0);
  return ceilDiv(numerator * eligible, denominator);
}

function tally<S extends string>(stances: readonly S[], ballots: readonly { stance: S }[]) {
  const counts = Object.fromEntries(stances.map((s) => [s, 0])) as Record<S, number>;
  for (const { stance } of ballots) counts[stance]++;
  return counts;
}

/**
 * Slots from best to worst: most "yes", then most "yes" or "if need be" (the most
 * organisations able to come), then the earliest, so that the coalition meets sooner. The best
 * slot is the first, unless no organisation can come to any slot (or nobody answered): then
 * there is none.
 */
function pollSlots(rules: RulesFor<"time_poll">, ballots: readonly TimePollBallot[]) {
  const tallies = new Map<string, SlotTally>(
    rules.slots.map((slot) => [slot, { yes: 0, if_need_be: 0, no: 0 }]),
  );
  for (const { answers } of ballots) {
    for (const [slot, answer] of Object.entries(answers)) {
      const counts = tallies.get(slot);
      if (counts && timePollAnswers.includes(answer)) counts[answer]++;
    }
  }
  const ranking = [...tallies.keys()].sort((a, b) => {
    const x = tallies.get(a) as SlotTally;
    const y = tallies.get(b) as SlotTally;
    return (
      y.yes - x.yes ||
      y.yes + y.if_need_be - (x.yes + x.if_need_be) ||
      Date.parse(a) - Date.parse(b) ||
      rules.slots.indexOf(a) - rules.slots.indexOf(b)
    );
  });
  const top = ranking[0];
  const first = top === undefined ? undefined : tallies.get(top);
  const best = top !== undefined && first && first.yes + first.if_need_be > 0 ? top : null;
  return { tallies: Object.fromEntries(tallies), ranking, best };
}
