/*
 * What a member's browser does for an organisation's keys: start them, make the next epoch, seal
 * the current one to a member. Every secret is made and sealed here; the server receives public
 * keys, signatures and seals only. Each person sealed to is first checked against the key this
 * browser remembers for them: a changed key is left out, never sealed to.
 */
import type { PersonKeys } from "../../../../shared/crypto/person-keys.ts";
import type { OrganizationKeys, PersonPublicKeys } from "../../../../shared/keys/api.ts";
import { ApiError, api } from "../../lib/api.ts";
import {
  type CryptoModule,
  KeyChangeRefused,
  type OrganizationKeyring,
  personSubject,
} from "./key-session.tsx";
import type { KeySessionInternals } from "./key-session-context.ts";

type Steps = {
  c: CryptoModule;
  session: Pick<KeySessionInternals, "trust" | "acceptKeyChange" | "keyringOf" | "forgetKeyring">;
  person: PersonKeys;
  userId: string;
  organizationId: string;
};

/** A person's safety number: their box key, then their signing key. */
export const personNumber = (
  c: CryptoModule,
  keys: Pick<PersonPublicKeys, "boxPublicKey" | "signPublicKey">,
) => c.safetyNumber(c.unb64(keys.boxPublicKey, 32), c.unb64(keys.signPublicKey, 32));

/** The other members with keys, each checked against memory; those with a changed key apart. */
async function otherMembersWithKeys({ c, session, userId, organizationId }: Steps) {
  const { items } = await api.GET("/api/v1/organizations/{id}/members", {
    params: { path: { id: organizationId } },
  });
  const found = await Promise.all(
    items
      .filter((m) => m.userId !== userId)
      .map((m) =>
        api
          .GET("/api/v1/people/{userId}/keys", { params: { path: { userId: m.userId } } })
          .then((keys) => ({ name: m.name, keys }))
          .catch((error: unknown) => {
            if (error instanceof ApiError && error.status === 404) return null;
            throw error;
          }),
      ),
  );
  const trusted: PersonPublicKeys[] = [];
  const changed: string[] = [];
  for (const member of found) {
    if (!member) continue;
    try {
      session.trust(personSubject(member.keys.userId), personNumber(c, member.keys));
      trusted.push(member.keys);
    } catch (error) {
      if (!(error instanceof KeyChangeRefused)) throw error;
      changed.push(member.name);
    }
  }
  return { trusted, changed };
}

function sealsFor(
  c: CryptoModule,
  me: { userId: string; person: PersonKeys },
  others: PersonPublicKeys[],
  secrets: { epochSecret: Uint8Array; identitySecret: Uint8Array },
) {
  return [
    {
      userId: me.userId,
      sealed: c.sealEpochToMember({ ...secrets, memberBoxPublic: me.person.boxPublic }),
    },
    ...others.map((o) => ({
      userId: o.userId,
      sealed: c.sealEpochToMember({ ...secrets, memberBoxPublic: o.boxPublicKey }),
    })),
  ];
}

export type StepResult = { view: OrganizationKeys; sealedTo: number; leftOut: string[] };

/** The organisation's identity and epoch 1, sealed to the starter and every member with keys. */
export async function startOrganizationKeys(steps: Steps): Promise<StepResult> {
  const { c, organizationId } = steps;
  const { trusted, changed } = await otherMembersWithKeys(steps);
  const identity = c.makeOrganizationIdentity();
  const epoch = c.makeEpoch({ organizationId, epoch: 1, identitySecret: identity.secretKey });
  const seals = sealsFor(c, steps, trusted, {
    epochSecret: epoch.secretKey,
    identitySecret: identity.secretKey,
  });
  identity.secretKey.fill(0);
  epoch.secretKey.fill(0);
  const view = await api.POST("/api/v1/organizations/{id}/keys", {
    params: { path: { id: organizationId } },
    body: {
      identityPublicKey: c.b64(identity.publicKey),
      publicKey: c.b64(epoch.publicKey),
      signature: epoch.signature,
      seals,
    },
  });
  // This browser made the identity: it is the one to remember, whatever was seen before.
  const number = c.safetyNumber(identity.publicKey);
  steps.session.acceptKeyChange({
    subject: `organization:${organizationId}`,
    remembered: "",
    presented: number,
  });
  return { view, sealedTo: seals.length, leftOut: changed };
}

/**
 * The next epoch, after a member left: signed by the organisation's identity, carrying the
 * current epoch's secret so older records stay readable, sealed to the members who stay.
 */
export async function makeNextEpoch(steps: Steps): Promise<StepResult> {
  const { c, session, organizationId } = steps;
  session.forgetKeyring(organizationId);
  const keyring: OrganizationKeyring = await session.keyringOf(organizationId);
  const current = keyring.epochs.get(keyring.currentEpoch);
  if (!current) throw new Error("The current epoch is missing from the keyring.");
  const { trusted, changed } = await otherMembersWithKeys(steps);
  const next = keyring.currentEpoch + 1;
  const epoch = c.makeEpoch({
    organizationId,
    epoch: next,
    identitySecret: keyring.identitySecret,
    previousSecret: current.secretKey,
  });
  if (!epoch.previous) throw new Error("The next epoch must carry the previous one.");
  const seals = sealsFor(c, steps, trusted, {
    epochSecret: epoch.secretKey,
    identitySecret: keyring.identitySecret,
  });
  epoch.secretKey.fill(0);
  const view = await api.POST("/api/v1/organizations/{id}/keys/epochs", {
    params: { path: { id: organizationId } },
    body: {
      epoch: next,
      publicKey: c.b64(epoch.publicKey),
      signature: epoch.signature,
      previous: epoch.previous,
      seals,
    },
  });
  session.forgetKeyring(organizationId);
  return { view, sealedTo: seals.length, leftOut: changed };
}

/** Seals the current epoch to one member waiting for it, whose key this browser trusts. */
export async function sealToMember(
  steps: Steps,
  member: PersonPublicKeys,
): Promise<OrganizationKeys> {
  const { c, session, organizationId } = steps;
  session.trust(personSubject(member.userId), personNumber(c, member));
  const keyring = await session.keyringOf(organizationId);
  const current = keyring.epochs.get(keyring.currentEpoch);
  if (!current) throw new Error("The current epoch is missing from the keyring.");
  try {
    return await api.POST("/api/v1/organizations/{id}/keys/seals", {
      params: { path: { id: organizationId } },
      body: {
        epoch: keyring.currentEpoch,
        seals: [
          {
            userId: member.userId,
            sealed: c.sealEpochToMember({
              epochSecret: current.secretKey,
              identitySecret: keyring.identitySecret,
              memberBoxPublic: member.boxPublicKey,
            }),
          },
        ],
      },
    });
  } catch (error) {
    // The epoch moved on since this tab opened it: the next try opens the new one.
    if (error instanceof ApiError && error.status === 409) session.forgetKeyring(organizationId);
    throw error;
  }
}
