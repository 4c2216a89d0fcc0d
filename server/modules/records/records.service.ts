import { createRecordConsentsService } from "./records-consents.service.ts";
import { type RecordsDeps, createRecordAccess } from "./records-common.ts";
import { createRecordReadsService } from "./records-reads.service.ts";
import { createRecordWritesService } from "./records-writes.service.ts";

export type { RecordsDeps } from "./records-common.ts";
export { noSuchRecord, presentConsent } from "./records.presenter.ts";

/**
 * Records of one organisation, shared under its classification and by grants. Every read of
 * a record that is not public, and every change, writes the audit log in the same
 * transaction: a read nobody can account for does not happen.
 */
export function createRecordsService(deps: RecordsDeps) {
  const access = createRecordAccess(deps);
  const parts = { ...deps, access };
  return {
    authorize: access.authorize,
    ...createRecordReadsService(parts),
    ...createRecordWritesService(parts),
    ...createRecordConsentsService(parts),
  };
}
export type RecordsService = ReturnType<typeof createRecordsService>;
