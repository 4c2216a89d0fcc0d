import { eq, sql } from "drizzle-orm";
import type {
  ConfidentialCountsInput,
  ConfidentialCountsView,
} from "../../../shared/records/statistics-api.ts";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { Actor } from "../auth/actor.ts";
import type { ViewerReader } from "./record-standing.ts";
import { confidentialCountContributions, confidentialCounts } from "./records.table.ts";

/**
 * The counts of confidential incidents an organisation contributes to statistics, computed in
 * its browser (the server cannot read the records). Its owners and admins contribute and
 * replace them; the contribution is audited; statistics add them for those it names.
 */
export function createConfidentialCounts(deps: {
  database: Database;
  viewerOf: ViewerReader;
  audit: Pick<AuditLog, "appendMany">;
  names: Names;
  clock: Clock;
}) {
  const { database, audit, names, clock } = deps;
  const { db } = database;

  async function managed(actor: Actor, organizationId: string) {
    const viewer = await deps.viewerOf(actor);
    const role = viewer.organizations.find((o) => o.organizationId === organizationId)?.role;
    if (!role) throw new NotFound("No such organisation.");
    if (role !== "owner" && role !== "admin")
      throw new Forbidden("Only the organisation's owners and admins contribute its counts.");
  }

  return {
    async get(actor: Actor, organizationId: string): Promise<ConfidentialCountsView> {
      await managed(actor, organizationId);
      const [row] = await db
        .select()
        .from(confidentialCountContributions)
        .where(eq(confidentialCountContributions.organizationId, organizationId));
      if (!row) return { organizationId, contribution: null };
      const [sums] = await db
        .select({
          cells: sql<number>`count(*)::int`,
          total: sql<number>`coalesce(sum(${confidentialCounts.count}), 0)::int`,
        })
        .from(confidentialCounts)
        .where(eq(confidentialCounts.organizationId, organizationId));
      const by = row.contributedBy
        ? (await names.people([row.contributedBy])).get(row.contributedBy)
        : null;
      return {
        organizationId,
        contribution: {
          audience: row.audience,
          cells: sums?.cells ?? 0,
          total: sums?.total ?? 0,
          contributedAt: row.contributedAt.toISOString(),
          contributedByName: by ?? null,
        },
      };
    },

    /** Replaces the organisation's counts with these, in one transaction. */
    async contribute(actor: Actor, organizationId: string, input: ConfidentialCountsInput) {
      await managed(actor, organizationId);
      const seen = new Map<string, number>();
      input.counts.forEach((c, i) => {
        const key = [c.month, c.country, c.area ?? "", c.violationType].join("\u0000");
        const first = seen.get(key);
        if (first !== undefined)
          throw new Invalid("Each cell is given once.", [
            { field: `body.counts.${i}`, message: `repeats the cell at body.counts.${first}` },
          ]);
        seen.set(key, i);
      });
      const now = clock.now();
      await db.transaction(async (tx) => {
        await tx
          .delete(confidentialCountContributions)
          .where(eq(confidentialCountContributions.organizationId, organizationId));
        await tx.insert(confidentialCountContributions).values({
          organizationId,
          audience: input.audience ?? "organization",
          contributedBy: actor.userId,
          contributedAt: now,
        });
        for (let at = 0; at < input.counts.length; at += 1000) {
          const chunk = input.counts.slice(at, at + 1000);
          if (chunk.length)
            await tx.insert(confidentialCounts).values(
              chunk.map((c) => ({
                organizationId,
                month: c.month,
                country: c.country,
                area: c.area ?? "",
                violationType: c.violationType,
                count: c.count,
              })),
            );
        }
        await audit.appendMany(tx, [
          {
            at: now,
            actorUserId: actor.userId,
            actorOrganizationId: organizationId,
            action: "records.counts_contributed",
            subjectKind: "organization",
            subjectId: organizationId,
            details: {
              owner: organizationId,
              audience: input.audience ?? "organization",
              cells: input.counts.length,
            },
          },
        ]);
      });
      return this.get(actor, organizationId);
    },
  };
}
export type ConfidentialCounts = ReturnType<typeof createConfidentialCounts>;
