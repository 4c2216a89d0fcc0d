import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { content, flip, flipB64, id, otherString } from "./arbitraries.ts";
import {
  CryptoRefused,
  b64,
  loadSodium,
  makeEpoch,
  makeOrganizationIdentity,
  newContentKey,
  newFileKey,
  openFileHeader,
  openRecord,
  openSealedKey,
  sealFileHeader,
  sealKeyTo,
  sealRecord,
  unb64,
  unwrapContentKey,
  wrapContentKey,
} from "./index.ts";

beforeAll(() => loadSodium());

const refused = (reason: CryptoRefused["reason"], run: () => unknown) =>
  expect(run).toThrow(expect.objectContaining({ name: "CryptoRefused", reason }));

const binding = fc.record({ recordId: id, version: fc.nat(), ownerOrganizationId: id });

describe("a record's fields", () => {
  it("open to exactly what was sealed", () => {
    fc.assert(
      fc.property(content, binding, (value, b) => {
        const key = newContentKey();
        expect(openRecord(sealRecord(value, key, b), key, b)).toEqual(value);
      }),
    );
  });

  it("are refused under another record id, version or owner, another key, or any changed byte", () => {
    fc.assert(
      fc.property(content, binding, fc.nat(), flip, (value, b, salt, where) => {
        const key = newContentKey();
        const sealed = sealRecord(value, key, b);
        refused("tampered", () =>
          openRecord(sealed, key, { ...b, recordId: otherString(b.recordId, salt) }),
        );
        refused("tampered", () => openRecord(sealed, key, { ...b, version: b.version + 1 }));
        refused("tampered", () =>
          openRecord(sealed, key, {
            ...b,
            ownerOrganizationId: otherString(b.ownerOrganizationId, salt),
          }),
        );
        refused("tampered", () => openRecord(sealed, newContentKey(), b));
        refused("tampered", () =>
          openRecord({ ...sealed, nonce: flipB64(sealed.nonce, where) }, key, b),
        );
        refused("tampered", () =>
          openRecord({ ...sealed, ciphertext: flipB64(sealed.ciphertext, where) }, key, b),
        );
      }),
    );
  });

  it("hide their exact length: ciphertexts come in 256-byte steps", () => {
    const key = newContentKey();
    const b = { recordId: "r", version: 1, ownerOrganizationId: "o" };
    const size = (title: string) => unb64(sealRecord({ title }, key, b).ciphertext).length;
    expect(size("a")).toBe(size("a much longer title, still under the block"));
    expect(size("x".repeat(300))).toBe(size("x".repeat(200)) + 256);
  });

  it("refuse malformed input rather than guess", () => {
    const key = newContentKey();
    const b = { recordId: "r", version: 1, ownerOrganizationId: "o" };
    const sealed = sealRecord({ a: 1 }, key, b);
    refused("malformed", () => openRecord({ ...sealed, nonce: "short" }, key, b));
    refused("malformed", () => openRecord({ ...sealed, ciphertext: "a+b/" }, key, b));
    refused("malformed", () => openRecord({ ...sealed, ciphertext: "" }, key, b));
    refused("malformed", () => openRecord(null as never, key, b));
    refused("malformed", () => sealRecord(undefined, key, b));
  });
});

describe("a content key sealed to an epoch", () => {
  it("opens only with that epoch's secret, and refuses any changed byte", () => {
    fc.assert(
      fc.property(flip, (where) => {
        const identity = makeOrganizationIdentity();
        const epoch = makeEpoch({
          organizationId: "o",
          epoch: 1,
          identitySecret: identity.secretKey,
        });
        const other = makeEpoch({
          organizationId: "o",
          epoch: 2,
          identitySecret: identity.secretKey,
        });
        const key = newContentKey();
        const sealed = sealKeyTo(key, b64(epoch.publicKey));
        expect(openSealedKey(sealed, epoch)).toEqual(key);
        refused("tampered", () => openSealedKey(sealed, other));
        refused("tampered", () => openSealedKey(flipB64(sealed, where), epoch));
      }),
      { numRuns: 50 },
    );
  });
});

describe("an attachment's header", () => {
  const header = fc.record({
    name: fc.string({ maxLength: 120 }),
    mediaType: fc.constantFrom("image/jpeg", "application/pdf", ""),
    size: fc.nat(),
    sha256: fc.base64String(),
  });
  const files = fc.record({ recordId: id, fileId: id });

  it("opens to what was sealed, only for its record and file id, and refuses any changed byte", () => {
    fc.assert(
      fc.property(header, files, fc.nat(), flip, (h, b, salt, where) => {
        const contentKey = newContentKey();
        const fileKey = newFileKey();
        const sealed = sealFileHeader({ ...h, fileKey }, contentKey, b);
        expect(openFileHeader(sealed, contentKey, b)).toEqual({ ...h, fileKey });
        refused("tampered", () =>
          openFileHeader(sealed, contentKey, { ...b, fileId: otherString(b.fileId, salt) }),
        );
        refused("tampered", () =>
          openFileHeader(sealed, contentKey, { ...b, recordId: otherString(b.recordId, salt) }),
        );
        refused("tampered", () =>
          openFileHeader({ ...sealed, nonce: flipB64(sealed.nonce, where) }, contentKey, b),
        );
        refused("tampered", () =>
          openFileHeader(
            { ...sealed, ciphertext: flipB64(sealed.ciphertext, where) },
            contentKey,
            b,
          ),
        );
      }),
    );
  });
});

describe("a record's content key, wrapped under its owner's epoch secret", () => {
  const keyBinding = fc.record({ recordId: id, ownerOrganizationId: id, epoch: fc.nat() });
  const epochSecret = () => unb64(b64(newContentKey()));

  it("unwraps to the same key with the same epoch secret and binding", () => {
    fc.assert(
      fc.property(keyBinding, (b) => {
        const key = newContentKey();
        const secret = epochSecret();
        expect(unwrapContentKey(wrapContentKey(key, secret, b), secret, b)).toEqual(key);
      }),
    );
  });

  it("is refused under another epoch secret (a server's own key), another binding, or any changed byte", () => {
    fc.assert(
      fc.property(keyBinding, fc.nat(), flip, (b, salt, where) => {
        const key = newContentKey();
        const secret = epochSecret();
        const wrapped = wrapContentKey(key, secret, b);
        refused("tampered", () => unwrapContentKey(wrapped, epochSecret(), b));
        refused("tampered", () => unwrapContentKey(wrapped, secret, { ...b, epoch: b.epoch + 1 }));
        refused("tampered", () =>
          unwrapContentKey(wrapped, secret, { ...b, recordId: otherString(b.recordId, salt) }),
        );
        refused("tampered", () =>
          unwrapContentKey(wrapped, secret, {
            ...b,
            ownerOrganizationId: otherString(b.ownerOrganizationId, salt),
          }),
        );
        refused("tampered", () =>
          unwrapContentKey({ ...wrapped, nonce: flipB64(wrapped.nonce, where) }, secret, b),
        );
        refused("tampered", () =>
          unwrapContentKey(
            { ...wrapped, ciphertext: flipB64(wrapped.ciphertext, where) },
            secret,
            b,
          ),
        );
      }),
    );
  });

  it("is 48 bytes of ciphertext after a 24-byte nonce, as the server's schema expects", () => {
    const wrapped = wrapContentKey(newContentKey(), epochSecret(), {
      recordId: "r",
      ownerOrganizationId: "o",
      epoch: 1,
    });
    expect(unb64(wrapped.nonce)).toHaveLength(24);
    expect(unb64(wrapped.ciphertext)).toHaveLength(48);
  });
});
