import type {
  AgreementAmendment,
  AgreementInput,
  AgreementTerms,
  AgreementView,
} from "../../../shared/records/agreements-api.ts";
import type { ConsentUse } from "../../../shared/records/fields.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { Actor } from "../auth/actor.ts";
import type { MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { AgreementFacts, AgreementVersionRow, AgreementsRepo } from "./agreements.repo.ts";

export const noSuchAgreement = "No such agreement.";

/** proposed until every party accepted the current version; ended once a party ends it. */
export function statusOf(facts: AgreementFacts): AgreementView["status"] {
  if (facts.agreement.endedAt) return "ended";
  const accepted = new Set(
    facts.acceptances
      .filter((a) => a.version === facts.agreement.version)
      .map((a) => a.organizationId),
  );
  return facts.partyIds.every((p) => accepted.has(p)) ? "in_force" : "proposed";
}

/** The terms of the agreement's current version. */
export function currentTerms(facts: AgreementFacts): AgreementVersionRow {
  const current = facts.versions.find((v) => v.version === facts.agreement.version);
  // Every agreement is written with its first version, and every new version with it.
  if (!current) throw new Error(`agreement ${facts.agreement.id} lacks its current version`);
  return current;
}

const presentVersion = (v: AgreementVersionRow) => ({
  version: v.version,
  title: v.title,
  purpose: v.purpose,
  dataCategories: v.dataCategories,
  fields: v.fields,
  onwardRule: v.onwardRule,
  onwardCoalitionId: v.onwardCoalitionId,
  retentionDays: v.retentionDays,
  consentRequired: v.consentRequired,
  createdAt: v.createdAt.toISOString(),
});

export type AgreementsDeps = {
  database: Database;
  repo: AgreementsRepo;
  audit: Pick<AuditLog, "appendMany">;
  names: Names;
  clock: Clock;
  membershipsOf: MembershipsOf;
  /** The coalitions an organisation is inside (active or suspended). */
  insideCoalitionsOf: (organizationId: string) => Promise<string[]>;
  /** Ends the agreement's grants (and those shared onward from them) in the transaction. */
  endGrantsOfAgreement: (
    tx: Tx,
    agreementId: string,
    at: Date,
    by: { userId: string; organizationId: string },
  ) => Promise<void>;
};

/**
 * Information-sharing agreements between organisations. Each party's owner or admin accepts
 * the current version; new terms are a new version that every party accepts again; any
 * party may end it, and every grant under it ends then.
 */
export function createAgreementsService(deps: AgreementsDeps) {
  const { database, repo, audit, names, clock } = deps;

  async function managedBy(actor: Actor) {
    const mine = await deps.membershipsOf(actor.userId);
    return {
      memberOf: new Set(mine.map((m) => m.organizationId)),
      manages: new Set(
        mine.filter((m) => m.role === "owner" || m.role === "admin").map((m) => m.organizationId),
      ),
    };
  }
  type Managed = Awaited<ReturnType<typeof managedBy>>;

  async function present(facts: AgreementFacts, viewer: Managed, tx?: Tx): Promise<AgreementView> {
    const { agreement } = facts;
    const partyNames = await names.organizations(facts.partyIds, tx);
    const status = statusOf(facts);
    const acceptedNow = new Map(
      facts.acceptances
        .filter((a) => a.version === agreement.version)
        .map((a) => [a.organizationId, a.acceptedAt]),
    );
    const managedParties = facts.partyIds.filter((p) => viewer.manages.has(p));
    return {
      id: agreement.id,
      status,
      proposedBy: agreement.proposedBy,
      version: agreement.version,
      terms: presentVersion(currentTerms(facts)),
      versions: facts.versions.map(presentVersion),
      parties: facts.partyIds.map((organizationId) => ({
        organizationId,
        name: partyNames.get(organizationId) ?? "",
        accepted: acceptedNow.has(organizationId),
        acceptedAt: acceptedNow.get(organizationId)?.toISOString() ?? null,
      })),
      createdAt: agreement.createdAt.toISOString(),
      endedAt: agreement.endedAt?.toISOString() ?? null,
      endedBy: agreement.endedBy,
      may: {
        accept: status === "proposed" && managedParties.some((p) => !acceptedNow.has(p)),
        end: status !== "ended" && managedParties.length > 0,
        amend: status !== "ended" && managedParties.length > 0,
      },
    };
  }

  /** The agreement, if the viewer belongs to one of its parties; otherwise it does not exist. */
  function visible(facts: AgreementFacts | undefined, viewer: Managed): AgreementFacts {
    if (!facts || !facts.partyIds.some((p) => viewer.memberOf.has(p)))
      throw new NotFound(noSuchAgreement);
    return facts;
  }

  /** The party the caller acts for: one of its owners or admins. */
  function actingParty(facts: AgreementFacts, viewer: Managed, organizationId: string) {
    if (!facts.partyIds.includes(organizationId))
      throw new Invalid("The organisation is not a party to this agreement.", [
        { field: "body.organizationId", message: "must be a party to the agreement" },
      ]);
    if (!viewer.manages.has(organizationId))
      throw new Forbidden("Only a party's owners and admins act for it.");
  }

  async function checkTerms(terms: AgreementTerms, organizationId: string) {
    if (terms.onwardRule !== "within_coalition" || !terms.onwardCoalitionId) return;
    const inside = await deps.insideCoalitionsOf(organizationId);
    if (!inside.includes(terms.onwardCoalitionId))
      throw new Invalid("Onward sharing may be within a coalition the organisation is inside.", [
        {
          field: "body.onwardCoalitionId",
          message: "must be a coalition the organisation is inside",
        },
      ]);
  }

  function versionRow(
    agreementId: string,
    version: number,
    terms: AgreementTerms,
    actor: Actor,
    at: Date,
  ): AgreementVersionRow {
    return {
      agreementId,
      version,
      title: terms.title,
      purpose: terms.purpose,
      dataCategories: [...terms.dataCategories],
      fields: [...terms.fields],
      onwardRule: terms.onwardRule,
      onwardCoalitionId:
        terms.onwardRule === "within_coalition" ? (terms.onwardCoalitionId ?? null) : null,
      retentionDays: terms.retentionDays,
      consentRequired:
        terms.consentRequired === undefined
          ? "named_partners"
          : (terms.consentRequired as ConsentUse | null),
      createdBy: actor.userId,
      createdAt: at,
    };
  }

  const entry = (
    actor: Actor,
    organizationId: string,
    action: string,
    agreementId: string,
    details: Record<string, unknown>,
  ) => ({
    at: clock.now(),
    actorUserId: actor.userId,
    actorOrganizationId: organizationId,
    action,
    subjectKind: "agreement",
    subjectId: agreementId,
    details: { owner: organizationId, ...details },
  });

  return {
    async create(actor: Actor, input: AgreementInput): Promise<AgreementView> {
      const viewer = await managedBy(actor);
      if (!viewer.manages.has(input.proposedBy))
        throw new Forbidden("Only the organisation's owners and admins may propose an agreement.");
      const others = input.partyIds.filter((p) => p !== input.proposedBy);
      const known = await names.organizations(others);
      if (!others.length || others.some((p) => !known.has(p)))
        throw new Invalid("Name at least one other organisation that exists.", [
          { field: "body.partyIds", message: "must be other organisations that exist" },
        ]);
      await checkTerms(input, input.proposedBy);
      const now = clock.now();
      const id = newId();
      await database.db.transaction(async (tx) => {
        await repo.insert(
          tx,
          {
            id,
            proposedBy: input.proposedBy,
            version: 1,
            createdBy: actor.userId,
            createdAt: now,
            endedAt: null,
            endedBy: null,
          },
          [input.proposedBy, ...others],
          versionRow(id, 1, input, actor, now),
          {
            agreementId: id,
            version: 1,
            organizationId: input.proposedBy,
            acceptedBy: actor.userId,
            acceptedAt: now,
          },
        );
        await audit.appendMany(tx, [
          entry(actor, input.proposedBy, "agreement.propose", id, {
            version: 1,
            parties: [input.proposedBy, ...others],
          }),
        ]);
      });
      return this.get(actor, id);
    },

    async list(actor: Actor) {
      const viewer = await managedBy(actor);
      const all = await repo.ofParties([...viewer.memberOf]);
      return { items: await Promise.all(all.map((facts) => present(facts, viewer))) };
    },

    async get(actor: Actor, id: string): Promise<AgreementView> {
      const viewer = await managedBy(actor);
      return present(visible(await repo.find(id), viewer), viewer);
    },

    /** New terms: a new version, accepted by the party that puts it, and by the others later. */
    async amend(actor: Actor, id: string, input: AgreementAmendment): Promise<AgreementView> {
      const viewer = await managedBy(actor);
      actingParty(visible(await repo.find(id), viewer), viewer, input.organizationId);
      await checkTerms(input, input.organizationId);
      await database.db.transaction(async (tx) => {
        const facts = visible(await repo.lock(tx, id), viewer);
        if (facts.agreement.endedAt) throw new Conflict("The agreement has ended.");
        const now = clock.now();
        const version = facts.agreement.version + 1;
        await repo.addVersion(tx, versionRow(id, version, input, actor, now), {
          agreementId: id,
          version,
          organizationId: input.organizationId,
          acceptedBy: actor.userId,
          acceptedAt: now,
        });
        await audit.appendMany(tx, [
          entry(actor, input.organizationId, "agreement.amend", id, { version }),
        ]);
      });
      return this.get(actor, id);
    },

    async accept(actor: Actor, id: string, organizationId: string): Promise<AgreementView> {
      const viewer = await managedBy(actor);
      actingParty(visible(await repo.find(id), viewer), viewer, organizationId);
      await database.db.transaction(async (tx) => {
        const facts = visible(await repo.lock(tx, id), viewer);
        if (facts.agreement.endedAt) throw new Conflict("The agreement has ended.");
        const { version } = facts.agreement;
        if (
          facts.acceptances.some(
            (a) => a.version === version && a.organizationId === organizationId,
          )
        )
          throw new Conflict("The organisation has already accepted this version.");
        await repo.accept(tx, {
          agreementId: id,
          version,
          organizationId,
          acceptedBy: actor.userId,
          acceptedAt: clock.now(),
        });
        await audit.appendMany(tx, [
          entry(actor, organizationId, "agreement.accept", id, { version }),
        ]);
      });
      return this.get(actor, id);
    },

    /** Any party ends it; every grant under it ends at once. */
    async end(actor: Actor, id: string, organizationId: string): Promise<AgreementView> {
      const viewer = await managedBy(actor);
      actingParty(visible(await repo.find(id), viewer), viewer, organizationId);
      await database.db.transaction(async (tx) => {
        const facts = visible(await repo.lock(tx, id), viewer);
        if (facts.agreement.endedAt) throw new Conflict("The agreement has already ended.");
        const now = clock.now();
        await repo.end(tx, id, now, organizationId);
        await audit.appendMany(tx, [
          entry(actor, organizationId, "agreement.end", id, { version: facts.agreement.version }),
        ]);
        await deps.endGrantsOfAgreement(tx, id, now, { userId: actor.userId, organizationId });
      });
      return this.get(actor, id);
    },
  };
}
export type AgreementsService = ReturnType<typeof createAgreementsService>;
