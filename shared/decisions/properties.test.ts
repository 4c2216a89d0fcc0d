import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DecisionResult,
  ProposalRules,
  evaluate,
  parseBallot,
  proposalKinds,
  toFraction,
  type Ballot,
  type ProposalKind,
  type RulesFor,
  type VoteBallot,
} from "./index.ts";

const fraction = fc
  .integer({ min: 1, max: 12 })
  .chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ n, d })));
const share = fraction.map(({ n, d }) => n / d);
const quorum = fc.oneof(fc.constant(0), share);
const ratio = fraction.filter(({ n, d }) => n * 2 > d);
const of = fc.constantFrom("cast" as const, "eligible" as const);
const options = fc.uniqueArray(fc.constantFrom(..."ABCDEFGH"), { minLength: 2, maxLength: 6 });
const start = Date.UTC(2026, 4, 4);
const slots = fc
  .uniqueArray(fc.integer({ min: 0, max: 72 }), { minLength: 1, maxLength: 6 })
  .map((hours) => hours.map((h) => new Date(start + h * 3_600_000).toISOString()));

/** Valid rules of a kind; parsing them also checks that the schema accepts them. */
function rulesOf(kind: ProposalKind): fc.Arbitrary<ProposalRules> {
  const parse = (input: unknown) => ProposalRules.parse(input);
  switch (kind) {
    case "majority":
      return fc
        .record({ quorum, of })
        .map((r) => parse({ kind, quorum: r.quorum, threshold: { of: r.of } }));
    case "supermajority":
      return fc
        .record({ quorum, ratio, of })
        .map((r) =>
          parse({ kind, quorum: r.quorum, threshold: { ratio: r.ratio.n / r.ratio.d, of: r.of } }),
        );
    case "ranked_choice":
      return fc.record({ quorum, options }).map((r) => parse({ kind, ...r }));
    case "time_poll":
      return fc.record({ quorum, slots }).map((r) => parse({ kind, ...r }));
    default:
      return quorum.map((q) => parse({ kind, quorum: q }));
  }
}

const reason = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== "");
const optionalText = (stances: readonly string[]) =>
  fc.record({ stance: fc.constantFrom(...stances), reason }, { requiredKeys: ["stance"] });

/** Ballots that fit the rules, in every allowed shape. */
function ballotOf(rules: ProposalRules): fc.Arbitrary<Ballot> {
  const any = (a: fc.Arbitrary<unknown>) => a as fc.Arbitrary<Ballot>;
  switch (rules.kind) {
    case "consent":
      return any(
        fc.oneof(
          optionalText(["agree", "abstain"]),
          fc.record({ stance: fc.constant("object"), reason }),
        ),
      );
    case "consensus":
      return any(
        fc.oneof(
          optionalText(["agree", "abstain", "disagree"]),
          fc.record({ stance: fc.constant("block"), reason }),
        ),
      );
    case "majority":
    case "supermajority":
      return any(fc.record({ stance: fc.constantFrom("yes", "no", "abstain") }));
    case "ranked_choice":
      return any(
        fc.shuffledSubarray(rules.options, { minLength: 1 }).map((ranking) => ({ ranking })),
      );
    case "sense_check":
      return any(
        fc.record(
          { stance: fc.constantFrom("agree", "unsure", "disagree"), comment: reason },
          { requiredKeys: ["stance"] },
        ),
      );
    case "time_poll":
      return any(
        fc
          .shuffledSubarray(rules.slots, { minLength: 1 })
          .chain((answered) =>
            fc.tuple(
              ...answered.map((slot) =>
                fc.constantFrom("yes", "if_need_be", "no").map((a) => [slot, a]),
              ),
            ),
          )
          .map((entries) => ({ answers: Object.fromEntries(entries) })),
      );
  }
}

type Scenario<R extends ProposalRules = ProposalRules> = {
  rules: R;
  eligible: number;
  ballots: Ballot[];
};

/** Rules of one of `kinds`, ballots that fit them, and some organisations that stayed silent. */
function scenario<K extends ProposalKind>(kinds: readonly K[], maxBallots = 25) {
  return fc
    .constantFrom(...kinds)
    .chain(rulesOf)
    .chain((rules) =>
      fc.record({
        rules: fc.constant(rules),
        ballots: fc.array(ballotOf(rules), { maxLength: maxBallots }),
        silent: fc.nat(6),
      }),
    )
    .map(({ rules, ballots, silent }) => ({
      rules: rules as RulesFor<K>,
      ballots,
      eligible: ballots.length + silent,
    })) satisfies fc.Arbitrary<Scenario<RulesFor<K>>>;
}

const any = scenario(proposalKinds);
const anyRules = fc.constantFrom(...proposalKinds).chain(rulesOf);
const run = ({ rules, eligible, ballots }: Scenario) => evaluate(rules, { eligible, ballots });

describe("every kind", () => {
  it("gives a result that fits its schema and reports participation and quorum", () => {
    fc.assert(
      fc.property(any, (s) => {
        const result = run(s);
        expect(DecisionResult.parse(result)).toEqual(result);
        expect(result.participation).toBe(s.ballots.length);
        // ⌈q × eligible⌉ checked with integers: required × d ≥ n × eligible > (required − 1) × d.
        const { numerator: n, denominator: d } = toFraction(s.rules.quorum);
        expect(result.quorumRequired * d).toBeGreaterThanOrEqual(n * s.eligible);
        expect((result.quorumRequired - 1) * d).toBeLessThan(n * s.eligible);
        expect(result.quorumMet).toBe(s.ballots.length >= result.quorumRequired);
        expect(result.outcome === "no_quorum").toBe(!result.quorumMet);
      }),
    );
  });

  it("does not depend on the order of the ballots", () => {
    const shuffled = any.chain((s) =>
      fc
        .shuffledSubarray(s.ballots, { minLength: s.ballots.length })
        .map((ballots) => [s, { ...s, ballots }] as const),
    );
    fc.assert(
      fc.property(shuffled, ([s, t]) => {
        expect(run(t)).toEqual(run(s));
      }),
    );
  });

  it("accepts every ballot that fits the rules", () => {
    const ballot = anyRules.chain((rules) => ballotOf(rules).map((b) => [rules, b] as const));
    fc.assert(
      fc.property(ballot, ([rules, b]) => {
        expect(parseBallot(rules, b)).toMatchObject({ ok: true });
      }),
    );
  });

  it("refuses a ballot with an unknown field, naming it", () => {
    const key = fc.string({ minLength: 1, maxLength: 10 }).filter((k) => /^[a-z_]+$/i.test(k));
    const ballot = anyRules.chain((rules) =>
      fc.tuple(
        fc.constant(rules),
        ballotOf(rules),
        key.filter((k) => !["stance", "reason", "comment", "ranking", "answers"].includes(k)),
      ),
    );
    fc.assert(
      fc.property(ballot, ([rules, b, k]) => {
        const result = parseBallot(rules, { ...b, [k]: "x" });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues.map((i) => i.field)).toContain(k);
      }),
    );
  });
});

describe("stance kinds", () => {
  it("adopts by consent exactly when no objection stands", () => {
    fc.assert(
      fc.property(scenario(["consent"]), (s) => {
        const result = run(s);
        fc.pre(result.quorumMet);
        const objects = s.ballots.some((b) => "stance" in b && b.stance === "object");
        expect(result.outcome).toBe(objects ? "rejected" : "adopted");
      }),
    );
  });

  it("blocks a consensus on any block, and otherwise adopts when agree outnumbers disagree", () => {
    fc.assert(
      fc.property(scenario(["consensus"]), (s) => {
        const result = run(s);
        fc.pre(result.quorumMet);
        const count = (stance: string) =>
          s.ballots.filter((b) => "stance" in b && b.stance === stance).length;
        const expected =
          count("block") > 0
            ? "blocked"
            : count("agree") > count("disagree")
              ? "adopted"
              : "rejected";
        expect(result.outcome).toBe(expected);
      }),
    );
  });

  it("never decides anything on a sense check", () => {
    fc.assert(
      fc.property(scenario(["sense_check"]), (s) => {
        const result = run(s);
        expect(result.outcome).toBe(result.quorumMet ? "no_outcome" : "no_quorum");
        expect(Object.values(result.tallies).reduce((a, b) => a + b, 0)).toBe(s.ballots.length);
      }),
    );
  });
});

describe("majority and supermajority", () => {
  const votes = scenario(["majority", "supermajority"]);
  const yes = (ballots: Ballot[]) =>
    (ballots as VoteBallot[]).filter((b) => b.stance === "yes").length;

  it("adopts exactly when yes reaches the threshold as an exact fraction", () => {
    fc.assert(
      fc.property(votes, (s) => {
        const result = evaluate(s.rules, { ...s, ballots: s.ballots as VoteBallot[] });
        fc.pre(result.quorumMet);
        const y = yes(s.ballots);
        const cast = y + (s.ballots as VoteBallot[]).filter((b) => b.stance === "no").length;
        const base = s.rules.threshold.of === "cast" ? cast : s.eligible;
        const adopted =
          s.rules.kind === "majority"
            ? y * 2 > base
            : y >= 1 &&
              y * toFraction(s.rules.threshold.ratio).denominator >=
                toFraction(s.rules.threshold.ratio).numerator * base;
        expect(result.outcome).toBe(adopted ? "adopted" : "rejected");
        expect(y >= result.required).toBe(adopted);
      }),
    );
  });

  it("never turns an adopted proposal down when an organisation votes yes or switches to yes", () => {
    const more = votes.chain((s) =>
      fc.record({ s: fc.constant(s), index: fc.nat(Math.max(0, s.ballots.length - 1)) }),
    );
    fc.assert(
      fc.property(more, ({ s, index }) => {
        // A silent organisation votes: the number of eligible organisations does not change.
        fc.pre(run(s).outcome === "adopted" && s.ballots.length < s.eligible);
        expect(run({ ...s, ballots: [...s.ballots, { stance: "yes" }] }).outcome).toBe("adopted");
        const switched = s.ballots.map((b, i) => (i === index ? { stance: "yes" as const } : b));
        expect(run({ ...s, ballots: switched }).outcome).toBe("adopted");
      }),
    );
  });
});

describe("ranked choice", () => {
  const irv = scenario(["ranked_choice"], 40);
  const rankings = (s: Scenario) => s.ballots.map((b) => (b as { ranking: string[] }).ranking);

  it("recounts each round from the ballots and eliminates one of the weakest options", () => {
    fc.assert(
      fc.property(irv, (s) => {
        const { rounds, outcome, winner, quorumMet } = run(s) as ReturnType<
          typeof evaluate<RulesFor<"ranked_choice">>
        >;
        const options = (s.rules as RulesFor<"ranked_choice">).options;
        expect(rounds.length).toBeGreaterThanOrEqual(1);
        expect(rounds.length).toBeLessThanOrEqual(options.length);
        let continuing = new Set(options);
        rounds.forEach((round, i) => {
          expect(new Set(Object.keys(round.counts))).toEqual(continuing);
          const recount = Object.fromEntries([...continuing].map((o) => [o, 0]));
          for (const ranking of rankings(s)) {
            const top = ranking.find((o) => continuing.has(o));
            if (top !== undefined) recount[top] = (recount[top] ?? 0) + 1;
          }
          expect(round.counts).toEqual(recount);
          expect(round.continuing + round.exhausted).toBe(s.ballots.length);
          const last = i === rounds.length - 1;
          expect(round.eliminated === undefined).toBe(last);
          if (round.eliminated !== undefined) {
            expect(round.counts[round.eliminated]).toBe(Math.min(...Object.values(round.counts)));
            continuing = new Set([...continuing].filter((o) => o !== round.eliminated));
          }
        });
        const final = rounds.at(-1)!;
        if (winner !== null) {
          expect(outcome).toBe("elected");
          expect(final.counts[winner]! * 2).toBeGreaterThan(final.continuing);
        }
        if (outcome === "tie") {
          expect(Object.values(final.counts)).toEqual([final.continuing / 2, final.continuing / 2]);
        }
        if (s.ballots.length === 0 && quorumMet) expect(outcome).toBe("no_outcome");
      }),
    );
  });

  it("elects in round one an option ranked first on more than half of the ballots", () => {
    const landslide = fc
      .record({ rules: rulesOf("ranked_choice"), silent: fc.nat(4) })
      .chain(({ rules, silent }) => {
        const r = { ...(rules as RulesFor<"ranked_choice">), quorum: 0 };
        const [favourite, ...others] = r.options as [string, ...string[]];
        const rest = fc.shuffledSubarray(others, { minLength: 0 });
        const minority = fc.array(ballotOf(r), { maxLength: 15 });
        // Shuffling them would change nothing: order invariance is a property of its own.
        return minority.chain((against) =>
          fc
            .array(rest, { minLength: against.length + 1, maxLength: against.length + 8 })
            .map((tails) => [
              ...against,
              ...tails.map((tail) => ({ ranking: [favourite, ...tail] })),
            ])
            .map((ballots) => ({
              rules: r,
              ballots,
              eligible: ballots.length + silent,
              favourite,
            })),
        );
      });
    fc.assert(
      fc.property(landslide, ({ favourite, ...s }) => {
        const result = run(s);
        expect(result).toMatchObject({ outcome: "elected", winner: favourite });
        expect(result.kind === "ranked_choice" && result.rounds.length).toBe(1);
      }),
    );
  });

  it("refuses rankings naming an option that is not on the list", () => {
    const stray = rulesOf("ranked_choice").chain((rules) =>
      fc.tuple(fc.constant(rules), ballotOf(rules), fc.constantFrom(..."STUVWXYZ"), fc.nat()),
    );
    fc.assert(
      fc.property(stray, ([rules, b, option, at]) => {
        const ranking = [...(b as { ranking: string[] }).ranking];
        ranking.splice(at % (ranking.length + 1), 0, option);
        const result = parseBallot(rules, { ranking });
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.issues.map((i) => i.field)).toEqual([`ranking.${ranking.indexOf(option)}`]);
      }),
    );
  });
});

describe("time polls", () => {
  it("refuses answers for a slot the poll does not have", () => {
    const stray = rulesOf("time_poll").chain((rules) =>
      fc.tuple(fc.constant(rules), ballotOf(rules)),
    );
    fc.assert(
      fc.property(stray, ([rules, b]) => {
        const other = "2027-01-01T00:00:00.000Z";
        const answers = { ...(b as { answers: object }).answers, [other]: "yes" };
        const result = parseBallot(rules, { answers });
        expect(!result.ok && result.issues.map((i) => i.field)).toEqual([`answers.${other}`]);
      }),
    );
  });

  it("puts the best slot first: most yes, then most yes or if need be", () => {
    fc.assert(
      fc.property(scenario(["time_poll"]), (s) => {
        const result = run(s);
        if (result.kind !== "time_poll" || result.best === null) return;
        const best = result.tallies[result.best]!;
        for (const t of Object.values(result.tallies)) {
          expect(best.yes).toBeGreaterThanOrEqual(t.yes);
          if (t.yes === best.yes)
            expect(best.yes + best.if_need_be).toBeGreaterThanOrEqual(t.yes + t.if_need_be);
        }
      }),
    );
  });
});
