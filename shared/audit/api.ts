import { z } from "zod";
import { Id } from "../problem.ts";

/*
 * The audit as an organisation reads it (issue 14): who, for which organisation, did what to
 * which of its records, and when. No entry holds record content, so nobody (a platform
 * administrator included) reads a record through its audit.
 */
export const AuditEntryView = z.object({
  seq: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  action: z.string(),
  actorName: z.string().nullable(),
  actorOrganizationId: Id.nullable(),
  actorOrganizationName: z.string().nullable(),
  subjectKind: z.string(),
  subjectId: z.string().nullable(),
  /** What the entry says besides: the version read, the fields a partner saw, a reason. */
  details: z.record(z.string(), z.unknown()),
  /** The entry's place in the chain, to compare with a kept checkpoint. */
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditPage = z.object({
  entries: z.array(AuditEntryView),
  /** Pass as `before` for older entries; null at the start of the log. */
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditQuery = z
  .object({
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();

const HexHash = z.string().regex(/^[0-9a-f]{64}$/, "must be a SHA-256 in lowercase hex");

/**
 * A signed checkpoint of the whole log (its size and head hash at a moment, signed with the
 * instance's Ed25519 key), as an organisation downloads and keeps it.
 */
export const SignedCheckpoint = z
  .object({
    treeSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    headHash: HexHash,
    at: z.iso.datetime(),
    /** Ed25519 over the checkpoint's text form, base64. */
    signature: z.string().min(1).max(200),
  })
  .strict();
export type SignedCheckpoint = z.infer<typeof SignedCheckpoint>;

export const CheckpointDownload = z.object({
  /** The latest checkpoint, or null before the first is signed (within a minute of a write). */
  checkpoint: SignedCheckpoint.nullable(),
  algorithm: z.literal("ed25519"),
  /** The instance's public key (SPKI PEM), to check the signature with. */
  publicKey: z.string(),
});
export type CheckpointDownload = z.infer<typeof CheckpointDownload>;

export const CheckpointCheck = z.object({
  /** Whether the instance's key signed this checkpoint. */
  signatureValid: z.boolean(),
  /** Whether the whole log is intact and still passes through the checkpoint's head. */
  extended: z.boolean(),
  /** How many entries, from the first, form a valid chain (the whole log when it is intact). */
  treeSize: z.number().int(),
  /** Where the log stops fitting (the 1-based position of the first bad entry), if it does. */
  firstBadEntry: z.number().int().nullable(),
});
export type CheckpointCheck = z.infer<typeof CheckpointCheck>;
