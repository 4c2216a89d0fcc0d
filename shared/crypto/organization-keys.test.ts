import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { flip, flipB64, id, otherString } from "./arbitraries.ts";
import {
  CryptoRefused,
  b64,
  loadSodium,
  makeEpoch,
  makeOrganizationIdentity,
  makePersonKeys,
  openEpochSeal,
  openPrevious,
  sealEpochToMember,
  verifyEpoch,
} from "./index.ts";

beforeAll(() => loadSodium());

const refused = (reason: CryptoRefused["reason"], run: () => unknown) =>
  expect(run).toThrow(expect.objectContaining({ name: "CryptoRefused", reason }));

const epochNumber = fc.integer({ min: 1, max: 1_000_000 });

describe("organisation epochs", () => {
  it("are signed by the identity over organisation, epoch and public key, and nothing else verifies", () => {
    fc.assert(
      fc.property(id, epochNumber, fc.nat(), flip, (organizationId, epoch, salt, where) => {
        const identity = makeOrganizationIdentity();
        const made = makeEpoch({ organizationId, epoch, identitySecret: identity.secretKey });
        const published = {
          organizationId,
          epoch,
          publicKey: made.publicKey,
          signature: made.signature,
        };
        expect(made.previous).toBeNull();
        expect(verifyEpoch(published, identity.publicKey)).toBe(true);
        expect(
          verifyEpoch({ ...published, publicKey: b64(made.publicKey) }, b64(identity.publicKey)),
        ).toBe(true);

        const stranger = makeOrganizationIdentity();
        expect(verifyEpoch(published, stranger.publicKey)).toBe(false);
        expect(
          verifyEpoch(
            { ...published, organizationId: otherString(organizationId, salt) },
            identity.publicKey,
          ),
        ).toBe(false);
        expect(verifyEpoch({ ...published, epoch: epoch + 1 }, identity.publicKey)).toBe(false);
        expect(
          verifyEpoch(
            { ...published, publicKey: flipB64(b64(made.publicKey), where) },
            identity.publicKey,
          ),
        ).toBe(false);
        expect(
          verifyEpoch(
            { ...published, signature: flipB64(made.signature, where) },
            identity.publicKey,
          ),
        ).toBe(false);
        expect(verifyEpoch({ ...published, signature: "not base64!" }, identity.publicKey)).toBe(
          false,
        );
      }),
      { numRuns: 40 },
    );
  });

  it("carry the previous epoch's secret, opened only with the new secret, organisation and number", () => {
    fc.assert(
      fc.property(id, epochNumber, fc.nat(), flip, (organizationId, epoch, salt, where) => {
        const identity = makeOrganizationIdentity();
        const first = makeEpoch({ organizationId, epoch, identitySecret: identity.secretKey });
        const next = makeEpoch({
          organizationId,
          epoch: epoch + 1,
          identitySecret: identity.secretKey,
          previousSecret: first.secretKey,
        });
        if (!next.previous) throw new Error("expected a previous secret");
        const input = {
          organizationId,
          epoch: epoch + 1,
          previous: next.previous,
          epochSecret: next.secretKey,
        };
        expect(openPrevious({ ...input, previousPublic: first.publicKey })).toEqual(
          first.secretKey,
        );

        refused("tampered", () => openPrevious({ ...input, epochSecret: first.secretKey }));
        refused("tampered", () => openPrevious({ ...input, epoch }));
        refused("tampered", () =>
          openPrevious({ ...input, organizationId: otherString(organizationId, salt) }),
        );
        for (const field of ["nonce", "ciphertext"] as const) {
          const previous = { ...input.previous, [field]: flipB64(input.previous[field], where) };
          refused("tampered", () => openPrevious({ ...input, previous }));
        }
        refused("tampered", () => openPrevious({ ...input, previousPublic: next.publicKey }));
      }),
      { numRuns: 40 },
    );
  });

  it("refuse an epoch number that is not a positive integer", () => {
    const identity = makeOrganizationIdentity();
    for (const epoch of [0, -1, 1.5, Number.NaN]) {
      refused("malformed", () =>
        makeEpoch({ organizationId: "o", epoch, identitySecret: identity.secretKey }),
      );
    }
  });
});

describe("sealing an epoch to a member", () => {
  it("opens for that member with the identity and epoch they expect, and for no one else", () => {
    fc.assert(
      fc.property(flip, (where) => {
        const identity = makeOrganizationIdentity();
        const epoch = makeEpoch({
          organizationId: "o",
          epoch: 1,
          identitySecret: identity.secretKey,
        });
        const member = makePersonKeys();
        const sealed = sealEpochToMember({
          epochSecret: epoch.secretKey,
          identitySecret: identity.secretKey,
          memberBoxPublic: b64(member.boxPublic),
        });
        const expected = { identityPublic: identity.publicKey, epochPublic: b64(epoch.publicKey) };
        expect(openEpochSeal(sealed, member, expected)).toEqual({
          epochSecret: epoch.secretKey,
          epochPublic: epoch.publicKey,
          identitySecret: identity.secretKey,
          identityPublic: identity.publicKey,
        });

        const other = makePersonKeys();
        refused("tampered", () => openEpochSeal(sealed, other, expected));
        refused("tampered", () => openEpochSeal(flipB64(sealed, where), member, expected));
      }),
      { numRuns: 40 },
    );
  });

  it("refuses keys the server sealed itself in place of the organisation's", () => {
    const identity = makeOrganizationIdentity();
    const epoch = makeEpoch({ organizationId: "o", epoch: 1, identitySecret: identity.secretKey });
    const member = makePersonKeys();
    const expected = { identityPublic: identity.publicKey, epochPublic: epoch.publicKey };
    // Anyone can seal to the member's public key: a server can make its own identity and epoch.
    const forgedIdentity = makeOrganizationIdentity();
    const forgedEpoch = makeEpoch({
      organizationId: "o",
      epoch: 1,
      identitySecret: forgedIdentity.secretKey,
    });
    const forged = sealEpochToMember({
      epochSecret: forgedEpoch.secretKey,
      identitySecret: forgedIdentity.secretKey,
      memberBoxPublic: member.boxPublic,
    });
    refused("tampered", () => openEpochSeal(forged, member, expected));
    // Nor the real identity with an older epoch passed off as the current one.
    const older = sealEpochToMember({
      epochSecret: forgedEpoch.secretKey,
      identitySecret: identity.secretKey,
      memberBoxPublic: member.boxPublic,
    });
    refused("tampered", () => openEpochSeal(older, member, expected));
    // Nor an identity secret whose public half was swapped for the real one.
    const spliced = forgedIdentity.secretKey.slice();
    spliced.set(identity.publicKey, 32);
    const lying = sealEpochToMember({
      epochSecret: epoch.secretKey,
      identitySecret: spliced,
      memberBoxPublic: member.boxPublic,
    });
    refused("tampered", () => openEpochSeal(lying, member, expected));
    refused("malformed", () => openEpochSeal("%%%", member, expected));
  });
});
