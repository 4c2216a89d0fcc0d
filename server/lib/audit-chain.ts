import { createHash, sign, verify, type KeyObject } from "node:crypto";

/*
 * The audit log's tamper evidence, as pure functions: no tables, no I/O.
 *
 * Each entry carries the SHA-256 of its predecessor, and its own hash covers its content, its
 * sequence number and that link, so changing, removing, adding or moving any entry breaks the
 * chain at a place `verifyChain` names. What a chain alone cannot show is a rewrite of its tail
 * (recompute the hashes of the last entries, or drop them): for that the server signs
 * checkpoints, and a log must pass through every checkpoint it was ever shown to have.
 *
 * Why a hash chain and not a Merkle tree. A Certificate Transparency signed tree head signs a
 * tree size and a Merkle root; the tree lets a client check that a later head extends an earlier
 * one, or that one entry is in the log, with a proof of logarithmic size, without reading the
 * log. Here a checkpoint signs a tree size and the chain head at that size, which proves the same
 * thing, but the proof is the entries themselves: checking that today's log extends a checkpoint
 * reads the entries up to it. That is what happens anyway: an organisation keeps the checkpoints
 * it downloaded, and `audit verify` re-reads the whole log on the server or from an export. No
 * client here holds a head without the log, so logarithmic proofs would buy nothing for their
 * complexity; if one day a partner must check inclusion of a single entry without the log, a
 * Merkle tree can be built over these same entry hashes without changing them.
 */

/** The predecessor of the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** Bumping the version changes every hash: old logs then verify only with the old rules. */
const ENTRY_DOMAIN = "cg-audit-v1\n";
const CHECKPOINT_DOMAIN = "cg-audit-checkpoint-v1\n";

/** What a caller records; `appendEntry` adds the sequence number and the hashes. */
export type AuditContent = {
  at: string;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  action: string;
  subjectKind: string;
  subjectId: string | null;
  details: Record<string, unknown>;
};

export type AuditEntry = AuditContent & { seq: number; prevHash: string; hash: string };

export type Checkpoint = { treeSize: number; headHash: string; at: string; signature: string };

/** A head the log must pass through: a checkpoint whose signature was checked, or a known head. */
export type ExpectedHead = Pick<Checkpoint, "treeSize" | "headHash">;

export type VerifyResult =
  | { ok: true; count: number; head: string }
  | {
      ok: false;
      /**
       * The 1-based position in the log of the first entry that does not fit: entries before it
       * form a valid chain (and match every checkpoint within them). In an intact log the
       * position is the entry's `seq`.
       */
      firstBad: number;
      reason: "hash" | "link" | "sequence" | "checkpoint";
      detail: string;
    };

type VerifyFailure = Extract<VerifyResult, { ok: false }>;

/*
 * Canonical encoding. A hash is only worth something if whoever recomputes it, years later on
 * another machine or in another language, gets the same bytes from the same entry. JSON as
 * JavaScript writes it is nearly canonical already: numbers have one shortest form, strings have
 * one escaping (lone surrogates included, since ES2019) and there is no whitespace; what it leaves
 * open is the order of keys, which follows insertion order and so the code path that built the
 * object, or the database that stored it. So keys are sorted (by UTF-16 code units) at every
 * level, and anything JSON would silently change is refused rather than hashed in a form that
 * cannot be reproduced after storage.
 */

/** The canonical JSON text of a value; throws TypeError for what JSON cannot carry unchanged. */
export function canonicalJson(value: unknown): string {
  return encode(value, "$", 0);
}

/** The canonical bytes (UTF-8) of a value. */
export function canonicalEncoding(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), "utf8");
}

/** Deeper than any details a service records; it also ends a cycle. */
const MAX_DEPTH = 64;

function encode(value: unknown, path: string, depth: number): string {
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} has no JSON form`);
      return JSON.stringify(value);
    case "object":
      break;
    default:
      throw new TypeError(`${path}: a ${typeof value} has no JSON form`);
  }
  if (value === null) return "null";
  if (depth >= MAX_DEPTH) throw new TypeError(`${path}: nested too deep, or a cycle`);
  if (Array.isArray(value)) {
    // JSON would write an undefined item as null, so the stored log would hash differently.
    let text = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ",";
      text += encode(value[i], `${path}[${i}]`, depth + 1);
    }
    return `${text}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  // A Date or Map would come back from storage as something else (a string, an empty object).
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`${path}: only plain objects are encoded`);
  }
  const record = value as Record<string, unknown>;
  let text = "{";
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    // Omitted as JSON omits it, so an entry hashes the same before and after storage.
    if (member === undefined) continue;
    if (text.length > 1) text += ",";
    text += `${JSON.stringify(key)}:${encode(member, `${path}.${key}`, depth + 1)}`;
  }
  return `${text}}`;
}

/** JSON text of a string or null, refusing anything else in the entry's own fields. */
const stringOrNull = (value: unknown, field: string) => {
  if (value === null || typeof value === "string") return JSON.stringify(value);
  throw new TypeError(`${field}: not a string or null`);
};

/**
 * The hash of an entry from its predecessor's hash and its own fields (everything but `hash`).
 * Only the named fields are read, so a stored row with more columns verifies all the same.
 */
export function entryHash(prevHash: string, content: AuditContent & { seq: number }): string {
  // The canonical JSON of { seq, at, …, details, prevHash }, with the top-level keys written
  // in their sorted order by hand: verifying a million entries spends its time here.
  if (!Number.isSafeInteger(content.seq)) throw new TypeError("seq: not an integer");
  const canonical =
    `{"action":${stringOrNull(content.action, "action")}` +
    `,"actorOrganizationId":${stringOrNull(content.actorOrganizationId, "actorOrganizationId")}` +
    `,"actorUserId":${stringOrNull(content.actorUserId, "actorUserId")}` +
    `,"at":${stringOrNull(content.at, "at")}` +
    `,"details":${encode(content.details, "details", 0)}` +
    `,"prevHash":${stringOrNull(prevHash, "prevHash")}` +
    `,"seq":${content.seq}` +
    `,"subjectId":${stringOrNull(content.subjectId, "subjectId")}` +
    `,"subjectKind":${stringOrNull(content.subjectKind, "subjectKind")}}`;
  return createHash("sha256")
    .update(`${ENTRY_DOMAIN}${prevHash}\n${canonical}`, "utf8")
    .digest("hex");
}

/** The entry that follows `prev` (or starts the log when `prev` is null). */
export function appendEntry(prev: AuditEntry | null, content: AuditContent): AuditEntry {
  // Timestamps go through storage (timestamptz, JSON exports); only the form toISOString
  // writes comes back the same, so only that form is accepted into the hash.
  if (!isCanonicalInstant(content.at)) {
    throw new TypeError(`at: "${content.at}" is not an ISO instant as toISOString writes it`);
  }
  const seq = prev ? prev.seq + 1 : 1;
  const prevHash = prev ? prev.hash : GENESIS_HASH;
  const entry = {
    seq,
    at: content.at,
    actorUserId: content.actorUserId,
    actorOrganizationId: content.actorOrganizationId,
    action: content.action,
    subjectKind: content.subjectKind,
    subjectId: content.subjectId,
    details: content.details,
    prevHash,
  };
  return { ...entry, hash: entryHash(prevHash, entry) };
}

const isCanonicalInstant = (at: string) => {
  const time = Date.parse(at);
  return Number.isFinite(time) && new Date(time).toISOString() === at;
};

/**
 * Checks entries one at a time, so a log of any length is verified in constant memory from a
 * database cursor or a file; `verifyChain` and `verifyChainAsync` drive it.
 */
export function createChainVerifier(options: { expect?: Iterable<ExpectedHead> } = {}) {
  const expected = [...(options.expect ?? [])].sort((a, b) => a.treeSize - b.treeSize);
  let position = 0;
  let head = GENESIS_HASH;
  let nextExpected = 0;
  let failure: VerifyFailure | null = null;
  let lastMatched: ExpectedHead | null = null;

  const fail = (firstBad: number, reason: VerifyFailure["reason"], detail: string) =>
    (failure = { ok: false, firstBad, reason, detail });

  /** Compares the head at the current position with every expectation at this size. */
  const checkExpected = () => {
    while (nextExpected < expected.length) {
      const want = expected[nextExpected] as ExpectedHead;
      if (want.treeSize > position) return;
      nextExpected++;
      if (want.headHash !== head) {
        const since = lastMatched ? `entry ${lastMatched.treeSize}` : "the start";
        fail(
          Math.max(position, 1),
          "checkpoint",
          `the log at size ${position} does not end in the head ${want.headHash} of a checkpoint; ` +
            `entries after ${since} were changed and their hashes recomputed`,
        );
        return;
      }
      lastMatched = want;
    }
  };

  const badSize = expected.find((e) => !Number.isSafeInteger(e.treeSize) || e.treeSize < 0);
  if (badSize) fail(1, "checkpoint", `a checkpoint has no valid tree size (${badSize.treeSize})`);
  else checkExpected();

  return {
    /** Adds one entry; returns the failure once the log is known bad (later entries are ignored). */
    push(entry: AuditEntry): VerifyFailure | null {
      if (failure) return failure;
      position++;
      let computed: string;
      try {
        computed = entryHash(entry.prevHash, entry);
      } catch (error) {
        return fail(position, "hash", `entry ${position} cannot be encoded: ${String(error)}`);
      }
      if (computed !== entry.hash) {
        return fail(position, "hash", `entry ${position} does not match its hash: it was edited`);
      }
      if (entry.seq !== position) {
        return fail(
          position,
          "sequence",
          `entry ${position} carries number ${entry.seq}: an entry was removed, added or moved`,
        );
      }
      if (entry.prevHash !== head) {
        return fail(
          position,
          "link",
          `entry ${position} does not carry the hash of entry ${position - 1}: ` +
            `one of the two was rewritten`,
        );
      }
      head = entry.hash;
      checkExpected();
      return failure;
    },
    finish(): VerifyResult {
      if (failure) return failure;
      const beyond = expected[nextExpected];
      if (beyond) {
        return fail(
          position + 1,
          "checkpoint",
          `a checkpoint covers ${beyond.treeSize} entries but the log ends at ${position}: ` +
            `entries were removed from its end`,
        );
      }
      return { ok: true, count: position, head };
    },
  };
}

/**
 * Verifies a log in order of position, and that it passes through every expected head
 * (checkpoints whose signatures were already checked, or the head the caller knows).
 */
export function verifyChain(
  entries: Iterable<AuditEntry>,
  options: { expect?: Iterable<ExpectedHead> } = {},
): VerifyResult {
  const verifier = createChainVerifier(options);
  for (const entry of entries) if (verifier.push(entry)) break;
  return verifier.finish();
}

/** The same over an async source, such as rows read through a database cursor. */
export async function verifyChainAsync(
  entries: AsyncIterable<AuditEntry> | Iterable<AuditEntry>,
  options: { expect?: Iterable<ExpectedHead> } = {},
): Promise<VerifyResult> {
  const verifier = createChainVerifier(options);
  for await (const entry of entries) if (verifier.push(entry)) break;
  return verifier.finish();
}

/**
 * The whole log is a valid chain that still has, at position `treeSize`, the head a checkpoint
 * signed: nothing up to it was edited, removed, added or moved since. Check the checkpoint's
 * signature first (`verifyCheckpoint`).
 */
export function extendsCheckpoint(entries: Iterable<AuditEntry>, cp: ExpectedHead): VerifyResult {
  return verifyChain(entries, { expect: [cp] });
}

const HEX_HASH = /^[0-9a-f]{64}$/;

/** The bytes a checkpoint signs: a text form of CT's tree head (size, head, time). */
function checkpointMessage(treeSize: number, headHash: string, at: string): Buffer {
  return Buffer.from(`${CHECKPOINT_DOMAIN}${treeSize}\n${headHash}\n${at}`, "utf8");
}

/** Signs the head of a log of `treeSize` entries (`GENESIS_HASH` for an empty log). */
export function checkpoint(
  treeSize: number,
  headHash: string,
  at: string,
  privateKey: KeyObject,
): Checkpoint {
  if (!Number.isSafeInteger(treeSize) || treeSize < 0) {
    throw new TypeError(`treeSize: ${treeSize} is not a count of entries`);
  }
  if (!HEX_HASH.test(headHash)) throw new TypeError("headHash: not a SHA-256 in lowercase hex");
  if (treeSize === 0 && headHash !== GENESIS_HASH) {
    throw new TypeError("headHash: an empty log's head is the genesis hash");
  }
  if (!isCanonicalInstant(at)) throw new TypeError(`at: "${at}" is not an ISO instant`);
  if (privateKey.type !== "private" || privateKey.asymmetricKeyType !== "ed25519") {
    throw new TypeError("privateKey: an Ed25519 private key is required");
  }
  const signature = sign(null, checkpointMessage(treeSize, headHash, at), privateKey);
  return { treeSize, headHash, at, signature: signature.toString("base64") };
}

/** Whether the checkpoint is well formed and signed by the holder of `publicKey`; never throws. */
export function verifyCheckpoint(cp: Checkpoint, publicKey: KeyObject): boolean {
  if (publicKey.asymmetricKeyType !== "ed25519") return false;
  if (!Number.isSafeInteger(cp.treeSize) || cp.treeSize < 0) return false;
  if (typeof cp.headHash !== "string" || !HEX_HASH.test(cp.headHash)) return false;
  if (cp.treeSize === 0 && cp.headHash !== GENESIS_HASH) return false;
  if (typeof cp.at !== "string" || typeof cp.signature !== "string") return false;
  const signature = Buffer.from(cp.signature, "base64");
  // Base64 decoding skips what it cannot read; only the exact 64-byte form is accepted.
  if (signature.length !== 64 || signature.toString("base64") !== cp.signature) return false;
  try {
    return verify(null, checkpointMessage(cp.treeSize, cp.headHash, cp.at), publicKey, signature);
  } catch {
    return false;
  }
}
