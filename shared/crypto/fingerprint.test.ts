import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { flip, flipByte } from "./arbitraries.ts";
import {
  compareKnown,
  forget,
  loadSodium,
  makePersonKeys,
  remember,
  safetyNumber,
} from "./index.ts";

beforeAll(() => loadSodium());

const key = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe("safety numbers", () => {
  it("are 60 digits in 12 groups of 5, the same for the same keys", () => {
    fc.assert(
      fc.property(key, key, (a, b) => {
        const number = safetyNumber(a, b);
        expect(number).toMatch(/^\d{5}( \d{5}){11}$/);
        expect(safetyNumber(a.slice(), b.slice())).toBe(number);
      }),
    );
  });

  it("differ when any byte of any key differs, when the order differs, or when a key is added", () => {
    fc.assert(
      fc.property(key, key, flip, fc.boolean(), (a, b, where, first) => {
        const number = safetyNumber(a, b);
        const changed = first
          ? safetyNumber(flipByte(a, where), b)
          : safetyNumber(a, flipByte(b, where));
        expect(changed).not.toBe(number);
        fc.pre(a.some((x, i) => x !== b[i]));
        expect(safetyNumber(b, a)).not.toBe(number);
        expect(safetyNumber(a, b, a)).not.toBe(number);
      }),
    );
  });

  it("tell a person's keys from another person's", () => {
    const alice = makePersonKeys();
    const mallory = makePersonKeys();
    expect(safetyNumber(alice.boxPublic, alice.signPublic)).not.toBe(
      safetyNumber(mallory.boxPublic, alice.signPublic),
    );
  });
});

describe("keys seen before (trust on first use)", () => {
  it("are new, then the same, then changed when the server presents another key", () => {
    let known = {};
    expect(compareKnown(known, "organization:o1", "111")).toBe("new");
    known = remember(known, "organization:o1", "111");
    expect(compareKnown(known, "organization:o1", "111")).toBe("same");
    expect(compareKnown(known, "organization:o1", "222")).toBe("changed");
    expect(compareKnown(known, "person:o1", "111")).toBe("new");
    known = remember(known, "organization:o1", "222");
    expect(compareKnown(known, "organization:o1", "222")).toBe("same");
    expect(compareKnown(forget(known, "organization:o1"), "organization:o1", "222")).toBe("new");
  });

  it("never take inherited properties for a remembered key", () => {
    expect(compareKnown({}, "toString", "x")).toBe("new");
    expect(compareKnown({}, "__proto__", "x")).toBe("new");
    const known = remember({}, "__proto__", "x");
    expect(compareKnown(known, "__proto__", "x")).toBe("same");
  });
});
