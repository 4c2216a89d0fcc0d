import type { Sealed } from "../../../../shared/crypto/primitives.ts";
import {
  type PlacePrecision,
  type RecordContent,
  blurPoint,
} from "../../../../shared/records/fields.ts";
import { fieldsFromValues, type RecordFormValues } from "../records/records-form-values.ts";
import type { ConfidentialContent } from "./confidential-content.ts";
import type { CryptoModule, OrganizationKeyring } from "./key-session.ts";

/*
 * From the form to ciphertext. The fields are checked against the kind's schema in the
 * browser (the server cannot check what it cannot read), the place is blurred to its chosen
 * precision before it is sealed (the server cannot blur it either), then sealed.
 */

/** The form's fields as a record of its kind holds them, a point already blurred. */
export function contentFromValues(values: RecordFormValues): ConfidentialContent {
  const fields: RecordContent = { ...fieldsFromValues(values) };
  const point = fields.coordinates as
    { lat: number; lon: number; precision: PlacePrecision } | undefined;
  if (point)
    fields.coordinates = { ...blurPoint(point, point.precision), precision: point.precision };
  return { kind: values.kind, fields };
}

export type FieldProblem = { path: string; message: string };

/** The kind's schema (shared/records/api.ts, loaded with the form's submit), or its problems. */
export async function checkContent(
  content: ConfidentialContent,
): Promise<{ content: ConfidentialContent } | { problems: FieldProblem[] }> {
  const { fieldSchemas } = await import("../../../../shared/records/api.ts");
  const checked = fieldSchemas[content.kind].safeParse(content.fields);
  if (!checked.success)
    return {
      problems: checked.error.issues.map((issue) => ({
        path: issue.path.join("."),
        message: issue.message,
      })),
    };
  return { content: { kind: content.kind, fields: checked.data as RecordContent } };
}

/** A new record: its id, a fresh content key, the content sealed, the key wrapped. */
export function sealNew(
  crypto: CryptoModule,
  input: {
    content: ConfidentialContent;
    ownerOrganizationId: string;
    keyring: OrganizationKeyring;
  },
): { id: string; contentKey: Uint8Array; sealed: Sealed; key: Sealed & { epoch: number } } {
  const { keyring, ownerOrganizationId } = input;
  const epoch = keyring.currentEpoch;
  const epochKeys = keyring.epochs.get(epoch);
  if (!epochKeys) throw new Error("the current epoch's key is not in the keyring");
  const id = globalThis.crypto.randomUUID();
  const contentKey = crypto.newContentKey();
  const sealed = crypto.sealRecord(input.content, contentKey, {
    recordId: id,
    version: 1,
    ownerOrganizationId,
  });
  const wrapped = crypto.wrapContentKey(contentKey, epochKeys.secretKey, {
    recordId: id,
    ownerOrganizationId,
    epoch,
  });
  return { id, contentKey, sealed, key: { epoch, ...wrapped } };
}

/** The next version, under the same content key, bound to its new version number. */
export function sealNext(
  crypto: CryptoModule,
  input: {
    content: ConfidentialContent;
    record: { id: string; version: number; ownerOrganizationId: string };
    contentKey: Uint8Array;
  },
): Sealed {
  return crypto.sealRecord(input.content, input.contentKey, {
    recordId: input.record.id,
    version: input.record.version + 1,
    ownerOrganizationId: input.record.ownerOrganizationId,
  });
}
