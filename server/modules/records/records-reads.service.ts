import { sightOf } from "../../../shared/policy/record.ts";
import type {
  RecordExportQuery,
  RecordListQuery,
  RecordSummary,
  RecordView,
} from "../../../shared/records/api.ts";
import type { Tx } from "../../db/client.ts";
import { Keysets, cursorFor } from "../../lib/cursor.ts";
import { Invalid } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import {
  type ViewerFacts,
  actingOrganization,
  listViewerOf,
  standingOf,
} from "./record-standing.ts";
import { type AuditedReach, type RecordParts, unique } from "./records-common.ts";
import { presentSummary } from "./records.presenter.ts";

/** The most records one export holds. */
export const exportLimit = 10_000;
const cursor = cursorFor(Keysets.instant);

/** Reading records: one, a page, or all under a filter for an export; every reach audited. */
export function createRecordReadsService(deps: RecordParts) {
  const { database, repo, audit, names, clock, access } = deps;

  /**
   * A page of the records the viewer may read, as they may see them; each shown that is not
   * public is written to the audit as `action`.
   */
  async function readPage(
    viewer: ViewerFacts,
    filter: RecordExportQuery,
    after: { k: string; id: string } | null,
    limit: number,
    action: "record.list" | "record.export",
    tx: Tx,
  ) {
    const rows = await repo.listVisible(listViewerOf(viewer), filter, after, limit + 1, tx);
    const page = cursor.page(rows, limit, (r) => ({ k: r.updatedAt.toISOString(), id: r.id }));
    const orgIds = viewer.organizations.map((o) => o.organizationId);
    // One after the other: a transaction's queries share one connection.
    const contents = await repo.contents(page.items, tx);
    const consents = await repo.consents(
      page.items.map((r) => r.id),
      tx,
    );
    const grants = await repo.grantsFor(page.items, orgIds, tx);
    const owners = await names.organizations(
      unique(page.items.map((r) => r.ownerOrganizationId)),
      tx,
    );
    const items: RecordSummary[] = [];
    const reaches: AuditedReach[] = [];
    for (const record of page.items) {
      const standing = standingOf(viewer, record, consents, grants);
      // The list's SQL and the policy say the same; the policy has the last word.
      if (sightOf(standing).kind === "none") continue;
      const summary = presentSummary(
        { record, standing },
        contents.get(record.id),
        owners.get(record.ownerOrganizationId) ?? "",
      );
      items.push(summary);
      if (record.classification !== "public" || summary.sight === "fields") {
        reaches.push({
          action,
          viewer,
          record,
          organizationId: actingOrganization(viewer, record, standing.grants),
        });
      }
    }
    await audit.appendMany(tx, reaches.map(access.entryOf));
    return { items, nextCursor: page.nextCursor };
  }

  return {
    /** One record, as the viewer may see it; a read that is not of a public record is audited. */
    async get(actor: Actor | null, id: string): Promise<RecordView> {
      const viewer = await deps.viewerOf(actor);
      return database.db.transaction(async (tx) => {
        const a = await access.authorizeAs(viewer, id, "record.read", tx);
        const view = await access.present(a, tx);
        if (a.record.classification !== "public" || view.sight === "fields") {
          await audit.appendMany(tx, [
            access.entryOf({
              action: "record.read",
              viewer: a.viewer,
              record: a.record,
              organizationId: a.acting,
              details: {
                version: a.record.version,
                ...(view.sight === "fields" ? { fields: Object.keys(view.fields) } : {}),
              },
            }),
          ]);
        }
        return view;
      });
    },

    /** A page of the records the viewer may read; each one shown that is not public is audited. */
    async list(actor: Actor | null, query: RecordListQuery) {
      const after = cursor.decode(query.cursor);
      const viewer = await deps.viewerOf(actor);
      return database.db.transaction((tx) =>
        readPage(viewer, query, after, query.limit ?? 50, "record.list", tx),
      );
    },

    /**
     * Everything the viewer may read under a filter, for an export: at most `exportLimit`
     * records, each written to the audit as exported, in one transaction.
     */
    async exportAll(actor: Actor | null, query: RecordExportQuery) {
      const viewer = await deps.viewerOf(actor);
      const exportedAt = clock.now().toISOString();
      const records = await database.db.transaction(async (tx) => {
        const all: RecordSummary[] = [];
        let after: { k: string; id: string } | null = null;
        for (;;) {
          const page = await readPage(viewer, query, after, 500, "record.export", tx);
          all.push(...page.items);
          if (all.length > exportLimit)
            throw new Invalid(`More than ${exportLimit} records match: narrow the filter.`, [
              { field: "querystring", message: `must match at most ${exportLimit} records` },
            ]);
          if (!page.nextCursor) return all;
          after = cursor.decode(page.nextCursor);
        }
      });
      return { exportedAt, records };
    },
  };
}
