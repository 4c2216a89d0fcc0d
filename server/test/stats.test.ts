import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mannWhitneyU, median, normalCdf } from "./stats.ts";

describe("mannWhitneyU", () => {
  it("matches a worked example (rank sum 32, U = 17, z = 6.5 / √(50/3), p ≈ 0.111)", () => {
    const result = mannWhitneyU([19, 22, 16, 29, 24], [20, 11, 17, 12]);
    expect(result.u).toBe(17);
    expect(result.z).toBeCloseTo(6.5 / Math.sqrt(50 / 3), 9);
    expect(result.p).toBeCloseTo(0.1114, 3);
  });

  it("finds no difference between a sample and itself, and a clear one between far-apart samples", () => {
    const a = Array.from({ length: 50 }, (_, i) => i);
    expect(mannWhitneyU(a, a).p).toBeCloseTo(1, 5);
    expect(
      mannWhitneyU(
        a,
        a.map((x) => x + 100),
      ).p,
    ).toBeLessThan(1e-10);
  });

  it("is symmetric in its two samples", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
        (a, b) => {
          const ab = mannWhitneyU(a, b);
          const ba = mannWhitneyU(b, a);
          expect(ab.p).toBeCloseTo(ba.p, 9);
          expect(ab.u + ba.u).toBeCloseTo(a.length * b.length, 9);
          expect(ab.p).toBeGreaterThanOrEqual(0);
          expect(ab.p).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe("normalCdf and median", () => {
  it("agree with known values", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
