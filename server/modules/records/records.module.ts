import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditCheckpoints } from "../audit/checkpoints.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CoalitionDirectory, MembershipsOf } from "../coalitions/coalitions.module.ts";
import { insideStatuses } from "../../../shared/policy/standing.ts";
import type { Emit } from "../../events.ts";
import { createAgreementsRepo } from "./agreements.repo.ts";
import { registerAgreementRoutes } from "./agreements.routes.ts";
import { createAgreementsService } from "./agreements.service.ts";
import { createGrantsService } from "./grants.service.ts";
import { createViewerReader } from "./record-standing.ts";
import { createRecordsAuditService } from "./records-audit.service.ts";
import { createRecordsRepo } from "./records.repo.ts";
import { registerRecordRoutes } from "./records.routes.ts";
import type { FileStore } from "../../lib/file-store.ts";
import { createRecordFiles } from "./record-files.ts";
import { registerRecordFileRoutes } from "./record-files.routes.ts";
import { createRecordsService } from "./records.service.ts";
import { createConfidentialService } from "./confidential.service.ts";
import { registerConfidentialRoutes } from "./confidential.routes.ts";
import type { KeysService } from "../keys/keys.service.ts";
import { registerStatisticsRoutes } from "./statistics.routes.ts";
import { createStatisticsService } from "./statistics.service.ts";
import { createConfidentialCounts } from "./confidential-counts.ts";

/**
 * Records of organisations (incidents, cases, trends, documents), shared by classification
 * and under agreements, with every reach written to the audit log.
 */
export function create(deps: {
  database: Database;
  clock: Clock;
  names: Names;
  audit: AuditLog;
  checkpoints: AuditCheckpoints;
  membershipsOf: MembershipsOf;
  coalitions: Pick<CoalitionDirectory, "linksOfOrganizations">;
  events: Emit;
  files: FileStore;
  keys: Pick<KeysService, "writableEpoch" | "identityOf">;
}) {
  const { database, clock, names, audit, membershipsOf, coalitions, events } = deps;
  const repo = createRecordsRepo(database.db);
  const viewerOf = createViewerReader({ membershipsOf, coalitions, now: () => clock.now() });
  const insideCoalitionsOf = async (organizationId: string) => {
    const links = await coalitions.linksOfOrganizations([organizationId], "");
    return links.filter((l) => insideStatuses.includes(l.status)).map((l) => l.coalitionId);
  };
  const records = createRecordsService({
    database,
    repo,
    viewerOf,
    audit,
    names,
    clock,
    insideCoalitionsOf,
    afterDelete: (id) => recordFiles.eraseOf(id),
  });
  const recordFiles = createRecordFiles({
    database,
    records,
    files: deps.files,
    audit,
    names,
    clock,
  });
  const agreementsRepo = createAgreementsRepo(database.db);
  const grants = createGrantsService({
    database,
    agreements: agreementsRepo,
    records: repo,
    recordsService: records,
    audit,
    events,
    names,
    clock,
    membershipsOf,
    insideCoalitionsOf,
    keys: deps.keys,
  });
  const agreements = createAgreementsService({
    database,
    repo: agreementsRepo,
    audit,
    names,
    clock,
    membershipsOf,
    insideCoalitionsOf,
    endGrantsOfAgreement: (tx, agreementId, at, by) =>
      grants.endUnderAgreement(tx, agreementId, at, by),
  });
  return {
    records,
    recordFiles,
    confidentialRecords: createConfidentialService({
      database,
      repo,
      records,
      viewerOf,
      keys: deps.keys,
      files: recordFiles,
      audit,
      names,
      clock,
    }),
    agreements,
    grants,
    recordsRepo: repo,
    recordViewerOf: viewerOf,
    recordStatistics: createStatisticsService({ db: database.db, viewerOf }),
    confidentialCounts: createConfidentialCounts({ database, viewerOf, audit, names, clock }),
    /**
     * Writes a sign-in to the audit of each of the person's organisations that keep records
     * that are not public: one entry each, so every organisation sees who opened a session
     * that could reach its records. Read first, then one short transaction (PGlite has one
     * connection).
     */
    async auditSignIn(userId: string) {
      const mine = await membershipsOf(userId);
      const keeping = await repo.keepingRecords(mine.map((m) => m.organizationId));
      if (!keeping.length) return;
      const at = clock.now();
      await database.db.transaction((tx) =>
        audit.appendMany(
          tx,
          keeping.map((organizationId) => ({
            at,
            actorUserId: userId,
            actorOrganizationId: organizationId,
            action: "auth.sign_in",
            subjectKind: "person",
            subjectId: userId,
            details: { owner: organizationId },
          })),
        ),
      );
    },
    recordsAudit: createRecordsAuditService({
      audit,
      checkpoints: deps.checkpoints,
      records,
      membershipsOf,
      names,
    }),
  };
}
export type RecordsModule = ReturnType<typeof create>;

export function register(
  app: FastifyInstance,
  services: RecordsModule & { actors: ActorResolver },
) {
  registerRecordRoutes(app, services);
  registerStatisticsRoutes(app, services);
  registerAgreementRoutes(app, services);
  registerRecordFileRoutes(app, services);
  registerConfidentialRoutes(app, services);
}
