import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { storyUses } from "./catalogue.ts";
import { type StoryConsent, consentCovers, consentProblem, consentState } from "./consent.ts";

const day = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
const use = fc.constantFrom(...storyUses);
const uses = fc.uniqueArray(use, { minLength: 1, maxLength: 3 });
const consent = fc.record({
  consentUses: uses,
  consentGivenOn: day,
  consentUntil: fc.option(day, { nil: null }),
  withdrawnAt: fc.option(fc.date({ noInvalidDate: true }), { nil: null }),
});
/** A consent in force on `today`: given by then, not run out, not withdrawn. */
const inForce = fc
  .tuple(uses, day, fc.integer({ min: 0, max: 400 }), fc.option(fc.integer({ min: 0, max: 400 })))
  .map(([consentUses, today, before, after]) => {
    const shift = (n: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const story: StoryConsent = {
      consentUses,
      consentGivenOn: shift(-before),
      consentUntil: after === null ? null : shift(after),
      withdrawnAt: null,
    };
    return { story, today };
  });

describe("whether a story's consent covers a use", () => {
  it("never covers anything once withdrawn", () => {
    fc.assert(
      fc.property(consent, use, day, fc.date({ noInvalidDate: true }), (c, u, today, at) => {
        const withdrawn = { ...c, withdrawnAt: at };
        expect(consentCovers(withdrawn, u, today)).toBe(false);
        expect(consentProblem(withdrawn, u, today)).toBe("withdrawn");
      }),
    );
  });

  it("covers nothing after the day it runs until, nor before the day it was given", () => {
    fc.assert(
      fc.property(consent, use, day, (c, u, today) => {
        if (c.consentUntil !== null && c.consentUntil < today) {
          expect(consentCovers(c, u, today)).toBe(false);
        }
        if (c.consentGivenOn > today) expect(consentCovers(c, u, today)).toBe(false);
      }),
    );
  });

  it("covers internal use whenever it is in force, whatever was consented to", () => {
    fc.assert(
      fc.property(inForce, ({ story, today }) => {
        expect(consentCovers(story, "internal", today)).toBe(true);
        expect(consentState(story, today)).toBe("in_force");
      }),
    );
  });

  it("covers public use with a name only with consent to exactly that", () => {
    fc.assert(
      fc.property(inForce, ({ story, today }) => {
        expect(consentCovers(story, "public_named", today)).toBe(
          story.consentUses.includes("public_named"),
        );
      }),
    );
  });

  it("covers anonymised public use with consent to anonymised or to named use", () => {
    fc.assert(
      fc.property(inForce, ({ story, today }) => {
        expect(consentCovers(story, "public_anonymised", today)).toBe(
          story.consentUses.includes("public_anonymised") ||
            story.consentUses.includes("public_named"),
        );
      }),
    );
  });

  it("never covers more once the consented uses are narrowed", () => {
    fc.assert(
      fc.property(consent, use, day, fc.nat({ max: 2 }), (c, u, today, drop) => {
        const narrowed = { ...c, consentUses: c.consentUses.filter((_, i) => i !== drop) };
        if (consentCovers(narrowed, u, today)) expect(consentCovers(c, u, today)).toBe(true);
      }),
    );
  });

  it("says why, in the order that matters to the person: withdrawn before expired before the use", () => {
    const base: StoryConsent = {
      consentUses: ["internal"],
      consentGivenOn: "2026-01-01",
      consentUntil: "2026-06-30",
      withdrawnAt: null,
    };
    expect(consentProblem(base, "public_named", "2026-03-01")).toBe("use_not_consented");
    expect(consentProblem(base, "public_named", "2026-07-01")).toBe("expired");
    expect(consentProblem(base, "internal", "2026-06-30")).toBeNull();
    expect(consentProblem(base, "internal", "2025-12-31")).toBe("not_yet_given");
    expect(
      consentProblem({ ...base, withdrawnAt: "2026-02-01T10:00:00Z" }, "internal", "2026-03-01"),
    ).toBe("withdrawn");
    expect(consentState({ ...base, withdrawnAt: new Date() }, "2026-03-01")).toBe("withdrawn");
    expect(consentState(base, "2026-07-01")).toBe("expired");
  });
});
