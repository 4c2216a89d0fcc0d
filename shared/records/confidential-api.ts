import { z } from "zod";
import { B64Bytes, B64Upto, KeySeal, Nonce, PublicKey, Signature } from "../keys/api.ts";
import { Id } from "../problem.ts";
import { ConsentEventOut, RecordMay } from "./api.ts";
import { onwardRules } from "./terms.ts";

/*
 * Confidential records (issue 15): what the API takes and gives. The browser encrypts; the
 * server stores and serves ciphertext to those the record policy lets fetch it, and checks
 * only what it can see: the envelope, the epochs, and that a share's signed statement says
 * what the grant says.
 */

const At = z.iso.datetime({ offset: true });
const UserIds = z.array(z.string().min(1).max(100)).max(200);

/** The largest confidential content (a record with long narratives in four languages). */
export const sealedContentMaxBytes = 180 * 1024;

/** XChaCha20-Poly1305 ciphertext and its nonce. */
export const Sealed = z
  .object({ nonce: Nonce, ciphertext: B64Upto(sealedContentMaxBytes) })
  .strict();
export type Sealed = z.infer<typeof Sealed>;

/**
 * A record's content key, encrypted (XChaCha20-Poly1305) under a key derived from the owner's
 * epoch secret: only members can make one, so the server cannot plant a record.
 */
export const ContentKey = z
  .object({ epoch: z.number().int().min(1), nonce: Nonce, ciphertext: B64Bytes(32 + 16) })
  .strict();

/** A file header (name, type, size, SHA-256, file key) under the record's content key. */
export const SealedHeader = z.object({ nonce: Nonce, ciphertext: B64Upto(2048) }).strict();

export const ConfidentialRecordInput = z
  .object({
    /** Made by the browser: the ciphertext's associated data binds it. */
    id: Id,
    ownerOrganizationId: Id,
    /** Every person of the owner fetches it; off by default (those named, editors, managers). */
    readersAll: z.boolean().default(false),
    readerIds: UserIds.default([]),
    editorIds: UserIds.default([]),
    sealed: Sealed,
    /** The content key, encrypted under the owner's current epoch secret. */
    key: ContentKey,
  })
  .strict();
export type ConfidentialRecordInput = z.input<typeof ConfidentialRecordInput>;

/** A new version: made from the version given (refused when another edit came first). */
export const ConfidentialRecordPatch = z
  .object({ version: z.number().int().min(1), sealed: Sealed })
  .strict();
export type ConfidentialRecordPatch = z.input<typeof ConfidentialRecordPatch>;

/**
 * What the owner organisation signs when it shares a confidential record: the recipient's
 * browser checks the signature, and the server that the grant says the same.
 */
export const ShareStatement = z
  .object({
    recordId: Id,
    ownerOrganizationId: Id,
    toOrganizationId: Id,
    agreementId: Id,
    agreementVersion: z.number().int().min(1),
    purpose: z.string().max(4000),
    expiresAt: At.nullable(),
    onwardRule: z.enum(onwardRules),
    onwardCoalitionId: Id.nullable().optional(),
    recipientEpoch: z.number().int().min(1),
    /** BLAKE2b of the sealed key and the ciphertext. */
    payloadHash: B64Upto(64),
    issuedAt: At,
  })
  .strict();
export type ShareStatement = z.infer<typeof ShareStatement>;

export const SealedShare = z
  .object({
    /** The agreed fields only, under a fresh share key. */
    payload: Sealed,
    /** The share key sealed to the recipient's epoch key named in the statement. */
    sealedKey: KeySeal,
    statement: ShareStatement,
    /** By the owner organisation's identity key. */
    signature: Signature,
  })
  .strict();
export type SealedShare = z.infer<typeof SealedShare>;

export const ConfidentialFile = z.object({
  id: Id,
  /** The ciphertext's size in bytes. */
  size: z.number().int(),
  header: SealedHeader,
  addedAt: At,
});

export const ConfidentialRecordView = z.object({
  id: Id,
  ownerOrganizationId: Id,
  ownerName: z.string(),
  classification: z.literal("confidential"),
  version: z.number().int(),
  createdAt: At,
  updatedAt: At,
  /** `full`: the owner's people it names; `shared`: a partner holding shares. */
  sight: z.enum(["full", "shared"]),
  may: RecordMay,
  /** For `full`: the content and its key. */
  sealed: Sealed.optional(),
  key: ContentKey.optional(),
  /** For `shared`: each live share to the viewer's organisations. */
  shares: z
    .array(
      SealedShare.extend({
        grantId: Id,
        /** The owner's identity key as the server presents it: the browser compares. */
        ownerIdentityPublicKey: PublicKey,
      }),
    )
    .optional(),
  files: z.array(ConfidentialFile),
  /** The consent history, newest first: for those who may record consent. */
  consents: z.array(ConsentEventOut).optional(),
  sharing: z
    .object({
      readersAll: z.boolean(),
      readerIds: z.array(z.string()),
      editorIds: z.array(z.string()),
    })
    .optional(),
});
export type ConfidentialRecordView = z.infer<typeof ConfidentialRecordView>;

export const ConfidentialListQuery = z
  .object({
    /** One organisation's records; without it, every confidential record the viewer fetches. */
    organizationId: Id.optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
  })
  .strict();
export type ConfidentialListQuery = z.infer<typeof ConfidentialListQuery>;

export const ConfidentialList = z.object({
  items: z.array(
    ConfidentialRecordView.omit({ may: true, sharing: true, consents: true }).extend({
      /** For those who record consent: whether consent to statistics stands now. */
      statisticsConsent: z.boolean().optional(),
    }),
  ),
  nextCursor: z.string().nullable(),
});

/**
 * A file's header travels beside its ciphertext upload, in the address, with the id the
 * browser chose for it: the header and every chunk of the stream are bound to that id before
 * the upload, so the server keeps it rather than making one (a second file with it: 409).
 */
export const SealedFileQuery = z
  .object({ nonce: Nonce, header: B64Upto(2048), fileId: Id.optional() })
  .strict();

/** The largest attachment of a confidential record (the ciphertext adds 17 bytes per 64 KiB). */
export const sealedAttachmentMaxBytes = 100 * 1024 * 1024;
export const sealedUploadMaxBytes = sealedAttachmentMaxBytes + 64 * 1024;

export const SealedFileAdded = z.object({ id: Id, size: z.number().int(), addedAt: At });
