import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedValue, shareDone, trackOf } from "./track.ts";

const objective = { baseline: 0, target: 100, baselineOn: "2026-01-01", deadline: "2026-12-31" };
const day = fc
  .integer({ min: 0, max: 364 })
  .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));

describe("an objective's track", () => {
  it("follows the straight line from baseline to target", () => {
    expect(expectedValue(objective, "2026-01-01")).toBe(0);
    expect(expectedValue(objective, "2026-12-31")).toBe(100);
    expect(expectedValue(objective, "2026-07-02")).toBeCloseTo(50, 0);
  });

  it("is on track on the line, behind well below it, achieved at the target, missed after the deadline", () => {
    expect(trackOf(objective, { value: 50, measuredOn: "2026-07-02" }, "2026-07-03")).toBe(
      "on_track",
    );
    expect(trackOf(objective, { value: 10, measuredOn: "2026-07-02" }, "2026-07-03")).toBe(
      "behind",
    );
    expect(trackOf(objective, { value: 100, measuredOn: "2026-07-02" }, "2027-03-01")).toBe(
      "achieved",
    );
    expect(trackOf(objective, { value: 90, measuredOn: "2026-12-01" }, "2027-01-02")).toBe(
      "missed",
    );
    expect(trackOf(objective, null, "2026-03-01")).toBe("no_data");
  });

  it("reads an objective to bring a number down exactly as its mirror image going up", () => {
    const down = { ...objective, baseline: 100, target: 0 };
    fc.assert(
      fc.property(day, day, fc.integer({ min: -50, max: 150 }), (measured, today, value) => {
        const [m, t] = measured <= today ? [measured, today] : [today, measured];
        expect(trackOf(down, { value: 100 - value, measuredOn: m }, t)).toBe(
          trackOf(objective, { value, measuredOn: m }, t),
        );
      }),
    );
  });

  it("never gets worse as the reading gets better on the same day", () => {
    const rank = { missed: 0, no_data: 0, behind: 1, on_track: 2, achieved: 3 };
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -50, max: 150 }),
        fc.integer({ min: 0, max: 50 }),
        (d, v, more) => {
          const worse = trackOf(objective, { value: v, measuredOn: d }, d);
          const better = trackOf(objective, { value: v + more, measuredOn: d }, d);
          expect(rank[better]).toBeGreaterThanOrEqual(rank[worse]);
        },
      ),
    );
    expect(shareDone(objective, 25)).toBe(0.25);
  });
});
