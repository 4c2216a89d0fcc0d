import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { disclosure, smallestAnonymousCount } from "./disclosure.ts";

const settings = fc.record({
  open: fc.boolean(),
  hiddenResults: fc.boolean(),
  anonymous: fc.boolean(),
});
const participation = fc.integer({ min: 0, max: 200 });

describe("what anyone may learn of a proposal's stances", () => {
  it("never names who took which stance in an anonymous proposal", () => {
    fc.assert(
      fc.property(settings, participation, (s, n) => {
        if (s.anonymous) expect(disclosure(s, n).stances).toBe(false);
      }),
    );
  });

  it("shows an open anonymous count only when it cannot single anyone out", () => {
    fc.assert(
      fc.property(settings, participation, (s, n) => {
        if (s.open && s.anonymous && disclosure(s, n).count) {
          expect(n).toBeGreaterThanOrEqual(smallestAnonymousCount);
        }
      }),
    );
    expect(smallestAnonymousCount).toBeGreaterThanOrEqual(3);
  });

  it("tells nothing about the others while results are hidden, not even how many answered", () => {
    fc.assert(
      fc.property(settings, participation, (s, n) => {
        if (!s.open || !s.hiddenResults) return;
        expect(disclosure(s, n)).toEqual({
          count: false,
          participation: false,
          stances: false,
          participants: false,
          withheld: "until_close",
        });
      }),
    );
  });

  it("shows the count and participation once closed, and who took part only when anonymous", () => {
    fc.assert(
      fc.property(settings, participation, (s, n) => {
        if (s.open) return;
        const d = disclosure(s, n);
        expect(d).toMatchObject({ count: true, participation: true, withheld: null });
        expect(d.participants).toBe(s.anonymous);
        expect(d.stances).toBe(!s.anonymous);
      }),
    );
  });

  it("gives a reason exactly when the count is withheld, and never withdraws what it showed", () => {
    fc.assert(
      fc.property(settings, participation, participation, (s, a, b) => {
        const d = disclosure(s, a);
        expect(d.withheld === null).toBe(d.count);
        // More answers, or closing, never hide what fewer answers showed.
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        const shownBefore = disclosure(s, fewer);
        for (const later of [disclosure(s, more), disclosure({ ...s, open: false }, more)]) {
          if (shownBefore.count) expect(later.count).toBe(true);
          if (shownBefore.participation) expect(later.participation).toBe(true);
        }
      }),
    );
  });

  it("shows everything, named, on an open proposal with neither setting", () => {
    expect(disclosure({ open: true, hiddenResults: false, anonymous: false }, 1)).toEqual({
      count: true,
      participation: true,
      stances: true,
      participants: false,
      withheld: null,
    });
    expect(disclosure({ open: true, hiddenResults: false, anonymous: true }, 2).withheld).toBe(
      "until_enough",
    );
  });
});
