import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ProposalRules,
  isSimpleFraction,
  parseBallot,
  toFraction,
  type ProposalRulesInput,
  type RulesFor,
} from "./index.ts";

function rules<const I extends ProposalRulesInput>(input: I) {
  return ProposalRules.parse(input) as RulesFor<I["kind"]>;
}

const fields = (result: { ok: boolean; issues?: { field: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((i) => i.field);

describe("parseBallot", () => {
  const consent = rules({ kind: "consent" });

  it("requires a reason to object, and trims it", () => {
    expect(fields(parseBallot(consent, { stance: "object" }))).toEqual(["reason"]);
    expect(fields(parseBallot(consent, { stance: "object", reason: "   " }))).toEqual(["reason"]);
    expect(parseBallot(consent, { stance: "object", reason: "  Too costly " })).toEqual({
      ok: true,
      ballot: { stance: "object", reason: "Too costly" },
    });
    expect(parseBallot(consent, { stance: "agree" }).ok).toBe(true);
    const long = parseBallot(consent, { stance: "object", reason: "x".repeat(2001) });
    expect(fields(long)).toEqual(["reason"]);
  });

  it("requires a reason to block a consensus, not to disagree", () => {
    const consensus = rules({ kind: "consensus" });
    expect(fields(parseBallot(consensus, { stance: "block" }))).toEqual(["reason"]);
    expect(parseBallot(consensus, { stance: "disagree" }).ok).toBe(true);
  });

  it("refuses unknown fields one by one, and stances of another kind", () => {
    const majority = rules({ kind: "majority" });
    const extra = parseBallot(majority, { stance: "yes", weight: 2, org: "x" });
    expect(extra).toEqual({
      ok: false,
      issues: [
        { field: "weight", message: "is not a field of this kind of ballot" },
        { field: "org", message: "is not a field of this kind of ballot" },
      ],
    });
    expect(fields(parseBallot(majority, { stance: "agree" }))).toEqual(["stance"]);
    expect(fields(parseBallot(majority, { stance: "yes", reason: "why not" }))).toEqual(["reason"]);
    expect(fields(parseBallot(majority, "yes"))).toEqual([""]);
    expect(fields(parseBallot(majority, null))).toEqual([""]);
  });

  it("accepts partial rankings of the proposal's options only, each once", () => {
    const irv = rules({ kind: "ranked_choice", options: ["a", "b", "c"] });
    expect(parseBallot(irv, { ranking: ["c", "a"] })).toEqual({
      ok: true,
      ballot: { ranking: ["c", "a"] },
    });
    expect(fields(parseBallot(irv, { ranking: ["a", "z"] }))).toEqual(["ranking.1"]);
    expect(fields(parseBallot(irv, { ranking: ["a", "b", "a"] }))).toEqual(["ranking.2"]);
    expect(fields(parseBallot(irv, { ranking: [] }))).toEqual(["ranking"]);
    expect(fields(parseBallot(irv, { stance: "yes" }))).toEqual(["ranking", "stance"]);
  });

  it("accepts answers for the proposal's slots only", () => {
    const slot = "2026-05-04T09:00:00Z";
    const poll = rules({ kind: "time_poll", slots: [slot, "2026-05-04T10:00:00Z"] });
    expect(parseBallot(poll, { answers: { [slot]: "if_need_be" } }).ok).toBe(true);
    const other = "2026-05-05T09:00:00Z";
    expect(fields(parseBallot(poll, { answers: { [other]: "yes" } }))).toEqual([
      `answers.${other}`,
    ]);
    expect(fields(parseBallot(poll, { answers: { [slot]: "maybe" } }))).toEqual([
      `answers.${slot}`,
    ]);
    expect(fields(parseBallot(poll, { answers: {} }))).toEqual(["answers"]);
  });

  it("takes a comment on a sense check", () => {
    const check = rules({ kind: "sense_check" });
    expect(parseBallot(check, { stance: "unsure", comment: "Depends on funding" }).ok).toBe(true);
    expect(fields(parseBallot(check, { stance: "unsure", reason: "x" }))).toEqual(["reason"]);
  });

  it("refuses rules of an unknown kind", () => {
    const unknown = { kind: "lottery", quorum: 0 } as unknown as ProposalRules;
    expect(fields(parseBallot(unknown, { stance: "yes" }))).toEqual([""]);
  });
});

describe("ProposalRules", () => {
  const refused = (input: unknown) => !ProposalRules.safeParse(input).success;

  it("fills in a quorum of 0 and a base of votes cast", () => {
    expect(ProposalRules.parse({ kind: "majority" })).toEqual({
      kind: "majority",
      quorum: 0,
      threshold: { of: "cast" },
    });
    expect(ProposalRules.parse({ kind: "supermajority", threshold: { ratio: 0.75 } })).toEqual({
      kind: "supermajority",
      quorum: 0,
      threshold: { ratio: 0.75, of: "cast" },
    });
  });

  it("refuses thresholds and quorums that are not simple fractions in range", () => {
    expect(refused({ kind: "supermajority", threshold: { ratio: 0.5 } })).toBe(true);
    expect(refused({ kind: "supermajority", threshold: { ratio: 1.01 } })).toBe(true);
    expect(refused({ kind: "supermajority", threshold: { ratio: Math.PI / 4 } })).toBe(true);
    expect(refused({ kind: "supermajority" })).toBe(true);
    expect(refused({ kind: "consent", quorum: 1.5 })).toBe(true);
    expect(refused({ kind: "consent", quorum: -0.1 })).toBe(true);
    expect(refused({ kind: "consent", quorum: 2 / 3 })).toBe(false);
  });

  it("refuses duplicate, blank or too few or too many options", () => {
    expect(refused({ kind: "ranked_choice", options: ["a", "a"] })).toBe(true);
    expect(refused({ kind: "ranked_choice", options: ["a", " "] })).toBe(true);
    expect(refused({ kind: "ranked_choice", options: ["a"] })).toBe(true);
    const many = Array.from({ length: 21 }, (_, i) => `o${i}`);
    expect(refused({ kind: "ranked_choice", options: many })).toBe(true);
    expect(refused({ kind: "ranked_choice", options: many.slice(1) })).toBe(false);
  });

  it("refuses slots that are not date-times, or the same instant twice", () => {
    expect(refused({ kind: "time_poll", slots: [] })).toBe(true);
    expect(refused({ kind: "time_poll", slots: ["next Tuesday"] })).toBe(true);
    expect(refused({ kind: "time_poll", slots: ["2026-05-04T09:00:00"] })).toBe(true);
    const same = ["2026-05-04T09:00:00Z", "2026-05-04T11:00:00+02:00"];
    expect(refused({ kind: "time_poll", slots: same })).toBe(true);
  });

  it("refuses parameters of another kind", () => {
    expect(refused({ kind: "consent", options: ["a", "b"] })).toBe(true);
    expect(refused({ kind: "majority", threshold: { of: "cast", ratio: 0.6 } })).toBe(true);
    expect(refused({ kind: "vote" })).toBe(true);
  });
});

describe("properties", () => {
  it("refuses an objection or a block without a reason", () => {
    const stance = fc.constantFrom(["consent", "object"] as const, ["consensus", "block"] as const);
    const blank = fc.constantFrom(undefined, "", "   ", "\n\t");
    fc.assert(
      fc.property(stance, blank, ([kind, s], reason) => {
        const result = parseBallot(
          ProposalRules.parse({ kind }),
          reason === undefined ? { stance: s } : { stance: s, reason },
        );
        expect(result).toEqual({
          ok: false,
          issues: [{ field: "reason", message: expect.any(String) }],
        });
      }),
    );
  });

  it("reads every fraction with a denominator up to 10,000 exactly", () => {
    const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
    const any = fc
      .integer({ min: 1, max: 10_000 })
      .chain((d) => fc.integer({ min: 0, max: d }).map((n) => ({ n, d })));
    fc.assert(
      fc.property(any, ({ n, d }) => {
        const g = gcd(n, d);
        expect(toFraction(n / d)).toEqual({ numerator: n / g, denominator: d / g });
        expect(isSimpleFraction(n / d)).toBe(true);
      }),
    );
  });
});
