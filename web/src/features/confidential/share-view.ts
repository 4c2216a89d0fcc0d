import type { ShareStatement } from "../../../../shared/crypto/statement.ts";
import {
  type RecordContent,
  type RecordKind,
  viewUnder,
} from "../../../../shared/records/fields.ts";
import type { DataCategory, OnwardRule } from "../../../../shared/records/terms.ts";
import type { ShareContent, SharedFile } from "./confidential-content.ts";

/*
 * What a share of a confidential record carries, decided in the owner's browser: only the
 * fields the agreement allows (the server cannot enforce minimum data on what it cannot read),
 * and the files only when the agreement covers evidence. The signed statement says exactly
 * what the grant will say, which the server checks.
 */

/** The agreement's data category that covers each kind of record. */
export const categoryOfKind: Record<RecordKind, DataCategory> = {
  incident: "incidents",
  case: "cases",
  trend: "trends",
  document: "documents",
};

export type ShareTerms = {
  fields: readonly string[];
  dataCategories: readonly string[];
};

/** Why an agreement cannot carry this record, or null when it can. */
export function shareRefusal(
  record: { kind: RecordKind; fields: RecordContent },
  terms: ShareTerms,
): "kindNotCovered" | "noFieldAllowed" | null {
  if (!terms.dataCategories.includes(categoryOfKind[record.kind])) return "kindNotCovered";
  const allowed = new Set(terms.fields);
  if (!Object.keys(record.fields).some((key) => allowed.has(key))) return "noFieldAllowed";
  return null;
}

export type ShareableFile = {
  id: string;
  header: { name: string; mediaType: string; size: number; sha256: string } | null;
  fileKey: Uint8Array | null;
};

/**
 * The content of a share: the agreed fields the record has (absent ones stay absent), and the
 * files with their keys when the agreement covers evidence. `b64` encodes a file key.
 */
export function shareContentFor(
  record: { id: string; ownerOrganizationId: string; kind: RecordKind; fields: RecordContent },
  files: readonly ShareableFile[],
  terms: ShareTerms,
  b64: (bytes: Uint8Array) => string,
): ShareContent {
  const seen = viewUnder(
    {
      id: record.id,
      kind: record.kind,
      ownerOrganizationId: record.ownerOrganizationId,
      classification: "confidential",
      version: 0,
      createdAt: "",
      updatedAt: "",
      fields: record.fields,
    },
    terms.fields,
  );
  const content: ShareContent = { kind: record.kind, fields: seen.fields };
  if (!terms.dataCategories.includes("evidence")) return content;
  const shared: SharedFile[] = files.flatMap((file) =>
    file.header && file.fileKey
      ? [
          {
            id: file.id,
            name: file.header.name,
            mediaType: file.header.mediaType,
            size: file.header.size,
            sha256: file.header.sha256,
            fileKey: b64(file.fileKey),
          },
        ]
      : [],
  );
  return shared.length ? { ...content, files: shared } : content;
}

/** The statement the owner signs, saying what the grant says (the server compares them). */
export function statementFor(input: {
  recordId: string;
  ownerOrganizationId: string;
  toOrganizationId: string;
  agreement: {
    id: string;
    version: number;
    purpose: string;
    onwardRule: OnwardRule;
    onwardCoalitionId: string | null;
  };
  expiresAt: string | null;
  recipientEpoch: number;
  issuedAt: string;
}): Omit<ShareStatement, "payloadHash"> {
  return {
    recordId: input.recordId,
    ownerOrganizationId: input.ownerOrganizationId,
    toOrganizationId: input.toOrganizationId,
    agreementId: input.agreement.id,
    agreementVersion: input.agreement.version,
    purpose: input.agreement.purpose,
    expiresAt: input.expiresAt,
    onwardRule: input.agreement.onwardRule,
    onwardCoalitionId: input.agreement.onwardCoalitionId,
    recipientEpoch: input.recipientEpoch,
    issuedAt: input.issuedAt,
  };
}
