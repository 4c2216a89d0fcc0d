import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ObjectiveInput } from "./objectives.ts";
import { type SmartDraft, smartChecklist, smartGaps } from "./smart.ts";

const text = (en: string) => ({ original: "en", texts: { en } });
const smart: SmartDraft = {
  statement: text("Parliament suspends every arms export licence to the parties by 2027"),
  indicator: text("Licences in force, from the export register"),
  unit: "licences",
  baseline: 40,
  target: 0,
  baselineOn: "2026-01-01",
  deadline: "2027-12-31",
};
const codes = (draft: SmartDraft, today?: string) => smartGaps(draft, today).map((g) => g.code);

describe("which SMART part an objective lacks", () => {
  it("finds nothing missing in a SMART objective", () => {
    expect(smartGaps(smart)).toEqual([]);
    expect(smartChecklist(smartGaps(smart))).toEqual({
      specific: "ok",
      measurable: "ok",
      achievable: "judge",
      relevant: "judge",
      timeBound: "ok",
    });
  });

  it("says Specific is missing or weak from the statement", () => {
    expect(codes({ ...smart, statement: text("  ") })).toEqual(["statementMissing"]);
    expect(codes({ ...smart, statement: "Stop arms sales" })).toEqual(["statementShort"]);
    expect(
      codes({ ...smart, statement: "Raise awareness of arms sales among the public" }),
    ).toEqual(["statementVague"]);
    // A number makes an effort verb concrete enough.
    expect(
      codes({ ...smart, statement: "Support 40 families to register births in Taiz" }),
    ).toEqual([]);
    expect(
      codes({ ...smart, statement: "Améliorer la situation des droits humains dans la région" }),
    ).toEqual(["statementVague"]);
    expect(codes({ ...smart, statement: "تعزيز احترام حقوق الإنسان في المنطقة كلها" })).toEqual([
      "statementVague",
    ]);
    // The original language is the one judged, not a translation.
    expect(
      codes({
        ...smart,
        statement: {
          original: "fr",
          texts: { fr: "", en: "A long statement of what changes here" },
        },
      }),
    ).toEqual(["statementMissing"]);
  });

  it("says Measurable is missing without an indicator, a unit, numbers, or with target equal to baseline", () => {
    expect(codes({ ...smart, indicator: null })).toEqual(["indicatorMissing"]);
    expect(codes({ ...smart, unit: " " })).toEqual(["unitMissing"]);
    expect(codes({ ...smart, baseline: null })).toEqual(["baselineMissing"]);
    expect(codes({ ...smart, target: undefined })).toEqual(["targetMissing"]);
    expect(codes({ ...smart, target: 40 })).toEqual(["targetIsBaseline"]);
    expect(codes({ ...smart, target: Number.NaN })).toEqual(["targetMissing"]);
  });

  it("says Time-bound is missing without dates or with a deadline not after the baseline's day", () => {
    expect(codes({ ...smart, deadline: "" })).toEqual(["deadlineMissing"]);
    expect(codes({ ...smart, baselineOn: null })).toEqual(["baselineOnMissing"]);
    expect(codes({ ...smart, deadline: "2026-01-01" })).toEqual(["deadlineNotAfterBaseline"]);
    expect(codes({ ...smart, deadline: "2025-06-01" })).toEqual(["deadlineNotAfterBaseline"]);
    expect(codes(smart, "2028-01-01")).toEqual(["deadlinePassed"]);
    expect(codes(smart, "2027-12-31")).toEqual([]);
  });

  it("never judges Achievable or Relevant, whatever the draft", () => {
    expect(smartChecklist(smartGaps({}))).toEqual({
      specific: "missing",
      measurable: "missing",
      achievable: "judge",
      relevant: "judge",
      timeBound: "missing",
    });
  });

  // The form and the server agree: a draft the server accepts has nothing "missing", and a
  // draft with something "missing" is refused.
  it("reports a missing part exactly when the server would refuse the objective", () => {
    const day = fc
      .integer({ min: 0, max: 800 })
      .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
    const words = fc.constantFrom("", " ", "Licences", "Parliament suspends every licence by 2027");
    const number = fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined });
    fc.assert(
      fc.property(
        words,
        words,
        fc.constantFrom("", "licences", " %"),
        number,
        number,
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        (statement, indicator, unit, baseline, target, baselineOn, deadline) => {
          const draft = {
            statement: text(statement),
            indicator: text(indicator),
            unit,
            baseline,
            target,
            baselineOn,
            deadline,
          };
          const missing = smartGaps(draft).some((g) => g.severity === "missing");
          const accepted = ObjectiveInput.safeParse({
            ...draft,
            ownerOrganizationId: "0190a5b6-0000-7000-8000-000000000001",
          }).success;
          expect(accepted).toBe(!missing);
        },
      ),
    );
  });
});
