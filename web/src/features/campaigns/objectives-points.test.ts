import { describe, expect, it } from "vitest";
import type { Objective } from "../../../../shared/campaigns/objectives.ts";
import { chartPoints, dayTime, roundedExpected } from "./objectives-points.ts";

const reading = (id: string, value: number, measuredOn: string) => ({
  id,
  value,
  measuredOn,
  evidence: null,
  evidenceUrl: null,
  reportedBy: null,
  reportedFor: null,
  reportedAt: `${measuredOn}T12:00:00Z`,
});
const objective: Objective = {
  id: "0190a5b6-0000-7000-8000-000000000001",
  campaignId: "0190a5b6-0000-7000-8000-000000000002",
  statement: { original: "en", texts: { en: "Licences suspended" } },
  indicator: { original: "en", texts: { en: "Licences in force" } },
  unit: "licences",
  baseline: 40,
  target: 0,
  baselineOn: "2026-01-01",
  deadline: "2026-12-31",
  ownerOrganization: null,
  track: "on_track",
  latest: { value: 22, measuredOn: "2026-07-01" },
  expected: 19.9123,
  progress: [
    reading("a", 38, "2026-03-01"),
    reading("b", 30, "2026-07-01"),
    // A second reading of the same day, reported later: it stands for that day.
    reading("c", 22, "2026-07-01"),
  ],
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
};

describe("an objective's chart", () => {
  it("draws the expected line from baseline to target through today, and the readings from the baseline", () => {
    expect(chartPoints(objective, "2026-07-02")).toEqual([
      { at: dayTime("2026-01-01"), expected: 40, reported: 40 },
      { at: dayTime("2026-03-01"), reported: 38 },
      { at: dayTime("2026-07-01"), reported: 22 },
      { at: dayTime("2026-07-02"), expected: 19.9123 },
      { at: dayTime("2026-12-31"), expected: 0 },
    ]);
  });

  it("adds no today point outside the line's span", () => {
    const points = chartPoints({ ...objective, progress: [] }, "2027-03-01");
    expect(points.map((p) => p.at)).toEqual([dayTime("2026-01-01"), dayTime("2026-12-31")]);
  });

  it("rounds what the line expects as finely as the range is worth", () => {
    expect(roundedExpected(objective)).toBe(20);
    expect(roundedExpected({ ...objective, baseline: 0, target: 3, expected: 1.779 })).toBe(1.8);
    expect(roundedExpected({ ...objective, baseline: 0, target: 1, expected: 0.4567 })).toBe(0.46);
  });
});
