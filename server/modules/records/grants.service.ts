import type {
  FilterGrantInput,
  GrantView,
  RecordGrantInput,
} from "../../../shared/records/agreements-api.ts";
import type { GrantFilter } from "../../../shared/records/terms.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import { Conflict, Forbidden, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { Actor } from "../auth/actor.ts";
import type { AgreementsRepo, GrantRecordRow } from "./agreements.repo.ts";
import { type GrantCheckDeps, consentOf, createGrantChecks } from "./grant-checks.ts";
import type { RecordsRepo } from "./records.repo.ts";
import { noSuchRecord } from "./records.service.ts";

export const noSuchGrant = "No such grant.";

export type GrantsDeps = GrantCheckDeps & {
  database: Database;
  agreements: AgreementsRepo;
  records: Pick<RecordsRepo, "findById" | "lock" | "consents">;
  audit: Pick<AuditLog, "appendMany">;
  events: Emit;
};

type By = { userId: string | null; organizationId: string | null };

/**
 * Grants: a record, or every record of the owner matching a saved filter, shared with an
 * organisation under an agreement in force. The owner's managers share; a grantee shares
 * onward only as the agreement says; sharing without the consent the agreement needs takes a
 * reason, which is audited and told to the owner's managers. Whether a grant may be made is
 * asked in grant-checks.ts; here it is made, listed, revoked and ended, and every grant made
 * or ended is written to the audit log in the same transaction.
 */
export function createGrantsService(deps: GrantsDeps) {
  const { database, agreements, records, audit, names, clock } = deps;
  const checks = createGrantChecks(deps);

  /** What the audit writes of a grant: about the record it shares, or about itself. */
  async function entryOf(
    tx: Tx,
    grant: GrantRecordRow,
    action: string,
    by: By,
    details: Record<string, unknown> = {},
  ) {
    const record = grant.recordId ? await records.findById(grant.recordId, tx) : undefined;
    return {
      at: clock.now(),
      actorUserId: by.userId,
      actorOrganizationId: by.organizationId,
      action,
      subjectKind: record ? "record" : "grant",
      subjectId: record ? record.id : grant.id,
      details: {
        owner: record ? record.ownerOrganizationId : grant.fromOrganizationId,
        grant: grant.id,
        agreement: grant.agreementId,
        version: grant.agreementVersion,
        from: grant.fromOrganizationId,
        to: grant.toOrganizationId,
        ...details,
      },
    };
  }

  async function writeEnded(tx: Tx, ended: GrantRecordRow[], by: By, reason: string) {
    const entries = [];
    for (const grant of ended) entries.push(await entryOf(tx, grant, "grant.end", by, { reason }));
    await audit.appendMany(tx, entries);
  }

  async function present(rows: GrantRecordRow[], tx?: Tx): Promise<GrantView[]> {
    const orgNames = await names.organizations(
      [...new Set(rows.flatMap((g) => [g.fromOrganizationId, g.toOrganizationId]))],
      tx,
    );
    const now = clock.now();
    return rows.map((g) => ({
      id: g.id,
      agreementId: g.agreementId,
      agreementVersion: g.agreementVersion,
      fromOrganizationId: g.fromOrganizationId,
      fromName: orgNames.get(g.fromOrganizationId) ?? "",
      toOrganizationId: g.toOrganizationId,
      toName: orgNames.get(g.toOrganizationId) ?? "",
      recordId: g.recordId,
      filter: g.filter,
      parentGrantId: g.parentGrantId,
      overrideReason: g.overrideReason,
      grantedAt: g.grantedAt.toISOString(),
      expiresAt: g.expiresAt?.toISOString() ?? null,
      endedAt: g.revokedAt?.toISOString() ?? null,
      endReason: g.endReason,
      live: !g.revokedAt && (!g.expiresAt || g.expiresAt > now),
    }));
  }

  return {
    /** Shares one record under an agreement: by its owner's managers, or onward by a grantee. */
    async grantRecord(actor: Actor, recordId: string, input: RecordGrantInput): Promise<GrantView> {
      const { record, facts, terms, from, parent, expiresAt, toName } = await checks.recordGrant(
        actor,
        recordId,
        input,
      );
      const id = newId();
      await database.db.transaction(async (tx) => {
        const locked = await records.lock(tx, recordId);
        if (!locked || locked.deletedAt) throw new NotFound(noSuchRecord);
        const consents = await records.consents([recordId], tx);
        const needs = terms.consentRequired;
        const overridden = !!needs && !consentOf(consents, needs);
        if (overridden && !input.overrideReason)
          throw new Conflict(
            `The record lacks the consent the agreement needs (${needs}): record it, or give a reason to share without it.`,
          );
        const grant: GrantRecordRow = {
          id,
          agreementId: facts.agreement.id,
          agreementVersion: terms.version,
          fromOrganizationId: from,
          toOrganizationId: input.toOrganizationId,
          recordId,
          filter: null,
          parentGrantId: parent?.id ?? null,
          overrideReason: overridden ? (input.overrideReason ?? null) : null,
          grantedBy: actor.userId,
          grantedAt: clock.now(),
          expiresAt,
          revokedAt: null,
          endReason: null,
          sealedShare: input.sealedShare ?? null,
        };
        await agreements.insertGrant(tx, grant);
        const by = { userId: actor.userId, organizationId: from };
        await audit.appendMany(tx, [
          await entryOf(tx, grant, "grant.create", by, {
            fields: terms.fields,
            ...(parent ? { parent: parent.id } : {}),
          }),
          ...(overridden
            ? [
                await entryOf(tx, grant, "grant.override", by, {
                  consent: needs,
                  reason: input.overrideReason,
                }),
              ]
            : []),
        ]);
        if (overridden) {
          const ownerName = (await names.organizations([record.ownerOrganizationId], tx)).get(
            record.ownerOrganizationId,
          );
          await deps.events.emit(tx, "grant.consentOverridden", {
            grantId: id,
            recordId,
            ownerOrganizationId: record.ownerOrganizationId,
            ownerName: ownerName ?? "",
            toOrganizationName: toName,
            byUserId: actor.userId,
          });
        }
      });
      const made = await agreements.findGrant(id);
      if (!made) throw new NotFound(noSuchGrant);
      return (await present([made]))[0] as GrantView;
    },

    /**
     * Shares every record of an organisation matching a saved filter. No override: a record
     * falls under it only while its consent stands.
     */
    async grantFilter(
      actor: Actor,
      organizationId: string,
      input: FilterGrantInput,
    ): Promise<GrantView> {
      const { facts, terms, expiresAt } = await checks.filterGrant(actor, organizationId, input);
      const grant: GrantRecordRow = {
        id: newId(),
        agreementId: facts.agreement.id,
        agreementVersion: terms.version,
        fromOrganizationId: organizationId,
        toOrganizationId: input.toOrganizationId,
        recordId: null,
        filter: input.filter as GrantFilter,
        parentGrantId: null,
        overrideReason: null,
        grantedBy: actor.userId,
        grantedAt: clock.now(),
        expiresAt,
        revokedAt: null,
        endReason: null,
        sealedShare: null,
      };
      await database.db.transaction(async (tx) => {
        await agreements.insertGrant(tx, grant);
        await audit.appendMany(tx, [
          await entryOf(
            tx,
            grant,
            "grant.create",
            { userId: actor.userId, organizationId },
            {
              fields: terms.fields,
              filter: grant.filter,
            },
          ),
        ]);
      });
      return (await present([grant]))[0] as GrantView;
    },

    /** The grants of one record, for its owner's managers. */
    async ofRecord(actor: Actor, recordId: string) {
      await deps.recordsService.authorize(actor, recordId, "record.share");
      return { items: await present(await agreements.grantsOfRecord(recordId)) };
    },

    /** The grants an organisation gave and received, for its managers. */
    async ofOrganization(actor: Actor, organizationId: string) {
      const viewer = await checks.managedBy(actor.userId);
      if (!viewer.manages.has(organizationId))
        throw new Forbidden("Only the organisation's owners and admins see its grants.");
      return { items: await present(await agreements.grantsOfOrganization(organizationId)) };
    },

    /** Ends a grant at once, and every grant shared onward from it. */
    async revoke(actor: Actor, grantId: string): Promise<GrantView> {
      const viewer = await checks.managedBy(actor.userId);
      const grant = await agreements.findGrant(grantId);
      const knows =
        grant &&
        (viewer.memberOf.has(grant.fromOrganizationId) ||
          viewer.memberOf.has(grant.toOrganizationId));
      if (!grant || !knows) throw new NotFound(noSuchGrant);
      if (!viewer.manages.has(grant.fromOrganizationId))
        throw new Forbidden("Only the granting organisation's owners and admins revoke a grant.");
      if (grant.revokedAt) throw new Conflict("The grant has already ended.");
      await database.db.transaction(async (tx) => {
        const by = { userId: actor.userId, organizationId: grant.fromOrganizationId };
        const ended = await agreements.endWithOnward(tx, [grantId], clock.now(), "revoked");
        const entries = [];
        for (const g of ended) {
          entries.push(
            g.id === grantId
              ? await entryOf(tx, g, "grant.revoke", by)
              : await entryOf(tx, g, "grant.end", by, { reason: "parent_ended" }),
          );
        }
        await audit.appendMany(tx, entries);
      });
      const after = await agreements.findGrant(grantId);
      return (await present(after ? [after] : []))[0] as GrantView;
    },

    /** Ends every grant under an agreement that ended, in its transaction. */
    async endUnderAgreement(tx: Tx, agreementId: string, at: Date, by: By) {
      const live = await agreements.liveGrantsOfAgreement(tx, agreementId);
      const ended = await agreements.endWithOnward(
        tx,
        live.map((g) => g.id),
        at,
        "agreement_ended",
      );
      await writeEnded(tx, ended, by, "agreement_ended");
    },

    /**
     * The retention job: grants whose agreement version's retention has passed since they
     * were made end, and the recipient loses access. Returns how many ended.
     */
    async endPastRetention(): Promise<number> {
      const now = clock.now();
      const due = await agreements.pastRetention(now);
      if (!due.length) return 0;
      return database.db.transaction(async (tx) => {
        const ended = await agreements.endWithOnward(
          tx,
          due.map((g) => g.id),
          now,
          "retention",
        );
        await writeEnded(tx, ended, { userId: null, organizationId: null }, "retention");
        return ended.length;
      });
    },
  };
}
export type GrantsService = ReturnType<typeof createGrantsService>;
