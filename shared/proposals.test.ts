import { describe, expect, it } from "vitest";
import { type DecisionRule, defaultDecisionRules } from "./coalitions.ts";
import { charterRuleFor, decisionFor } from "./proposals.ts";

const withRule = (subject: "statements" | "admission", rule: DecisionRule) => ({
  decisionRules: { ...defaultDecisionRules, [subject]: rule },
});

describe("the charter's rule for a proposal", () => {
  it("leaves a general proposal to choose its own method", () => {
    expect(decisionFor({ decisionRules: defaultDecisionRules }, "general")).toEqual({
      by: "proposal",
    });
  });

  it("turns the charter's rule into the proposal's rules, threshold as a ratio", () => {
    const charter = withRule("statements", {
      method: "supermajority",
      quorum: 0.5,
      threshold: { numerator: 2, denominator: 3, of: "cast" },
    });
    expect(decisionFor(charter, "statement")).toEqual({
      by: "charter",
      rules: { kind: "supermajority", quorum: 0.5, threshold: { ratio: 2 / 3, of: "cast" } },
    });
  });

  it("decides admission and removal by the same rule, and says when the convener decides alone", () => {
    const charter = withRule("admission", { method: "convener", quorum: 0 });
    expect(decisionFor(charter, "admission")).toEqual({ by: "convener" });
    expect(decisionFor(charter, "removal")).toEqual({ by: "convener" });
    expect(charterRuleFor.removal).toBe("admission");
  });

  it("lets the proposal choose where the charter leaves the method open", () => {
    expect(decisionFor(withRule("statements", { method: "open", quorum: 0 }), "statement")).toEqual(
      { by: "proposal" },
    );
  });
});
