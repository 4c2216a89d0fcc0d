import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  judgePassword,
  maximumPasswordLength,
  minimumPasswordLength,
  minimumPasswordScore,
  ownerWords,
  passwordReasons,
} from "./password-strength.ts";

const owner = { email: "amina.haddad@sawt-legal.org", name: "Amina Haddad" };

describe("judgePassword", () => {
  it.each([
    ["password123", "common"],
    ["aaaaaaaaaa", "simpleRepeat"],
    ["qwertyuiop", "topHundred"],
    ["1234567890", "topHundred"],
    ["abcdefghijkl", "sequences"],
  ])("refuses %s and says why (%s)", (password, reason) => {
    const verdict = judgePassword(password, owner);
    expect(verdict.acceptable).toBe(false);
    expect(verdict.score).toBeLessThan(minimumPasswordScore);
    expect(verdict.reason).toBe(reason);
  });

  it("refuses the owner's own email, name and their parts", () => {
    for (const password of [
      owner.email,
      "amina.haddad",
      "aminahaddad",
      "Amina Haddad 1",
      "haddad2024!",
      "sawt-legal.org",
    ]) {
      const verdict = judgePassword(password, owner);
      expect(verdict.acceptable, password).toBe(false);
    }
    expect(judgePassword(owner.email, owner).reason).toBe("userInputs");
  });

  it("refuses common passwords in French and Spanish too", () => {
    for (const password of ["motdepasse2024", "contraseña123", "bonjour123", "soleil2020"]) {
      expect(judgePassword(password, owner).acceptable, password).toBe(false);
    }
  });

  it("accepts a few unrelated words, as the hint advises", () => {
    for (const password of [
      "correct horse battery staple",
      "a long and unguessable passphrase",
      "yet another one 123",
      "olive lantern quietly sixteen",
    ]) {
      const verdict = judgePassword(password, owner);
      expect(verdict, password).toMatchObject({ acceptable: true, reason: null });
      expect(verdict.score).toBeGreaterThanOrEqual(minimumPasswordScore);
    }
  });

  it("refuses by length before estimating", () => {
    expect(judgePassword("Xk7#pQ2!", owner)).toMatchObject({
      acceptable: false,
      reason: "tooShort",
    });
    expect(judgePassword("x".repeat(maximumPasswordLength + 1), owner)).toMatchObject({
      acceptable: false,
      reason: "tooLong",
    });
  });

  it("answers a long pathological password quickly", () => {
    const started = performance.now();
    judgePassword("aB3$".repeat(32), owner);
    judgePassword("4@3$1!0|7+".repeat(12), owner);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it("always gives a verdict that is consistent with itself", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.emailAddress(), (password, email) => {
        const verdict = judgePassword(password, { email });
        expect(verdict.score).toBeGreaterThanOrEqual(0);
        expect(verdict.score).toBeLessThanOrEqual(4);
        expect(verdict.acceptable).toBe(
          password.length >= minimumPasswordLength && verdict.score >= minimumPasswordScore,
        );
        expect(verdict.reason === null).toBe(verdict.acceptable);
        if (verdict.reason) expect(passwordReasons).toContain(verdict.reason);
        if (!verdict.acceptable) expect(verdict.suggestions.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it("refuses any password that is the owner's email, whatever the address", () => {
    // Past 64 characters only a prefix is estimated, and a random-looking prefix is strong.
    fc.assert(
      fc.property(
        fc.emailAddress().filter((e) => e.length >= minimumPasswordLength && e.length <= 64),
        (email) => {
          expect(judgePassword(email, { email }).acceptable).toBe(false);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("refuses a single character repeated, whatever the character and length", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 1, unit: "grapheme-ascii" }),
        fc.integer({ min: minimumPasswordLength, max: maximumPasswordLength }),
        (char, length) => {
          expect(judgePassword(char.repeat(length)).acceptable).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("ownerWords", () => {
  it("splits the email and the name into the words an attacker would try", () => {
    expect(ownerWords(owner)).toEqual(
      expect.arrayContaining([
        "amina.haddad@sawt-legal.org",
        "amina.haddad",
        "sawt-legal.org",
        "amina",
        "haddad",
        "sawt",
        "legal",
        "aminahaddad",
        "amina haddad",
      ]),
    );
    expect(ownerWords({})).toEqual([]);
  });
});
