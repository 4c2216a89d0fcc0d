import {
  type FieldKey,
  type RecordContent,
  type RecordKind,
  fieldsOf,
  recordKinds,
} from "../../../../shared/records/fields.ts";

/*
 * What a confidential record's ciphertext holds once opened, and what a share holds. The
 * server sees neither: the kind, the title and every field are inside. Whatever opens is
 * checked for shape here before a page shows it; an authentic ciphertext of the wrong shape
 * is "could not be opened", like any other failure.
 */

/** Sealed with `sealRecord` under the record's content key. */
export type ConfidentialContent = { kind: RecordKind; fields: RecordContent };

/** An attachment as a share carries it: its header in the clear, its key for the recipient. */
export type SharedFile = {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** The file's secretstream key, URL-safe base64. */
  fileKey: string;
};

/** Sealed in a share: the agreed fields only, and the files when the agreement covers evidence. */
export type ShareContent = ConfidentialContent & { files?: SharedFile[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The content as opened, or null when it is not a record of a known kind. */
export function contentOf(value: unknown): ConfidentialContent | null {
  if (!isObject(value) || !isObject(value.fields)) return null;
  const kind = value.kind;
  if (typeof kind !== "string" || !(recordKinds as readonly string[]).includes(kind)) return null;
  const allowed = new Set<string>(fieldsOf[kind as RecordKind]);
  const fields: RecordContent = {};
  // Only the kind's own fields: nothing else inside is shown, whatever it holds.
  for (const [key, field] of Object.entries(value.fields)) {
    if (allowed.has(key) && field !== undefined && field !== null) fields[key as FieldKey] = field;
  }
  return { kind: kind as RecordKind, fields };
}

const isSharedFile = (v: unknown): v is SharedFile =>
  isObject(v) &&
  typeof v.id === "string" &&
  typeof v.name === "string" &&
  typeof v.mediaType === "string" &&
  Number.isSafeInteger(v.size) &&
  typeof v.sha256 === "string" &&
  typeof v.fileKey === "string";

export function shareContentOf(value: unknown): ShareContent | null {
  const content = contentOf(value);
  if (!content || !isObject(value)) return null;
  const files = Array.isArray(value.files) ? value.files.filter(isSharedFile) : [];
  return files.length ? { ...content, files } : content;
}
