import { describe, expect, it } from "vitest";
import { type Charter, defaultDecisionRules } from "../../../../shared/coalitions.ts";
import { charterValues, emptyCharter, toCharter } from "./charter-values.ts";

const charter: Charter = {
  purpose: { original: "en", texts: { en: "Speak together." } },
  decisionRules: defaultDecisionRules,
  applicationQuestions: [],
  focalPoints: [],
  collaborationLevel: "joint_action",
  riskThresholds: { access: 12, safety: 9 },
};

describe("the charter form's values", () => {
  it("keeps the risk thresholds through an amendment that changes something else", () => {
    const values = charterValues(charter, "en", () => "");
    values.purpose = { original: "en", texts: { en: "Speak together, safely." } };
    expect(toCharter(values).riskThresholds).toEqual({ access: 12, safety: 9 });
  });

  it("sets a threshold chosen in the form, and none when every category is left empty", () => {
    const values = emptyCharter("en");
    values.purpose = { original: "en", texts: { en: "Speak together." } };
    expect(toCharter(values).riskThresholds).toBeUndefined();
    values.riskThresholds.legal = "16";
    expect(toCharter(values).riskThresholds).toEqual({ legal: 16 });
  });
});
