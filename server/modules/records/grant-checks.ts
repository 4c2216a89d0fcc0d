import { checkRecord } from "../../../shared/policy/record.ts";
import type { FilterGrantInput, RecordGrantInput } from "../../../shared/records/agreements-api.ts";
import { type ConsentUse, consentStands } from "../../../shared/records/fields.ts";
import { matchesFilter } from "../../../shared/records/terms.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { Actor } from "../auth/actor.ts";
import type { MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { KeysService } from "../keys/keys.service.ts";
import type { AgreementFacts, AgreementsRepo, GrantRecordRow } from "./agreements.repo.ts";
import { currentTerms, noSuchAgreement, statusOf } from "./agreements.service.ts";
import { checkSealedShare } from "./confidential-shares.ts";
import type { ConsentRow, RecordRow } from "./records.repo.ts";
import type { RecordsService } from "./records.service.ts";

/** What the checks of a grant read: the agreement, the caller's roles, the record, the recipient. */
export type GrantCheckDeps = {
  agreements: Pick<AgreementsRepo, "find" | "liveGrantsTo">;
  recordsService: Pick<RecordsService, "authorize">;
  names: Names;
  clock: Clock;
  membershipsOf: MembershipsOf;
  insideCoalitionsOf: (organizationId: string) => Promise<string[]>;
  /** The epoch a confidential record's share must be sealed to (issue 15). */
  keys: Pick<KeysService, "writableEpoch">;
};

/** Whether the record's consent for a use stands now. */
export const consentOf = (consents: ConsentRow[], use: ConsentUse) =>
  consentStands(
    consents.map((c) => ({ use: c.use, state: c.state, at: c.at.toISOString() })),
    use,
  );

/**
 * Whether a grant may be made, asked before its transaction opens: the agreement is in force
 * and names both sides, onward sharing keeps to the agreement's rule, the expiry is in the
 * future (and not after the grant shared from), a confidential record's share is sealed to
 * its grant, and the recipient exists. The record's consent is asked again under its lock.
 */
export function createGrantChecks(deps: GrantCheckDeps) {
  const { agreements, names, clock } = deps;

  async function managedBy(userId: string) {
    const mine = await deps.membershipsOf(userId);
    return {
      memberOf: new Set(mine.map((m) => m.organizationId)),
      manages: new Set(
        mine.filter((m) => m.role === "owner" || m.role === "admin").map((m) => m.organizationId),
      ),
    };
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

  /**
   * The caller's live grant of the record under the agreement, to share onward from: a grant
   * of the record itself, or a saved filter of its owner that reaches it.
   */
  async function parentGrant(
    record: RecordRow,
    consents: ConsentRow[],
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
    managedBy,

    /**
     * A grant of one record: by its owner's managers to another party, or onward by a
     * grantee's managers as the agreement allows. Answers what the grant is made of.
     */
    async recordGrant(actor: Actor, recordId: string, input: RecordGrantInput) {
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
      return { record, facts, terms, from, parent, expiresAt, toName };
    },

    /** A grant of an organisation's records under a saved filter, by its managers. */
    async filterGrant(actor: Actor, organizationId: string, input: FilterGrantInput) {
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
      return { facts, terms: currentTerms(facts), expiresAt };
    },
  };
}
