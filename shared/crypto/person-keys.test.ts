import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { cheapKdf, flip, flipB64, id, otherString, passphrase } from "./arbitraries.ts";
import {
  CryptoRefused,
  defaultKdf,
  loadSodium,
  makePersonKeys,
  makeRecoveryKey,
  meetsKdfMinimum,
  parseRecoveryKey,
  publicKeysToWire,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
  type PersonKeys,
  type Wrapped,
} from "./index.ts";

beforeAll(() => loadSodium());

const refused = (reason: CryptoRefused["reason"], run: () => unknown) =>
  expect(run).toThrow(expect.objectContaining({ name: "CryptoRefused", reason }));

const sameKeys = (a: PersonKeys, b: PersonKeys) => {
  expect(b.boxSecret).toEqual(a.boxSecret);
  expect(b.signSecret).toEqual(a.signSecret);
  expect(b.boxPublic).toEqual(a.boxPublic);
  expect(b.signPublic).toEqual(a.signPublic);
};

describe("wrapping a person's keys under a passphrase", () => {
  it("unwraps with the default Argon2id parameters (64 MiB, 3 passes) and public keys as base64", () => {
    const keys = makePersonKeys();
    const wrapped = wrapWithPassphrase(keys, "correct horse battery staple", "user-1");
    expect(wrapped.kdf).toMatchObject({ alg: "argon2id13", ...defaultKdf });
    expect(meetsKdfMinimum(defaultKdf)).toBe(true);
    const opened = unwrapWithPassphrase(
      wrapped,
      "correct horse battery staple",
      "user-1",
      publicKeysToWire(keys),
    );
    sameKeys(keys, opened);
  });

  it("round-trips any passphrase and user id, and refuses any other passphrase", () => {
    fc.assert(
      fc.property(passphrase, passphrase, id, (right, wrong, userId) => {
        fc.pre(right.normalize("NFC") !== wrong.normalize("NFC"));
        const keys = makePersonKeys();
        const wrapped = wrapWithPassphrase(keys, right, userId, cheapKdf);
        sameKeys(keys, unwrapWithPassphrase(wrapped, right, userId, keys));
        refused("wrong-passphrase", () => unwrapWithPassphrase(wrapped, wrong, userId, keys));
      }),
      { numRuns: 50 },
    );
  });

  it("opens a passphrase typed in another Unicode normal form", () => {
    const keys = makePersonKeys();
    const wrapped = wrapWithPassphrase(keys, "café", "u", cheapKdf);
    sameKeys(keys, unwrapWithPassphrase(wrapped, "cafe\u0301", "u", keys));
  });

  it("refuses a wrapping whose ciphertext, nonce or salt has any byte changed", () => {
    fc.assert(
      fc.property(fc.constantFrom("ciphertext", "nonce", "salt"), flip, (field, where) => {
        const keys = makePersonKeys();
        const wrapped = wrapWithPassphrase(keys, "pass", "u", cheapKdf);
        if (wrapped.kdf.alg !== "argon2id13") throw new Error("unreachable");
        const bad: Wrapped =
          field === "salt"
            ? { ...wrapped, kdf: { ...wrapped.kdf, salt: flipB64(wrapped.kdf.salt, where) } }
            : { ...wrapped, [field]: flipB64(wrapped[field], where) };
        refused("wrong-passphrase", () => unwrapWithPassphrase(bad, "pass", "u", keys));
      }),
      { numRuns: 60 },
    );
  });

  it("refuses the wrapping for another user id or other public keys (the associated data)", () => {
    fc.assert(
      fc.property(id, fc.nat(), (userId, salt) => {
        const keys = makePersonKeys();
        const other = makePersonKeys();
        const wrapped = wrapWithPassphrase(keys, "pass", userId, cheapKdf);
        refused("wrong-passphrase", () =>
          unwrapWithPassphrase(wrapped, "pass", otherString(userId, salt), keys),
        );
        refused("wrong-passphrase", () =>
          unwrapWithPassphrase(wrapped, "pass", userId, { ...keys, boxPublic: other.boxPublic }),
        );
        refused("wrong-passphrase", () =>
          unwrapWithPassphrase(wrapped, "pass", userId, { ...keys, signPublic: other.signPublic }),
        );
      }),
      { numRuns: 30 },
    );
  });

  it("refuses, before hashing, parameters a hostile server could use to freeze the browser", () => {
    const keys = makePersonKeys();
    const wrapped = wrapWithPassphrase(keys, "pass", "u", cheapKdf);
    if (wrapped.kdf.alg !== "argon2id13") throw new Error("unreachable");
    for (const kdf of [
      { memLimit: 8 * 1024 ** 3 },
      { opsLimit: 10_000 },
      { opsLimit: 0 },
      { memLimit: 1.5 },
    ]) {
      refused("malformed", () =>
        unwrapWithPassphrase({ ...wrapped, kdf: { ...wrapped.kdf, ...kdf } }, "pass", "u", keys),
      );
    }
    refused("malformed", () =>
      unwrapWithPassphrase({ ...wrapped, nonce: "!!" }, "pass", "u", keys),
    );
    refused("malformed", () =>
      unwrapWithPassphrase({ ...wrapped, kdf: { alg: "recovery" } }, "pass", "u", keys),
    );
  });
});

describe("wrapping a person's keys under a recovery key", () => {
  it("round-trips with the key as bytes or as the text shown, and refuses another key", () => {
    fc.assert(
      fc.property(id, (userId) => {
        const keys = makePersonKeys();
        const recovery = makeRecoveryKey();
        const wrapped = wrapWithRecoveryKey(keys, recovery.key, userId);
        expect(wrapped.kdf).toEqual({ alg: "recovery" });
        sameKeys(keys, unwrapWithRecoveryKey(wrapped, recovery.text, userId, keys));
        sameKeys(
          keys,
          unwrapWithRecoveryKey(wrapped, recovery.key, userId, publicKeysToWire(keys)),
        );
        refused("wrong-passphrase", () =>
          unwrapWithRecoveryKey(wrapped, makeRecoveryKey().key, userId, keys),
        );
      }),
      { numRuns: 30 },
    );
  });

  it("refuses a recovery wrapping with any byte changed, and never opens it with a passphrase", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("ciphertext" as const, "nonce" as const),
        flip,
        (field, where) => {
          const keys = makePersonKeys();
          const { key } = makeRecoveryKey();
          const wrapped = wrapWithRecoveryKey(keys, key, "u");
          const bad = { ...wrapped, [field]: flipB64(wrapped[field], where) };
          refused("wrong-passphrase", () => unwrapWithRecoveryKey(bad, key, "u", keys));
          refused("malformed", () => unwrapWithPassphrase(wrapped, "pass", "u", keys));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("the recovery key as text", () => {
  it("is 14 groups of 4 Crockford base32 characters, read back whatever the case, spacing or hyphens", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (lower, spaces) => {
        const { key, text } = makeRecoveryKey();
        expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
        let typed = lower ? text.toLowerCase() : text;
        typed = spaces ? typed.replace(/-/g, " ") : typed.replace(/-/g, "");
        expect(parseRecoveryKey(`  ${typed} `)).toEqual(key);
        expect(parseRecoveryKey(text.replace(/0/g, "o").replace(/1/g, "l"))).toEqual(key);
      }),
    );
  });

  it("catches a mistyped character by its checksum", () => {
    const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    fc.assert(
      fc.property(fc.nat(55), fc.integer({ min: 1, max: 31 }), (at, shift) => {
        const chars = makeRecoveryKey().text.replace(/-/g, "").split("");
        chars[at] = alphabet[(alphabet.indexOf(chars[at] ?? "0") + shift) % 32] ?? "0";
        refused("malformed", () => parseRecoveryKey(chars.join("")));
      }),
    );
  });

  it("refuses text of the wrong length or with letters outside the alphabet", () => {
    const { text } = makeRecoveryKey();
    refused("malformed", () => parseRecoveryKey(text.slice(0, -1)));
    refused("malformed", () => parseRecoveryKey(`${text}0`));
    refused("malformed", () => parseRecoveryKey(`U${text.slice(1)}`));
    refused("malformed", () => parseRecoveryKey(""));
  });
});
