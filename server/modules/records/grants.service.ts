import { checkRecord } from "../../../shared/policy/record.ts";
import type {
  FilterGrantInput,
  GrantView,
  RecordGrantInput,
} from "../../../shared/records/agreements-api.ts";
import { type ConsentUse, consentStands } from "../../../shared/records/fields.ts";
import { type GrantFilter, matchesFilter } from "../../../shared/records/terms.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Emit } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { Actor } from "../auth/actor.ts";
import type { MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { AgreementFacts, AgreementsRepo, GrantRecordRow } from "./agreements.repo.ts";
import { currentTerms, noSuchAgreement, statusOf } from "./agreements.service.ts";
import { checkSealedShare } from "./confidential-shares.ts";
import type { KeysService } from "../keys/keys.service.ts";
import type { RecordRow, RecordsRepo } from "./records.repo.ts";
import { noSuchRecord, type RecordsService } from "./records.service.ts";

export const noSuchGrant = "No such grant.";

export type GrantsDeps = {
  database: Database;
  agreements: AgreementsRepo;
  records: Pick<RecordsRepo, "findById" | "lock" | "consents">;
  recordsService: Pick<RecordsService, "authorize">;
  audit: Pick<AuditLog, "appendMany">;
  events: Emit;
  names: Names;
  clock: Clock;
  membershipsOf: MembershipsOf;
  insideCoalitionsOf: (organizationId: string) => Promise<string[]>;
  /** The epoch a confidential record's share must be sealed to (issue 15). */
  keys: Pick<KeysService, "writableEpoch">;
};

type By = { userId: string | null; organizationId: string | null };

/**
 * Grants: a record, or every record of the owner matching a saved filter, shared with an
 * organisation under an agreement in force. The owner's managers share; a grantee shares
 * onward only as the agreement says; sharing without the consent the agreement needs takes a
 * reason, which is audited and told to the owner's managers. Every grant made or ended is
 * written to the audit log in the same transaction.
 */
export function createGrantsService(deps: GrantsDeps) {
  const { database, agreements, records, audit, names, clock } = deps;

  async function managedBy(userId: string) {
    const mine = await deps.membershipsOf(userId);
    return {
      memberOf: new Set(mine.map((m) => m.organizationId)),
      manages: new Set(
        mine.filter((m) => m.role === "owner" || m.role === "admin").map((m) => m.organizationId),
      ),
    };
  }

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

  /** The agreement as one of the caller's organisations knows it, in force. */
  function inForce(facts: AgreementFacts | undefined, memberOf: Set<string>) {
    if (!facts || !facts.partyIds.some((p) => memberOf.has(p))) throw new NotFound(noSuchAgreement);
    if (statusOf(facts) !== "in_force")
      throw new Conflict("The agreement is not in force: every party must accept its terms.");
    return facts;
  }

  function checkExpiry(expiresAt: string | undefined, cap: Date | null = null): Date | null {
    const at = expiresAt ? new Date(expiresAt) : null;
    if (at && at <= clock.now())
      throw new Invalid("A grant expires in the future.", [
        { field: "body.expiresAt", message: "must be in the future" },
      ]);
    if (!cap) return at;
    return at && at < cap ? at : cap;
  }

  function partyCheck(facts: AgreementFacts, organizationId: string, field: string, who: string) {
    if (!facts.partyIds.includes(organizationId))
      throw new Invalid(`${who} is not a party to the agreement.`, [
        { field, message: "must be a party to the agreement" },
      ]);
  }

  const consentOf = (consents: Awaited<ReturnType<RecordsRepo["consents"]>>, use: ConsentUse) =>
    consentStands(
      consents.map((c) => ({ use: c.use, state: c.state, at: c.at.toISOString() })),
      use,
    );

  /**
   * The caller's live grant of the record under the agreement, to share onward from: a grant
   * of the record itself, or a saved filter of its owner that reaches it.
   */
  async function parentGrant(
    record: RecordRow,
    consents: Awaited<ReturnType<RecordsRepo["consents"]>>,
    manages: Set<string>,
    agreementId: string,
  ) {
    const grants = await agreements.liveGrantsTo([...manages], agreementId, record, clock.now());
    const facts = await agreements.find(agreementId);
    return grants.find((g) => {
      if (g.recordId) return true;
      const version = facts?.versions.find((v) => v.version === g.agreementVersion);
      return (
        matchesFilter(record, g.filter ?? {}) &&
        (!version?.consentRequired || consentOf(consents, version.consentRequired))
      );
    });
  }

  return {
    /** Shares one record under an agreement: by its owner's managers, or onward by a grantee. */
    async grantRecord(actor: Actor, recordId: string, input: RecordGrantInput): Promise<GrantView> {
      const a = await deps.recordsService.authorize(actor, recordId, "record.read");
      const viewer = await managedBy(actor.userId);
      const facts = inForce(await agreements.find(input.agreementId), viewer.memberOf);
      const terms = currentTerms(facts);
      const { record } = a;
      const owns = checkRecord(a.standing, "record.share").allowed;
      let from = record.ownerOrganizationId;
      let parent: GrantRecordRow | undefined;
      if (owns) {
        partyCheck(facts, from, "body.agreementId", "The record's owner");
        partyCheck(facts, input.toOrganizationId, "body.toOrganizationId", "The recipient");
      } else {
        parent = await parentGrant(record, a.consents, viewer.manages, facts.agreement.id);
        // Without a grant to share from, sharing is the owner's alone.
        if (!parent) throw new Forbidden("Only the owner organisation's owners and admins may.");
        from = parent.toOrganizationId;
        if (input.overrideReason)
          throw new Forbidden("Only the owner's owners and admins may share without consent.");
        if (terms.onwardRule === "none")
          throw new Forbidden("The agreement allows no onward sharing.");
        if (terms.onwardRule === "owner_consent")
          throw new Conflict(
            "The agreement allows onward sharing only with the owner's consent: ask the owner to share it.",
          );
        const inside = await deps.insideCoalitionsOf(input.toOrganizationId);
        if (!terms.onwardCoalitionId || !inside.includes(terms.onwardCoalitionId))
          throw new Invalid("The agreement allows onward sharing only within its coalition.", [
            { field: "body.toOrganizationId", message: "must be inside the agreement's coalition" },
          ]);
      }
      if (input.toOrganizationId === from || input.toOrganizationId === record.ownerOrganizationId)
        throw new Invalid("A grant is to another organisation.", [
          { field: "body.toOrganizationId", message: "must be another organisation" },
        ]);
      const expiresAt = checkExpiry(input.expiresAt, parent?.expiresAt ?? null);
      checkSealedShare({
        classification: record.classification,
        sealedShare: input.sealedShare,
        owns,
        grant: {
          recordId,
          ownerOrganizationId: record.ownerOrganizationId,
          toOrganizationId: input.toOrganizationId,
          agreementId: facts.agreement.id,
          agreementVersion: terms.version,
          purpose: terms.purpose,
          onwardRule: terms.onwardRule,
          expiresAt,
        },
        recipientEpoch:
          record.classification === "confidential"
            ? await deps.keys.writableEpoch(input.toOrganizationId)
            : null,
      });
      const toName = (await names.organizations([input.toOrganizationId])).get(
        input.toOrganizationId,
      );
      if (toName === undefined)
        throw new Invalid("The recipient is not known.", [
          { field: "body.toOrganizationId", message: "must be an organisation that exists" },
        ]);

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
      const viewer = await managedBy(actor.userId);
      if (!viewer.manages.has(organizationId))
        throw new Forbidden("Only the organisation's owners and admins share its records.");
      const facts = inForce(await agreements.find(input.agreementId), viewer.memberOf);
      partyCheck(facts, organizationId, "body.agreementId", "The organisation");
      partyCheck(facts, input.toOrganizationId, "body.toOrganizationId", "The recipient");
      if (input.toOrganizationId === organizationId)
        throw new Invalid("A grant is to another organisation.", [
          { field: "body.toOrganizationId", message: "must be another organisation" },
        ]);
      const expiresAt = checkExpiry(input.expiresAt);
      const terms = currentTerms(facts);
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
      const viewer = await managedBy(actor.userId);
      if (!viewer.manages.has(organizationId))
        throw new Forbidden("Only the organisation's owners and admins see its grants.");
      return { items: await present(await agreements.grantsOfOrganization(organizationId)) };
    },

    /** Ends a grant at once, and every grant shared onward from it. */
    async revoke(actor: Actor, grantId: string): Promise<GrantView> {
      const viewer = await managedBy(actor.userId);
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
