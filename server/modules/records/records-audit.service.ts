import { type AuditEntry, verifyCheckpoint } from "../../lib/audit-chain.ts";
import type {
  AuditPage,
  CheckpointCheck,
  CheckpointDownload,
  SignedCheckpoint,
} from "../../../shared/audit/api.ts";
import { Forbidden } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { AuditCheckpoints } from "../audit/checkpoints.ts";
import type { Actor } from "../auth/actor.ts";
import type { MembershipsOf } from "../coalitions/coalitions.module.ts";
import type { RecordsService } from "./records.service.ts";

/**
 * The audit of records as their owner reads it: who, for which organisation, did what, when.
 * Entries hold no content, so reading them shows nobody a record.
 */
export function createRecordsAuditService(deps: {
  audit: Pick<AuditLog, "ofOwner" | "about" | "verify">;
  checkpoints: Pick<AuditCheckpoints, "latest" | "keyOf">;
  records: Pick<RecordsService, "authorize">;
  membershipsOf: MembershipsOf;
  names: Names;
}) {
  const { audit, names } = deps;

  async function present(entries: AuditEntry[], limit: number): Promise<AuditPage> {
    const [people, orgs] = await Promise.all([
      names.people(entries.map((e) => e.actorUserId)),
      names.organizations([
        ...new Set(entries.flatMap((e) => (e.actorOrganizationId ? [e.actorOrganizationId] : []))),
      ]),
    ]);
    return {
      entries: entries.map((e) => ({
        seq: e.seq,
        at: e.at,
        action: e.action,
        actorName: e.actorUserId ? (people.get(e.actorUserId) ?? null) : null,
        actorOrganizationId: e.actorOrganizationId,
        actorOrganizationName: e.actorOrganizationId
          ? (orgs.get(e.actorOrganizationId) ?? null)
          : null,
        subjectKind: e.subjectKind,
        subjectId: e.subjectId,
        details: e.details,
        hash: e.hash,
      })),
      nextBefore: entries.length === limit ? (entries.at(-1)?.seq ?? null) : null,
    };
  }

  /** The organisation's owners and admins read its audit; to others it is refused. */
  async function managerOf(actor: Actor, organizationId: string) {
    const mine = await deps.membershipsOf(actor.userId);
    const role = mine.find((m) => m.organizationId === organizationId)?.role;
    if (role !== "owner" && role !== "admin")
      throw new Forbidden("Only the organisation's owners and admins read its audit.");
  }

  return {
    async ofRecord(
      actor: Actor,
      id: string,
      query: { before?: number | undefined; limit: number },
    ) {
      await deps.records.authorize(actor, id, "record.audit");
      return present(await audit.about("record", id, query.before, query.limit), query.limit);
    },

    async ofOrganization(
      actor: Actor,
      organizationId: string,
      query: { before?: number | undefined; limit: number },
    ) {
      await managerOf(actor, organizationId);
      return present(await audit.ofOwner(organizationId, query.before, query.limit), query.limit);
    },

    /**
     * The latest signed checkpoint of the whole log and the key to check it with: kept by the
     * organisation, it lets it show later that the log was not rewritten behind it.
     */
    async checkpointFor(actor: Actor, organizationId: string): Promise<CheckpointDownload> {
      await managerOf(actor, organizationId);
      const [checkpoint, key] = await Promise.all([
        deps.checkpoints.latest(),
        deps.checkpoints.keyOf(),
      ]);
      return { checkpoint, algorithm: "ed25519", publicKey: key.publicPem };
    },

    /**
     * Checks a checkpoint the organisation kept: signed by this instance, and the log, checked
     * whole from its first entry, still passes through its head. It reads the whole log (about
     * ten seconds per million entries), so only an organisation's managers may ask.
     */
    async checkCheckpoint(
      actor: Actor,
      organizationId: string,
      kept: SignedCheckpoint,
    ): Promise<CheckpointCheck> {
      await managerOf(actor, organizationId);
      const key = await deps.checkpoints.keyOf();
      const signatureValid = verifyCheckpoint(kept, key.publicKey);
      const result = await audit.verify(signatureValid ? { expect: [kept] } : {});
      return {
        signatureValid,
        extended: signatureValid && result.ok,
        treeSize: result.ok ? result.count : result.firstBad - 1,
        firstBadEntry: result.ok ? null : result.firstBad,
      };
    },
  };
}
export type RecordsAuditService = ReturnType<typeof createRecordsAuditService>;
