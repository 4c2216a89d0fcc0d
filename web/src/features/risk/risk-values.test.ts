import { describe, expect, it } from "vitest";
import { answerValues, halfRated, toResponse } from "./risk-values.ts";

describe("the risk answer form", () => {
  it("starts empty and unnamed: sharing by name is never the default", () => {
    const values = answerValues(undefined);
    expect(values.shareByName).toBe(false);
    expect(values.ratings.access).toEqual({ likelihood: "", impact: "" });
    expect(toResponse(values)).toEqual({ ratings: [], mitigations: [], shareByName: false });
  });

  it("prefills the organisation's own answer and gives it back unchanged", () => {
    const mine = {
      organizationId: "o1",
      name: "Org",
      ratings: [
        { category: "access" as const, likelihood: 4, impact: 5 },
        { category: "legal" as const, likelihood: 1, impact: 2 },
      ],
      mitigations: ["Brief the field teams"],
      shareByName: true,
      answeredAt: "2026-01-01T00:00:00Z",
    };
    const values = answerValues(mine);
    expect(values.ratings.access).toEqual({ likelihood: "4", impact: "5" });
    expect(toResponse(values)).toEqual({
      ratings: mine.ratings,
      mitigations: mine.mitigations,
      shareByName: true,
    });
  });

  it("sends only rated categories and drops blank mitigations", () => {
    const values = answerValues(undefined);
    values.ratings.safety = { likelihood: "3", impact: "3" };
    values.ratings.funding = { likelihood: "2", impact: "" };
    values.mitigations = ["  Relocate staff  ", " "];
    expect(halfRated(values)).toEqual(["funding"]);
    expect(toResponse(values)).toEqual({
      ratings: [{ category: "safety", likelihood: 3, impact: 3 }],
      mitigations: ["Relocate staff"],
      shareByName: false,
    });
  });
});
