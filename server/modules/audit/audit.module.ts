import type { Db } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { createAuditLog } from "./audit.repo.ts";
import { createCheckpoints } from "./checkpoints.ts";

/**
 * The audit log (issue 14): its one writer and reader, which other modules append to in their
 * own transactions, and the checkpoints the scheduler signs.
 */
export function create(deps: { db: Db; dataDir: string; clock: Clock }) {
  return {
    auditLog: createAuditLog(deps.db),
    auditCheckpoints: createCheckpoints(deps),
  };
}
export type AuditModule = ReturnType<typeof create>;
/** What other modules may ask of the audit log. */
export type AuditLog = AuditModule["auditLog"];
