import { type RecordAction, checkRecord } from "../../../shared/policy/record.ts";
import type { RecordView } from "../../../shared/records/api.ts";
import type { Database, Tx } from "../../db/client.ts";
import { enforce } from "../../lib/authorize.ts";
import type { Clock } from "../../lib/clock.ts";
import { NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { Actor } from "../auth/actor.ts";
import {
  type ViewerFacts,
  type ViewerReader,
  actingOrganization,
  standingOf,
} from "./record-standing.ts";
import type { RecordRow, RecordsRepo } from "./records.repo.ts";
import { noSuchRecord, presentSummary, presentView } from "./records.presenter.ts";

export type RecordsDeps = {
  database: Database;
  repo: RecordsRepo;
  viewerOf: ViewerReader;
  audit: Pick<AuditLog, "appendMany">;
  names: Names;
  clock: Clock;
  /** What else goes when a record is deleted (its files), after the deletion committed. */
  afterDelete?: (recordId: string) => Promise<void>;
  /** The coalitions an organisation is inside, to check a record shared with coalitions. */
  insideCoalitionsOf: (organizationId: string) => Promise<string[]>;
};

/** What the audit writes of a reach into a record: never its content. */
export type AuditedReach = {
  action: string;
  viewer: ViewerFacts;
  record: RecordRow;
  organizationId: string | null;
  details?: Record<string, unknown>;
};

export const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * What every part of the records service (reading, writing, consents) reaches a record
 * through: the policy's verdict on the viewer's standing, the audit entry of the reach, and
 * the record as the viewer may see it.
 */
export function createRecordAccess(deps: RecordsDeps) {
  const { repo, names, clock } = deps;

  const entryOf = (reach: AuditedReach) => ({
    at: clock.now(),
    actorUserId: reach.viewer.actor?.userId ?? null,
    actorOrganizationId: reach.organizationId,
    action: reach.action,
    subjectKind: "record",
    subjectId: reach.record.id,
    details: {
      owner: reach.record.ownerOrganizationId,
      kind: reach.record.kind,
      classification: reach.record.classification,
      ...reach.details,
    },
  });

  /** Loads a record and the viewer's standing, and checks the action; hidden is unknown. */
  async function authorizeAs(viewer: ViewerFacts, id: string, action: RecordAction, tx?: Tx) {
    const record = tx ? await repo.lock(tx, id) : await repo.findById(id);
    if (!record) throw new NotFound(noSuchRecord);
    const orgIds = viewer.organizations.map((o) => o.organizationId);
    // One after the other: a transaction's queries share one connection.
    const consents = await repo.consents([record.id], tx);
    const grants = await repo.grantsFor([record], orgIds, tx);
    const standing = standingOf(viewer, record, consents, grants);
    enforce(checkRecord(standing, action), noSuchRecord);
    const acting = actingOrganization(viewer, record, standing.grants);
    return { viewer, record, consents, standing, acting };
  }
  type Authorized = Awaited<ReturnType<typeof authorizeAs>>;

  /**
   * The viewer's facts are read before a transaction opens: they come from other modules,
   * which read outside it (PGlite has one connection, so a read beside the open transaction
   * would wait for it forever).
   */
  const authorize = async (actor: Actor | null, id: string, action: RecordAction) =>
    authorizeAs(await deps.viewerOf(actor), id, action);

  async function present(a: Authorized, tx?: Tx): Promise<RecordView> {
    const { record } = a;
    const contents = await repo.contents([record], tx);
    const owners = await names.organizations([record.ownerOrganizationId], tx);
    const summary = presentSummary(
      a,
      contents.get(record.id),
      owners.get(record.ownerOrganizationId) ?? "",
    );
    return presentView(a, summary);
  }

  return { authorizeAs, authorize, entryOf, present };
}
export type RecordAccess = ReturnType<typeof createRecordAccess>;

/** What each part of the records service is built from. */
export type RecordParts = RecordsDeps & { access: RecordAccess };
