import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { content, flip, flipB64, id } from "./arbitraries.ts";
import {
  CryptoRefused,
  loadSodium,
  makeEpoch,
  makeOrganizationIdentity,
  openShare,
  shareRecord,
  signStatement,
  verifyStatement,
  type ShareStatement,
} from "./index.ts";

beforeAll(() => loadSodium());

const refused = (reason: CryptoRefused["reason"], run: () => unknown) =>
  expect(run).toThrow(expect.objectContaining({ name: "CryptoRefused", reason }));

const statementFields = fc.record({
  recordId: id,
  agreementId: id,
  agreementVersion: fc.integer({ min: 1, max: 1000 }),
  purpose: fc.string({ maxLength: 200 }),
  expiresAt: fc.option(fc.constant("2027-06-30T00:00:00.000Z"), { nil: null }),
  onwardRule: fc.constantFrom("none", "within_coalition", "with_consent"),
  issuedAt: fc.constant("2026-12-07T12:00:00.000Z"),
});

function setting() {
  const owner = makeOrganizationIdentity();
  const recipient = makeOrganizationIdentity();
  const epoch = makeEpoch({
    organizationId: "org-b",
    epoch: 4,
    identitySecret: recipient.secretKey,
  });
  const recipientEpoch = { epoch: 4, publicKey: epoch.publicKey, secretKey: epoch.secretKey };
  return { owner, recipientEpoch };
}

const expected = { ownerOrganizationId: "org-a", toOrganizationId: "org-b" };

describe("sharing a record with a signed statement", () => {
  it("opens for the recipient's epoch after checking the owner's signature", () => {
    fc.assert(
      fc.property(content, statementFields, (value, fields) => {
        const { owner, recipientEpoch } = setting();
        const share = shareRecord({
          content: value,
          statement: { ...fields, ...expected, recipientEpoch: 4 },
          recipientEpochPublic: recipientEpoch.publicKey,
          identitySecret: owner.secretKey,
        });
        const opened = openShare(
          share,
          { ownerIdentityPublic: owner.publicKey, recipientEpoch },
          { ...expected, recordId: fields.recordId },
        );
        expect(opened.content).toEqual(value);
        expect(opened.statement).toEqual(share.statement);
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a changed statement, signature, sealed key or payload, and a stranger's signature", () => {
    fc.assert(
      fc.property(statementFields, flip, (fields, where) => {
        const { owner, recipientEpoch } = setting();
        const share = shareRecord({
          content: { title: "Witness statement" },
          statement: { ...fields, ...expected, recipientEpoch: 4 },
          recipientEpochPublic: recipientEpoch.publicKey,
          identitySecret: owner.secretKey,
        });
        const keys = { ownerIdentityPublic: owner.publicKey, recipientEpoch };
        const open = (s: typeof share) => () => openShare(s, keys, expected);
        const changed = (patch: Partial<ShareStatement>) => ({
          ...share,
          statement: { ...share.statement, ...patch },
        });

        refused("bad-signature", open(changed({ purpose: `${fields.purpose}!` })));
        refused("bad-signature", open(changed({ expiresAt: "2099-01-01T00:00:00.000Z" })));
        refused("bad-signature", open(changed({ onwardRule: "anyone" })));
        refused("bad-signature", open(changed({ agreementVersion: fields.agreementVersion + 1 })));
        refused("bad-signature", open({ ...share, signature: flipB64(share.signature, where) }));
        refused("tampered", open({ ...share, sealedKey: flipB64(share.sealedKey, where) }));
        refused(
          "tampered",
          open({
            ...share,
            payload: { ...share.payload, ciphertext: flipB64(share.payload.ciphertext, where) },
          }),
        );
        refused(
          "tampered",
          open({
            ...share,
            payload: { ...share.payload, nonce: flipB64(share.payload.nonce, where) },
          }),
        );

        const stranger = makeOrganizationIdentity();
        refused("bad-signature", () =>
          openShare(share, { ...keys, ownerIdentityPublic: stranger.publicKey }, expected),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("refuses a share signed for another recipient, owner, record or epoch", () => {
    const { owner, recipientEpoch } = setting();
    const share = shareRecord({
      content: { a: 1 },
      statement: {
        recordId: "r-1",
        ...expected,
        agreementId: "ag",
        agreementVersion: 1,
        purpose: "p",
        expiresAt: null,
        onwardRule: "none",
        recipientEpoch: 4,
        issuedAt: "2026-12-07T12:00:00.000Z",
      },
      recipientEpochPublic: recipientEpoch.publicKey,
      identitySecret: owner.secretKey,
    });
    const keys = { ownerIdentityPublic: owner.publicKey, recipientEpoch };
    refused("tampered", () => openShare(share, keys, { ...expected, toOrganizationId: "org-c" }));
    refused("tampered", () =>
      openShare(share, keys, { ...expected, ownerOrganizationId: "org-c" }),
    );
    refused("tampered", () => openShare(share, keys, { ...expected, recordId: "r-2" }));
    refused("tampered", () =>
      openShare(share, { ...keys, recipientEpoch: { ...recipientEpoch, epoch: 5 } }, expected),
    );
  });

  it("verifies a signature only over exactly the signed statement", () => {
    const owner = makeOrganizationIdentity();
    const statement: ShareStatement = {
      recordId: "r",
      ...expected,
      agreementId: "ag",
      agreementVersion: 2,
      purpose: "protection monitoring",
      expiresAt: null,
      onwardRule: "none",
      recipientEpoch: 1,
      payloadHash: "abc",
      issuedAt: "2026-12-07T12:00:00.000Z",
    };
    const signature = signStatement(statement, owner.secretKey);
    expect(verifyStatement(statement, signature, owner.publicKey)).toBe(true);
    // Key order does not matter: the signed bytes are canonical JSON.
    const reordered = Object.fromEntries(Object.entries(statement).reverse()) as ShareStatement;
    expect(verifyStatement(reordered, signature, owner.publicKey)).toBe(true);
    expect(verifyStatement({ ...statement, payloadHash: "abd" }, signature, owner.publicKey)).toBe(
      false,
    );
    expect(verifyStatement(statement, "", owner.publicKey)).toBe(false);
    expect(verifyStatement(statement, signature, "short")).toBe(false);
  });
});
