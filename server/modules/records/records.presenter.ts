import {
  type RecordAction,
  type RecordStanding,
  checkRecord,
  readsFiles,
  sightOf,
} from "../../../shared/policy/record.ts";
import type { RecordSummary, RecordView } from "../../../shared/records/api.ts";
import { viewUnder } from "../../../shared/records/fields.ts";
import { NotFound } from "../../lib/errors.ts";
import type { ViewerFacts } from "./record-standing.ts";
import type { ConsentRow, ContentRow, RecordRow } from "./records.repo.ts";

export const noSuchRecord = "No such record.";

/** A record as the viewer may see it: whole, or only the fields their grants share. */
export function presentSummary(
  a: { record: RecordRow; standing: RecordStanding },
  content: ContentRow | undefined,
  ownerName: string,
): RecordSummary {
  const { record } = a;
  const { kind, classification } = record;
  // A confidential record is read as ciphertext (confidential.service.ts), never here.
  if (kind === null || classification === "confidential") throw new NotFound(noSuchRecord);
  const sight = sightOf(a.standing);
  const envelope = {
    id: record.id,
    kind,
    ownerOrganizationId: record.ownerOrganizationId,
    classification,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
  const full = { ...envelope, fields: content?.fields ?? {} };
  const seen = sight.kind === "fields" ? viewUnder(full, sight.fields) : full;
  return {
    ...seen,
    classification,
    ownerName,
    sight: sight.kind === "fields" ? "fields" : "full",
  };
}

/**
 * One record with what the viewer may do to it; its own people who see it whole also see how
 * it is shared, and whoever may record a consent sees the consents.
 */
export function presentView(
  a: { viewer: ViewerFacts; record: RecordRow; standing: RecordStanding; consents: ConsentRow[] },
  summary: RecordSummary,
): RecordView {
  const { record, standing } = a;
  const may = (action: RecordAction) => checkRecord(standing, action).allowed;
  const ownPeople = a.viewer.organizations.some(
    (o) => o.organizationId === record.ownerOrganizationId,
  );
  const view: RecordView = {
    ...summary,
    may: {
      edit: may("record.edit"),
      share: may("record.share"),
      consent: may("record.consent"),
      audit: may("record.audit"),
      delete: may("record.delete"),
      files: readsFiles(sightOf(standing)),
    },
  };
  if (ownPeople && summary.sight === "full") {
    view.sharing = {
      coalitionIds: record.coalitionIds,
      restrictedTo: record.restrictedTo,
      readersAll: record.readersAll,
      readerIds: record.readerIds,
      editorIds: record.editorIds,
    };
  }
  if (view.may.consent) view.consents = a.consents.map(presentConsent);
  return view;
}

export const presentConsent = (c: ConsentRow) => ({
  id: c.id,
  use: c.use,
  state: c.state,
  givenBy: c.givenBy,
  recordedBy: c.recordedBy,
  at: c.at.toISOString(),
});
