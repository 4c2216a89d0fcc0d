import { beforeAll, describe, expect, it } from "vitest";
import * as c from "../../../../shared/crypto/index.ts";
import type { OrganizationKeys } from "../../../../shared/keys/api.ts";
import { type KeyChange, KeyChangeRefused, KeyringUnavailable } from "./key-session-contract.ts";
import { openKeyring, recipientEpoch } from "./keyring.ts";

const organizationId = "01a250d0-1872-72bf-9c83-253846c4acd4";
const createdAt = "2026-12-01T10:00:00.000Z";

/** An organisation three epochs old as the server presents it, its seal for `member`. */
function organization(member: c.PersonKeys) {
  const identity = c.makeOrganizationIdentity();
  const epochs: c.Epoch[] = [];
  for (let epoch = 1; epoch <= 3; epoch++) {
    epochs.push(
      c.makeEpoch({
        organizationId,
        epoch,
        identitySecret: identity.secretKey,
        previousSecret: epochs[epoch - 2]?.secretKey ?? null,
      }),
    );
  }
  const current = epochs[2] as c.Epoch;
  const view: OrganizationKeys = {
    organizationId,
    state: "ready",
    identityPublicKey: c.b64(identity.publicKey),
    currentEpoch: 3,
    epochs: epochs.map((e, i) => ({
      epoch: i + 1,
      publicKey: c.b64(e.publicKey),
      signature: e.signature,
      previous: e.previous,
      createdAt,
    })),
    member: {
      seal: {
        epoch: 3,
        sealed: c.sealEpochToMember({
          epochSecret: current.secretKey,
          identitySecret: identity.secretKey,
          memberBoxPublic: member.boxPublic,
        }),
      },
      awaiting: [],
      withoutKeys: 0,
      manages: false,
    },
  };
  return { identity, epochs, view };
}

/** Trust on first use over an in-memory map, as the session does over localStorage. */
function memory() {
  let known: c.KnownKeys = {};
  const trust = (subject: KeyChange["subject"], fingerprint: string) => {
    const verdict = c.compareKnown(known, subject, fingerprint);
    if (verdict === "changed") {
      throw new KeyChangeRefused({
        subject,
        remembered: known[subject] ?? "",
        presented: fingerprint,
        reason: "changed",
      });
    }
    known = c.remember(known, subject, fingerprint);
  };
  return { trust, known: () => known };
}

/** The same organisation, with the member's seal replaced. */
function withSeal(view: OrganizationKeys, seal: { epoch: number; sealed: string } | null) {
  if (!view.member) throw new Error("a member's view");
  return { ...view, member: { ...view.member, seal } };
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
};

describe("opening an organisation's keyring", () => {
  let member: c.PersonKeys;
  beforeAll(async () => {
    await c.loadSodium();
    member = c.makePersonKeys();
  });

  it("opens the current epoch from the member's seal and walks back to the first", () => {
    const { identity, epochs, view } = organization(member);
    const { trust, known } = memory();
    const ring = openKeyring(c, view, member, trust);
    expect(ring.currentEpoch).toBe(3);
    expect(ring.identitySecret).toEqual(identity.secretKey);
    expect([...ring.epochs.keys()].sort()).toEqual([1, 2, 3]);
    epochs.forEach((epoch, i) => {
      expect(ring.epochs.get(i + 1)?.secretKey).toEqual(epoch.secretKey);
      expect(ring.epochs.get(i + 1)?.publicKey).toEqual(epoch.publicKey);
    });
    // Seen for the first time: remembered.
    expect(known()).toEqual({
      [`organization:${organizationId}`]: c.safetyNumber(identity.publicKey),
    });
  });

  it("refuses another identity than the one remembered, naming both numbers", () => {
    const { trust } = memory();
    const first = organization(member);
    openKeyring(c, first.view, member, trust);
    const substituted = organization(member);
    const error = refusal(() => openKeyring(c, substituted.view, member, trust));
    expect(error).toBeInstanceOf(KeyChangeRefused);
    expect((error as KeyChangeRefused).change).toEqual({
      subject: `organization:${organizationId}`,
      remembered: c.safetyNumber(first.identity.publicKey),
      presented: c.safetyNumber(substituted.identity.publicKey),
      reason: "changed",
    });
    // Nor does a partner seal a share to it.
    expect(refusal(() => recipientEpoch(c, substituted.view, trust))).toBeInstanceOf(
      KeyChangeRefused,
    );
  });

  it("refuses an epoch key its identity did not sign, even under the remembered identity", () => {
    const { view } = organization(member);
    const forged = c.makeEpoch({
      organizationId,
      epoch: 3,
      identitySecret: c.makeOrganizationIdentity().secretKey,
    });
    const epochs = view.epochs.map((e) =>
      e.epoch === 3 ? { ...e, publicKey: c.b64(forged.publicKey), signature: forged.signature } : e,
    );
    const error = refusal(() => recipientEpoch(c, { ...view, epochs }, memory().trust));
    expect(error).toBeInstanceOf(KeyChangeRefused);
    expect((error as KeyChangeRefused).change.reason).toBe("unsigned");
    const opened = refusal(() => openKeyring(c, { ...view, epochs }, member, memory().trust));
    expect(opened).toBeInstanceOf(KeyChangeRefused);
    expect((opened as KeyChangeRefused).change.reason).toBe("unsigned");
  });

  it("refuses a seal anyone could have made: the organisation's real identity secret is missing", () => {
    const { view } = organization(member);
    const planted = c.sealEpochToMember({
      epochSecret: c.makeEpoch({
        organizationId,
        epoch: 3,
        identitySecret: c.makeOrganizationIdentity().secretKey,
      }).secretKey,
      identitySecret: c.makeOrganizationIdentity().secretKey,
      memberBoxPublic: member.boxPublic,
    });
    const error = refusal(() =>
      openKeyring(c, withSeal(view, { epoch: 3, sealed: planted }), member, memory().trust),
    );
    expect(error).toBeInstanceOf(c.CryptoRefused);
    expect((error as c.CryptoRefused).reason).toBe("tampered");
  });

  it("keeps the epochs it reached when an older link is broken", () => {
    const { view } = organization(member);
    const other = organization(member).view;
    // Epoch 2's link to epoch 1 is replaced by another organisation's.
    const epochs = view.epochs.map((e) =>
      e.epoch === 2 ? { ...e, previous: other.epochs[1]?.previous ?? null } : e,
    );
    const ring = openKeyring(c, { ...view, epochs }, member, memory().trust);
    expect([...ring.epochs.keys()].sort()).toEqual([2, 3]);
  });

  it("says why there is no keyring: not started, or not sealed to this person yet", () => {
    const { view } = organization(member);
    const notStarted: OrganizationKeys = {
      ...view,
      state: "none",
      identityPublicKey: null,
      currentEpoch: null,
      epochs: [],
    };
    const none = refusal(() => openKeyring(c, notStarted, member, memory().trust));
    expect(none).toBeInstanceOf(KeyringUnavailable);
    expect((none as KeyringUnavailable).reason).toBe("not-started");
    const unsealed = refusal(() => openKeyring(c, withSeal(view, null), member, memory().trust));
    expect((unsealed as KeyringUnavailable).reason).toBe("not-sealed");
  });

  it("gives a partner the current epoch's key, checked against the identity", () => {
    const { epochs, view } = organization(member);
    const { epoch, publicKey } = recipientEpoch(c, { ...view, member: undefined }, memory().trust);
    expect(epoch).toBe(3);
    expect(publicKey).toEqual(epochs[2]?.publicKey);
  });
});
