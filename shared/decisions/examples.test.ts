import { describe, expect, it } from "vitest";
import {
  ProposalRules,
  evaluate,
  type ProposalRulesInput,
  type RankedChoiceBallot,
  type RulesFor,
  type TimePollBallot,
  type VoteBallot,
} from "./index.ts";

/** Rules as the server stores them: parsed, defaults applied. */
function rules<const I extends ProposalRulesInput>(input: I) {
  return ProposalRules.parse(input) as RulesFor<I["kind"]>;
}

/** `n` copies of a ballot. */
const times = <B>(n: number, ballot: B): B[] => Array.from({ length: n }, () => ballot);

const votes = ({ yes = 0, no = 0, abstain = 0 }): VoteBallot[] => [
  ...times(yes, { stance: "yes" as const }),
  ...times(no, { stance: "no" as const }),
  ...times(abstain, { stance: "abstain" as const }),
];

const ranked = (n: number, ...ranking: string[]): RankedChoiceBallot[] => times(n, { ranking });

describe("quorum", () => {
  const consent = rules({ kind: "consent", quorum: 0.3 });

  it("needs ⌈quorum × eligible⌉ ballots, computed without floating-point error", () => {
    // 0.3 × 10 is 3.0000000000000004 in floating point; a naive ceil would ask for 4.
    expect(
      evaluate(consent, { eligible: 10, ballots: times(3, { stance: "agree" }) }),
    ).toMatchObject({ quorumRequired: 3, quorumMet: true, outcome: "adopted" });
    expect(
      evaluate(consent, { eligible: 10, ballots: times(2, { stance: "agree" }) }),
    ).toMatchObject({
      quorumRequired: 3,
      quorumMet: false,
      outcome: "no_quorum",
      tallies: { agree: 2 },
    });
  });

  it("rounds a fractional requirement up", () => {
    const third = rules({ kind: "majority", quorum: 1 / 3 });
    expect(evaluate(third, { eligible: 10, ballots: votes({ yes: 3 }) })).toMatchObject({
      quorumRequired: 4,
      outcome: "no_quorum",
    });
    const half = rules({ kind: "majority", quorum: 0.5 });
    expect(evaluate(half, { eligible: 7, ballots: votes({ yes: 4 }) })).toMatchObject({
      quorumRequired: 4,
      outcome: "adopted",
    });
  });

  it("counts abstentions as taking part", () => {
    const all = rules({ kind: "majority", quorum: 1 });
    const result = evaluate(all, { eligible: 3, ballots: votes({ yes: 1, abstain: 2 }) });
    expect(result).toMatchObject({ quorumMet: true, outcome: "adopted", base: 1 });
  });

  it("is always met with a quorum of 0, even with nobody eligible", () => {
    const none = rules({ kind: "consensus" });
    expect(evaluate(none, { eligible: 0, ballots: [] })).toMatchObject({
      quorumRequired: 0,
      quorumMet: true,
    });
  });
});

describe("consent", () => {
  const consent = rules({ kind: "consent" });

  it("adopts in silence: no ballot, no objection", () => {
    expect(evaluate(consent, { eligible: 5, ballots: [] }).outcome).toBe("adopted");
  });

  it("is stopped by one objection, and adopted once it is withdrawn", () => {
    const others = [...times(3, { stance: "agree" as const }), { stance: "abstain" as const }];
    const objecting = evaluate(consent, {
      eligible: 5,
      ballots: [...others, { stance: "object", reason: "Our partners were not consulted" }],
    });
    expect(objecting).toMatchObject({ outcome: "rejected", objections: 1, participation: 5 });
    // The objecting organisation changes its stance: its ballot is replaced.
    const withdrawn = evaluate(consent, {
      eligible: 5,
      ballots: [...others, { stance: "agree" }],
    });
    expect(withdrawn).toMatchObject({ outcome: "adopted", objections: 0 });
    expect(withdrawn.tallies).toEqual({ agree: 4, abstain: 1, object: 0 });
  });
});

describe("consensus", () => {
  const consensus = rules({ kind: "consensus" });

  it("is blocked by a single block, however many agree", () => {
    const result = evaluate(consensus, {
      eligible: 10,
      ballots: [...times(9, { stance: "agree" as const }), { stance: "block", reason: "Unsafe" }],
    });
    expect(result).toMatchObject({ outcome: "blocked", blocks: 1 });
  });

  it("needs more agreement than disagreement", () => {
    const agree = times(3, { stance: "agree" as const });
    const disagree = times(3, { stance: "disagree" as const });
    expect(evaluate(consensus, { eligible: 6, ballots: [...agree, ...disagree] }).outcome).toBe(
      "rejected",
    );
    expect(
      evaluate(consensus, { eligible: 6, ballots: [...agree, ...disagree.slice(1)] }).outcome,
    ).toBe("adopted");
    expect(evaluate(consensus, { eligible: 6, ballots: [{ stance: "abstain" }] }).outcome).toBe(
      "rejected",
    );
  });
});

describe("majority", () => {
  const majority = rules({ kind: "majority" });

  it("fails at exactly half and passes above it", () => {
    expect(evaluate(majority, { eligible: 4, ballots: votes({ yes: 2, no: 2 }) })).toMatchObject({
      outcome: "rejected",
      base: 4,
      required: 3,
    });
    expect(evaluate(majority, { eligible: 5, ballots: votes({ yes: 3, no: 2 }) }).outcome).toBe(
      "adopted",
    );
  });

  it("sets abstentions aside when counting votes cast", () => {
    const result = evaluate(majority, {
      eligible: 8,
      ballots: votes({ yes: 2, no: 1, abstain: 5 }),
    });
    expect(result).toMatchObject({ outcome: "adopted", base: 3, required: 2, of: "cast" });
  });

  it("counts silent and abstaining organisations against it when the base is eligible", () => {
    const ofEligible = rules({ kind: "majority", threshold: { of: "eligible" } });
    const half = votes({ yes: 5, abstain: 2 });
    expect(evaluate(ofEligible, { eligible: 10, ballots: half }).outcome).toBe("rejected");
    const more = votes({ yes: 6 });
    expect(evaluate(ofEligible, { eligible: 10, ballots: more })).toMatchObject({
      outcome: "adopted",
      base: 10,
    });
  });

  it("rejects a proposal nobody voted on", () => {
    expect(evaluate(majority, { eligible: 3, ballots: votes({ abstain: 3 }) }).outcome).toBe(
      "rejected",
    );
  });
});

describe("supermajority", () => {
  const twoThirds = rules({ kind: "supermajority", threshold: { ratio: 2 / 3, of: "cast" } });

  it("passes with 2 of 3 and fails with 1 of 2 at two thirds", () => {
    expect(evaluate(twoThirds, { eligible: 3, ballots: votes({ yes: 2, no: 1 }) })).toMatchObject({
      outcome: "adopted",
      required: 2,
      ratio: { numerator: 2, denominator: 3 },
    });
    expect(evaluate(twoThirds, { eligible: 2, ballots: votes({ yes: 1, no: 1 }) }).outcome).toBe(
      "rejected",
    );
    const result = evaluate(twoThirds, {
      eligible: 9,
      ballots: votes({ yes: 4, no: 2, abstain: 3 }),
    });
    expect(result).toMatchObject({ outcome: "adopted", base: 6, required: 4 });
  });

  it("compares exactly where floating point would misfire", () => {
    // 0.7 × 10 is 7.000000000000001: "yes >= ratio * base" would refuse 7 of 10.
    const seventy = rules({ kind: "supermajority", threshold: { ratio: 0.7 } });
    expect(evaluate(seventy, { eligible: 10, ballots: votes({ yes: 7, no: 3 }) })).toMatchObject({
      outcome: "adopted",
      required: 7,
    });
    expect(evaluate(seventy, { eligible: 10, ballots: votes({ yes: 6, no: 4 }) }).outcome).toBe(
      "rejected",
    );
  });

  it("counts non-voters as not yes when the base is eligible", () => {
    const ofEligible = rules({
      kind: "supermajority",
      threshold: { ratio: 2 / 3, of: "eligible" },
    });
    expect(evaluate(ofEligible, { eligible: 6, ballots: votes({ yes: 3 }) })).toMatchObject({
      outcome: "rejected",
      base: 6,
      required: 4,
    });
    expect(evaluate(ofEligible, { eligible: 6, ballots: votes({ yes: 4, no: 2 }) }).outcome).toBe(
      "adopted",
    );
  });

  it("needs every vote cast at a ratio of 1, and at least one yes", () => {
    const unanimity = rules({ kind: "supermajority", threshold: { ratio: 1 } });
    const yes3 = votes({ yes: 3, abstain: 1 });
    expect(evaluate(unanimity, { eligible: 4, ballots: yes3 }).outcome).toBe("adopted");
    const yes3no1 = votes({ yes: 3, no: 1 });
    expect(evaluate(unanimity, { eligible: 4, ballots: yes3no1 }).outcome).toBe("rejected");
    const abstaining = evaluate(twoThirds, { eligible: 4, ballots: votes({ abstain: 4 }) });
    expect(abstaining).toMatchObject({ outcome: "rejected", base: 0, required: 1 });
  });
});

describe("ranked choice", () => {
  it("can elect an option other than the plurality leader after transfers", () => {
    const irv = rules({ kind: "ranked_choice", options: ["A", "B", "C"] });
    const ballots = [...ranked(8, "A"), ...ranked(7, "B", "A"), ...ranked(6, "C", "B")];
    const result = evaluate(irv, { eligible: 21, ballots });
    expect(result.tallies).toEqual({ A: 8, B: 7, C: 6 });
    expect(result.rounds).toEqual([
      { counts: { A: 8, B: 7, C: 6 }, continuing: 21, exhausted: 0, eliminated: "C" },
      { counts: { A: 8, B: 13 }, continuing: 21, exhausted: 0 },
    ]);
    expect(result).toMatchObject({ outcome: "elected", winner: "B" });
  });

  it("elects in the first round with more than half of the first preferences", () => {
    const irv = rules({ kind: "ranked_choice", options: ["A", "B", "C"] });
    const ballots = [...ranked(3, "B", "C"), ...ranked(2, "A")];
    const result = evaluate(irv, { eligible: 5, ballots });
    expect(result).toMatchObject({ outcome: "elected", winner: "B" });
    expect(result.rounds).toHaveLength(1);
  });

  it("needs more than half of the ballots still counting, not of all ballots", () => {
    const irv = rules({ kind: "ranked_choice", options: ["A", "B", "C"] });
    const ballots = [...ranked(3, "A"), ...ranked(2, "B"), ...ranked(2, "C")];
    const result = evaluate(irv, { eligible: 7, ballots });
    // B and C tie at 2 in the only round so far: C, listed last, goes.
    expect(result.rounds[0]).toMatchObject({ eliminated: "C", tieBreak: "listing_order" });
    expect(result.rounds[1]).toEqual({ counts: { A: 3, B: 2 }, continuing: 5, exhausted: 2 });
    expect(result).toMatchObject({ outcome: "elected", winner: "A" });
  });

  it("breaks a tie for last place on earlier rounds before the listing order", () => {
    // D is listed before C, so the listing order alone would eliminate C.
    const irv = rules({ kind: "ranked_choice", options: ["A", "B", "D", "C", "E"] });
    const ballots = [
      ...ranked(5, "A"),
      ...ranked(4, "B"),
      ...ranked(3, "C", "A"),
      ...ranked(2, "D", "B"),
      ...ranked(1, "E", "D", "B"),
    ];
    const result = evaluate(irv, { eligible: 15, ballots });
    expect(result.rounds.map((r) => [r.eliminated, r.tieBreak])).toEqual([
      ["E", undefined],
      ["D", "earlier_rounds"], // C and D have 3 each; D had 2 to C's 3 in round 1
      ["C", undefined],
      [undefined, undefined],
    ]);
    expect(result.rounds[3]?.counts).toEqual({ A: 8, B: 7 });
    expect(result.winner).toBe("A");
  });

  it("ends in a tie when the last two options have equal votes", () => {
    const irv = rules({ kind: "ranked_choice", options: ["A", "B", "C"] });
    const ballots = [...ranked(2, "A"), ...ranked(2, "B"), ...ranked(1, "C")];
    const result = evaluate(irv, { eligible: 5, ballots });
    expect(result).toMatchObject({ outcome: "tie", winner: null });
    expect(result.rounds.at(-1)).toEqual({ counts: { A: 2, B: 2 }, continuing: 4, exhausted: 1 });
  });

  it("has no outcome without ballots, and names no winner without quorum", () => {
    const irv = rules({ kind: "ranked_choice", options: ["A", "B"], quorum: 0.5 });
    expect(evaluate(irv, { eligible: 0, ballots: [] })).toMatchObject({
      outcome: "no_outcome",
      winner: null,
      tallies: { A: 0, B: 0 },
    });
    const result = evaluate(irv, { eligible: 5, ballots: ranked(2, "A") });
    expect(result).toMatchObject({ outcome: "no_quorum", winner: null, tallies: { A: 2, B: 0 } });
  });
});

describe("sense check", () => {
  it("reports the mood and decides nothing", () => {
    const check = rules({ kind: "sense_check", quorum: 0.5 });
    const ballots = [{ stance: "agree" as const }, { stance: "unsure" as const, comment: "Cost?" }];
    expect(evaluate(check, { eligible: 4, ballots })).toMatchObject({
      outcome: "no_outcome",
      quorumMet: true,
      tallies: { agree: 1, unsure: 1, disagree: 0 },
    });
    expect(evaluate(check, { eligible: 5, ballots }).outcome).toBe("no_quorum");
  });
});

describe("time poll", () => {
  const [nine, ten, eleven] = [
    "2026-05-04T09:00:00Z",
    "2026-05-04T10:00:00Z",
    "2026-05-04T11:00:00Z",
  ];
  const poll = rules({ kind: "time_poll", slots: [ten, eleven, nine] });
  const answers = (a: TimePollBallot["answers"]): TimePollBallot => ({ answers: a });

  it("prefers most yes, then most yes or if need be, then the earliest slot", () => {
    const ballots = [
      answers({ [ten]: "yes", [eleven]: "yes", [nine]: "yes" }),
      answers({ [ten]: "yes", [eleven]: "yes", [nine]: "yes" }),
      answers({ [ten]: "no", [eleven]: "if_need_be", [nine]: "no" }),
    ];
    const result = evaluate(poll, { eligible: 3, ballots });
    expect(result).toMatchObject({ outcome: "no_outcome", best: eleven });
    expect(result.ranking).toEqual([eleven, nine, ten]);
    expect(result.tallies[eleven]).toEqual({ yes: 2, if_need_be: 1, no: 0 });
    const more = [...ballots, answers({ [ten]: "yes" })];
    expect(evaluate(poll, { eligible: 4, ballots: more }).best).toBe(ten);
  });

  it("compares instants, not strings, to find the earliest", () => {
    const early = "2026-05-04T10:00:00+02:00"; // 08:00 UTC
    const offsets = rules({ kind: "time_poll", slots: [nine, early] });
    const ballots = [answers({ [nine]: "if_need_be", [early]: "if_need_be" })];
    expect(evaluate(offsets, { eligible: 1, ballots }).best).toBe(early);
  });

  it("has no best slot when nobody answered or nobody can come", () => {
    expect(evaluate(poll, { eligible: 3, ballots: [] })).toMatchObject({
      best: null,
      ranking: [nine, ten, eleven],
    });
    const ballots = [answers({ [ten]: "no", [nine]: "no" })];
    expect(evaluate(poll, { eligible: 3, ballots }).best).toBeNull();
  });
});
