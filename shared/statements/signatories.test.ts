import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type KeptAnswer,
  type StatementAnswer,
  publicSignatories,
  statementAnswers,
  toConfirmAgain,
} from "./signatories.ts";

/** What can happen to a statement, in any order: answers, new versions, publishing. */
type Step =
  | { kind: "answer"; org: number; answer: StatementAnswer }
  | { kind: "version" }
  | { kind: "publish" };
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("answer" as const),
      org: fc.nat(7),
      answer: fc.constantFrom(...statementAnswers),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "version" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "publish" as const }) },
);

/** Plays the steps as the service keeps them: one answer per organisation, bound to its version. */
function play(steps: Step[]) {
  let version = 1;
  let published: number | null = null;
  const kept = new Map<number, KeptAnswer>();
  const log: { org: number; answer: StatementAnswer; version: number }[] = [];
  for (const s of steps) {
    if (s.kind === "version") version++;
    else if (s.kind === "publish") published = version;
    else {
      kept.set(s.org, {
        organizationId: `org-${s.org}`,
        name: `Organisation ${s.org}`,
        answer: s.answer,
        versionId: `v${version}`,
      });
      log.push({ org: s.org, answer: s.answer, version });
    }
  }
  return { kept: [...kept.values()], log, published, version };
}

describe("who a published statement names", () => {
  it("names exactly the organisations whose last answer was to sign the published version publicly", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.boolean(), (steps, showPrivateCount) => {
        const { kept, log, published } = play(steps);
        const page = publicSignatories(kept, published ? `v${published}` : null, {
          showPrivateCount,
        });
        // The oracle reads the log: each organisation's last answer, and the version it was on.
        const last = new Map(log.map((l) => [l.org, l]));
        const expected = [...last.values()]
          .filter((l) => published !== null && l.version === published && l.answer === "public")
          .map((l) => `org-${l.org}`)
          .sort();
        expect(page.named.map((n) => n.organizationId).sort()).toEqual(expected);
        // No private supporter and no one who declined is ever among the named.
        for (const n of page.named) {
          expect(last.get(Number(n.organizationId.slice(4)))?.answer).toBe("public");
        }
        const privately = [...last.values()].filter(
          (l) => published !== null && l.version === published && l.answer === "private",
        ).length;
        expect(page.privateSupporters).toBe(showPrivateCount && privately >= 3 ? privately : null);
      }),
      { numRuns: 500 },
    );
  });

  it("names no one before publishing, and counts private support only from three", () => {
    const answer = (i: number, a: StatementAnswer): KeptAnswer => ({
      organizationId: `o${i}`,
      name: `O${i}`,
      answer: a,
      versionId: "v1",
    });
    const two = [answer(1, "public"), answer(2, "private"), answer(3, "private")];
    expect(publicSignatories(two, null, { showPrivateCount: true })).toEqual({
      named: [],
      privateSupporters: null,
    });
    expect(publicSignatories(two, "v1", { showPrivateCount: true }).privateSupporters).toBeNull();
    const three = [...two, answer(4, "private")];
    expect(publicSignatories(three, "v1", { showPrivateCount: true }).privateSupporters).toBe(3);
    expect(
      publicSignatories(three, "v1", { showPrivateCount: false }).privateSupporters,
    ).toBeNull();
  });

  it("asks those who signed or supported an earlier version to confirm again", () => {
    const kept: KeptAnswer[] = [
      { organizationId: "a", name: "A", answer: "public", versionId: "v1" },
      { organizationId: "b", name: "B", answer: "private", versionId: "v1" },
      { organizationId: "c", name: "C", answer: "decline", versionId: "v1" },
      { organizationId: "d", name: "D", answer: "public", versionId: "v2" },
    ];
    expect(toConfirmAgain(kept, "v2").map((a) => a.organizationId)).toEqual(["a", "b"]);
  });
});
