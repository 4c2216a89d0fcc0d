import { checkOrganization } from "../../../shared/policy/organization.ts";
import type { OrgRole } from "../../../shared/policy/terms.ts";
import type {
  EpochInput,
  MyKeys,
  MyKeysInput,
  OrganizationKeys,
  OrganizationKeysStart,
  PersonPublicKeys,
  SealsInput,
} from "../../../shared/keys/api.ts";
import type { Database, Tx } from "../../db/client.ts";
import { enforce } from "../../lib/authorize.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { Actor } from "../auth/actor.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import type { KeysRepo, PersonKeysRow, SealRow } from "./keys.repo.ts";

const noSuchPerson = "No such person.";
const noSuchOrganization = "No such organisation.";

/**
 * Keys for confidential records: people's public keys and wrapped secrets, and each
 * organisation's identity, epochs and the epoch secrets sealed to its members. The server
 * checks who may change what and that epochs follow each other; it cannot open anything here.
 */
export function createKeysService(deps: {
  database: Database;
  repo: KeysRepo;
  organizations: Pick<OrganizationDirectory, "find" | "roleOf" | "membershipsOf" | "memberIdsOf">;
  names: Names;
  audit: Pick<AuditLog, "appendMany">;
  clock: Clock;
}) {
  const { database, repo, organizations, names, audit, clock } = deps;

  const publicOf = (row: PersonKeysRow): PersonPublicKeys => ({
    userId: row.userId,
    boxPublicKey: row.boxPublicKey,
    signPublicKey: row.signPublicKey,
    createdAt: row.createdAt.toISOString(),
  });

  /** The viewer's standing towards an organisation; a hidden one is unknown to outsiders. */
  async function standing(actor: Actor, organizationId: string) {
    const facts = await organizations.find(organizationId);
    if (!facts) throw new NotFound(noSuchOrganization);
    const role: OrgRole | null = await organizations.roleOf(organizationId, actor.userId);
    const viewer = { signedIn: true, platformAdmin: false, role };
    enforce(checkOrganization(viewer, facts, "organization.read"), noSuchOrganization);
    return { facts, role, viewer };
  }

  /** Each seal names a member of the organisation with keys, and each member once. */
  async function checkSeals(organizationId: string, seals: { userId: string }[], tx?: Tx) {
    const members = new Set(await organizations.memberIdsOf(organizationId, tx));
    const withKeys = new Set((await repo.people([...members], tx)).map((p) => p.userId));
    const seen = new Set<string>();
    seals.forEach((s, i) => {
      if (!members.has(s.userId) || !withKeys.has(s.userId) || seen.has(s.userId))
        throw new Invalid("A key is sealed only to a member with keys, once.", [
          { field: `body.seals.${i}.userId`, message: "must be a member with keys, named once" },
        ]);
      seen.add(s.userId);
    });
  }

  const sealRows = (
    organizationId: string,
    epoch: number,
    seals: { userId: string; sealed: string }[],
    by: string,
  ): SealRow[] =>
    seals.map((s) => ({
      organizationId,
      epoch,
      userId: s.userId,
      sealed: s.sealed,
      sealedBy: by,
      sealedAt: clock.now(),
    }));

  const entry = (actor: Actor, organizationId: string, action: string, details: object) => ({
    at: clock.now(),
    actorUserId: actor.userId,
    actorOrganizationId: organizationId,
    action,
    subjectKind: "organization",
    subjectId: organizationId,
    details: { owner: organizationId, ...details },
  });

  return {
    async mine(actor: Actor): Promise<MyKeys> {
      const row = await repo.person(actor.userId);
      if (!row) return { keys: null };
      return { keys: { ...publicOf(row), passphrase: row.passphrase, recovery: row.recovery } };
    },

    /**
     * Sets the caller's keys, or rewraps the same keys (a new passphrase). Other keys in their
     * place only with `reset`, which drops every organisation key sealed to the old ones.
     */
    async putMine(actor: Actor, input: MyKeysInput): Promise<{ created: boolean; keys: MyKeys }> {
      const now = clock.now();
      const created = await database.db.transaction(async (tx) => {
        const kept = await repo.person(actor.userId, tx);
        const same =
          kept?.boxPublicKey === input.boxPublicKey && kept.signPublicKey === input.signPublicKey;
        if (kept && !same && !input.reset)
          throw new Conflict(
            "You already have keys: change the passphrase of the same keys, or reset them (reset loses every organisation key sealed to you).",
          );
        await repo.putPerson(tx, {
          userId: actor.userId,
          boxPublicKey: input.boxPublicKey,
          signPublicKey: input.signPublicKey,
          passphrase: input.passphrase,
          recovery: input.recovery,
          createdAt: kept && same ? kept.createdAt : now,
          updatedAt: now,
        });
        if (kept && !same) {
          await repo.dropSealsOf(tx, actor.userId);
          const orgs = await organizations.membershipsOf(actor.userId, tx);
          await audit.appendMany(
            tx,
            orgs.map((o) => entry(actor, o.organizationId, "keys.person_reset", {})),
          );
        }
        return !kept;
      });
      return { created, keys: await this.mine(actor) };
    },

    /** A person's public keys, for those who share an organisation with them. */
    async ofPerson(actor: Actor, userId: string): Promise<PersonPublicKeys> {
      const mine = new Set(
        (await organizations.membershipsOf(actor.userId)).map((m) => m.organizationId),
      );
      const theirs = await organizations.membershipsOf(userId);
      const shares = userId === actor.userId || theirs.some((m) => mine.has(m.organizationId));
      const row = shares ? await repo.person(userId) : undefined;
      if (!row) throw new NotFound(noSuchPerson);
      return publicOf(row);
    },

    async ofOrganization(actor: Actor, organizationId: string): Promise<OrganizationKeys> {
      const { role, viewer, facts } = await standing(actor, organizationId);
      const row = await repo.organization(organizationId);
      const epochs = row ? await repo.epochs(organizationId) : [];
      const view: OrganizationKeys = {
        organizationId,
        state: !row ? "none" : row.rotationNeededSince ? "rotation_needed" : "ready",
        identityPublicKey: row?.identityPublicKey ?? null,
        currentEpoch: row?.currentEpoch ?? null,
        epochs: epochs.map((e) => ({
          epoch: e.epoch,
          publicKey: e.publicKey,
          signature: e.signature,
          previous: e.previous,
          createdAt: e.createdAt.toISOString(),
        })),
      };
      if (!role) return view;
      const memberIds = await organizations.memberIdsOf(organizationId);
      const people = await repo.people(memberIds);
      const seals = row ? await repo.seals(organizationId, row.currentEpoch) : [];
      const sealed = new Set(seals.map((s) => s.userId));
      const awaiting = row ? people.filter((p) => !sealed.has(p.userId)) : [];
      const named = await names.people(awaiting.map((p) => p.userId));
      const own = seals.find((s) => s.userId === actor.userId);
      view.member = {
        seal: own && row ? { epoch: row.currentEpoch, sealed: own.sealed } : null,
        awaiting: awaiting.map((p) => ({ ...publicOf(p), name: named.get(p.userId) ?? "" })),
        withoutKeys: memberIds.length - people.length,
        manages: checkOrganization(viewer, facts, "organization.manage").allowed,
      };
      return view;
    },

    /** Starts an organisation's keys: its identity and epoch 1, sealed to the starter at least. */
    async start(actor: Actor, organizationId: string, input: OrganizationKeysStart) {
      const { viewer, facts } = await standing(actor, organizationId);
      enforce(checkOrganization(viewer, facts, "organization.manage"), noSuchOrganization);
      await checkSeals(organizationId, input.seals);
      const now = clock.now();
      await database.db.transaction(async (tx) => {
        const started = await repo.startOrganization(tx, {
          organizationId,
          identityPublicKey: input.identityPublicKey,
          currentEpoch: 1,
          rotationNeededSince: null,
          createdBy: actor.userId,
          createdAt: now,
        });
        if (!started) throw new Conflict("This organisation's keys were already started.");
        await repo.addEpoch(tx, {
          organizationId,
          epoch: 1,
          publicKey: input.publicKey,
          signature: input.signature,
          previous: null,
          createdBy: actor.userId,
          createdAt: now,
        });
        await repo.addSeals(tx, sealRows(organizationId, 1, input.seals, actor.userId));
        await audit.appendMany(tx, [
          entry(actor, organizationId, "keys.organization_started", {
            sealedTo: input.seals.length,
          }),
        ]);
      });
      return this.ofOrganization(actor, organizationId);
    },

    /** The next epoch: after a member left, or whenever a manager chooses to rotate. */
    async rotate(actor: Actor, organizationId: string, input: EpochInput) {
      const { viewer, facts } = await standing(actor, organizationId);
      enforce(checkOrganization(viewer, facts, "organization.manage"), noSuchOrganization);
      await checkSeals(organizationId, input.seals);
      await database.db.transaction(async (tx) => {
        const row = await repo.lockOrganization(tx, organizationId);
        if (!row) throw new Conflict("This organisation's keys are not started yet.");
        if (input.epoch !== row.currentEpoch + 1)
          throw new Conflict(
            `The organisation is at epoch ${row.currentEpoch}: the next epoch is ${row.currentEpoch + 1}.`,
          );
        await repo.addEpoch(tx, {
          organizationId,
          epoch: input.epoch,
          publicKey: input.publicKey,
          signature: input.signature,
          previous: input.previous,
          createdBy: actor.userId,
          createdAt: clock.now(),
        });
        await repo.addSeals(tx, sealRows(organizationId, input.epoch, input.seals, actor.userId));
        await repo.setEpoch(tx, organizationId, input.epoch);
        await audit.appendMany(tx, [
          entry(actor, organizationId, "keys.epoch_started", {
            epoch: input.epoch,
            sealedTo: input.seals.length,
          }),
        ]);
      });
      return this.ofOrganization(actor, organizationId);
    },

    /** Seals the current epoch to members who set their keys since: by any member holding it. */
    async seal(actor: Actor, organizationId: string, input: SealsInput) {
      const { viewer, facts } = await standing(actor, organizationId);
      enforce(checkOrganization(viewer, facts, "organization.actFor"), noSuchOrganization);
      await checkSeals(organizationId, input.seals);
      await database.db.transaction(async (tx) => {
        const row = await repo.lockOrganization(tx, organizationId);
        if (!row) throw new Conflict("This organisation's keys are not started yet.");
        if (input.epoch !== row.currentEpoch)
          throw new Conflict(`Seal the current epoch, ${row.currentEpoch}.`);
        const held = await repo.seals(organizationId, row.currentEpoch, tx);
        if (!held.some((s) => s.userId === actor.userId))
          throw new Conflict("Only a member holding the current epoch can seal it to others.");
        await repo.addSeals(tx, sealRows(organizationId, input.epoch, input.seals, actor.userId));
        await audit.appendMany(tx, [
          entry(actor, organizationId, "keys.sealed", {
            epoch: input.epoch,
            to: input.seals.map((s) => s.userId),
          }),
        ]);
      });
      return this.ofOrganization(actor, organizationId);
    },

    /**
     * Where confidential records stand for an organisation: the epoch new records must use,
     * or null when none may be made (not started, or a member left and no new epoch yet).
     */
    async writableEpoch(organizationId: string, tx?: Tx): Promise<number | null> {
      const row = await repo.organization(organizationId, tx);
      return row && !row.rotationNeededSince ? row.currentEpoch : null;
    },

    /** The owner's identity key, as partners' browsers check statements against it. */
    async identityOf(organizationId: string, tx?: Tx): Promise<string | null> {
      return (await repo.organization(organizationId, tx))?.identityPublicKey ?? null;
    },

    /**
     * A member left or was removed: their seals go at once, and the organisation owes a new
     * epoch before any new confidential record. In the removal's own transaction.
     */
    async memberRemoved(tx: Tx, organizationId: string, userId: string) {
      await repo.dropSealsOf(tx, userId, organizationId);
      await repo.needRotation(tx, organizationId, clock.now());
    },
  };
}
export type KeysService = ReturnType<typeof createKeysService>;
