import { z } from "zod";
import { Id } from "../problem.ts";

/*
 * Keys for confidential records (issue 15): what the browser sends and the server keeps. The
 * server holds public keys, signatures and secrets only as the browser wrapped or sealed them;
 * every binary value is libsodium's URL-safe base64 without padding.
 */

const b64 = /^[A-Za-z0-9_-]+$/;
/** Base64 of exactly `bytes` bytes (URL-safe, unpadded). */
export const B64Bytes = (bytes: number) =>
  z
    .string()
    .length(Math.ceil((bytes * 4) / 3))
    .regex(b64, "must be URL-safe base64 without padding");
/** Base64 of at most `maxBytes` bytes. */
export const B64Upto = (maxBytes: number) =>
  z
    .string()
    .min(2)
    .max(Math.ceil((maxBytes * 4) / 3))
    .regex(b64, "must be URL-safe base64 without padding");

/** An X25519 or Ed25519 public key. */
export const PublicKey = B64Bytes(32);
/** An Ed25519 signature. */
export const Signature = B64Bytes(64);
/** An XChaCha20-Poly1305 nonce. */
export const Nonce = B64Bytes(24);
/** crypto_box_seal of an epoch secret and the organisation's signing secret (96 + 48 bytes). */
export const EpochSeal = B64Bytes(96 + 48);
/** crypto_box_seal of a 32-byte content or share key. */
export const KeySeal = B64Bytes(32 + 48);

/** A person's two secret keys, wrapped under their passphrase or their recovery key. */
export const Wrapped = z
  .object({
    kdf: z.discriminatedUnion("alg", [
      z
        .object({
          alg: z.literal("argon2id13"),
          salt: B64Bytes(16),
          /** At least OWASP's minimum for Argon2id (2 passes over 19 MiB), at most 1 GiB. */
          opsLimit: z.number().int().min(2).max(10),
          memLimit: z
            .number()
            .int()
            .min(19 * 1024 * 1024)
            .max(1024 * 1024 * 1024),
        })
        .strict(),
      z.object({ alg: z.literal("recovery") }).strict(),
    ]),
    nonce: Nonce,
    /** The box secret (32) and the signing secret (64) with their tag (16). */
    ciphertext: B64Bytes(32 + 64 + 16),
  })
  .strict();
export type Wrapped = z.infer<typeof Wrapped>;

export const PersonPublicKeys = z.object({
  userId: z.string(),
  boxPublicKey: PublicKey,
  signPublicKey: PublicKey,
  createdAt: z.iso.datetime({ offset: true }),
});
export type PersonPublicKeys = z.infer<typeof PersonPublicKeys>;

export const MyKeys = z.object({
  keys: PersonPublicKeys.extend({ passphrase: Wrapped, recovery: Wrapped }).nullable(),
});
export type MyKeys = z.infer<typeof MyKeys>;

export const MyKeysInput = z
  .object({
    boxPublicKey: PublicKey,
    signPublicKey: PublicKey,
    passphrase: Wrapped.refine((w) => w.kdf.alg === "argon2id13", "must be wrapped by Argon2id"),
    recovery: Wrapped.refine(
      (w) => w.kdf.alg === "recovery",
      "must be wrapped by the recovery key",
    ),
    /**
     * New keys in place of the ones kept: every sealed organisation key is dropped and must be
     * sealed again by a member. Without it, only the wrappings of the same keys may change.
     */
    reset: z.boolean().default(false),
  })
  .strict();
export type MyKeysInput = z.input<typeof MyKeysInput>;

export const UserIdParams = z.object({ userId: z.string().min(1).max(100) }).strict();

export const SealFor = z.object({ userId: z.string().min(1).max(100), sealed: EpochSeal }).strict();
const Seals = z.array(SealFor).min(1).max(500);

const EpochPrevious = z.object({ nonce: Nonce, ciphertext: B64Bytes(32 + 16) }).strict();

export const OrganizationKeysStart = z
  .object({
    identityPublicKey: PublicKey,
    /** Epoch 1's public key, signed by the identity key. */
    publicKey: PublicKey,
    signature: Signature,
    /** Sealed to the starter and any other members with keys. */
    seals: Seals,
  })
  .strict();
export type OrganizationKeysStart = z.input<typeof OrganizationKeysStart>;

export const EpochInput = z
  .object({
    /** The next epoch: the current one plus one. */
    epoch: z.number().int().min(2).max(1_000_000),
    publicKey: PublicKey,
    signature: Signature,
    /** The previous epoch's secret, under a key derived from this epoch's. */
    previous: EpochPrevious,
    seals: Seals,
  })
  .strict();
export type EpochInput = z.input<typeof EpochInput>;

export const SealsInput = z.object({ epoch: z.number().int().min(1), seals: Seals }).strict();
export type SealsInput = z.input<typeof SealsInput>;

export const OrganizationEpoch = z.object({
  epoch: z.number().int(),
  publicKey: PublicKey,
  signature: Signature,
  previous: EpochPrevious.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type OrganizationEpoch = z.infer<typeof OrganizationEpoch>;

export const OrganizationKeys = z.object({
  organizationId: Id,
  /**
   * `none`: not started; `ready`; `rotation_needed`: a member left, and new confidential
   * records wait until an owner or admin's browser makes the next epoch.
   */
  state: z.enum(["none", "ready", "rotation_needed"]),
  identityPublicKey: PublicKey.nullable(),
  currentEpoch: z.number().int().nullable(),
  epochs: z.array(OrganizationEpoch),
  /** For the organisation's own people only. */
  member: z
    .object({
      /** The caller's sealed copy of the current epoch, when they have one. */
      seal: z.object({ epoch: z.number().int(), sealed: EpochSeal }).nullable(),
      /** Members with keys whose seal of the current epoch is missing. */
      awaiting: z.array(PersonPublicKeys.extend({ name: z.string() })),
      /** Members without keys yet. */
      withoutKeys: z.number().int(),
      /** The caller may start the keys or make the next epoch (owners and admins). */
      manages: z.boolean(),
    })
    .optional(),
});
export type OrganizationKeys = z.infer<typeof OrganizationKeys>;
