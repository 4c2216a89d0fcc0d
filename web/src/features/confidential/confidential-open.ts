import type { FileHeader } from "../../../../shared/crypto/record-box.ts";
import type { ShareStatement } from "../../../../shared/crypto/statement.ts";
import type { ConfidentialRecordView } from "../../../../shared/records/confidential-api.ts";
import type { RecordContent, RecordKind } from "../../../../shared/records/fields.ts";
import {
  type ShareContent,
  type SharedFile,
  contentOf,
  shareContentOf,
} from "./confidential-content.ts";
import type { CryptoModule, KeyChange, KeySession, OrganizationKeyring } from "./key-session.ts";

/*
 * Opening confidential records in the browser, for the list and for one record's page. Each
 * record either opens, checked from end to end (the owner's epoch key, the content key bound
 * to record, owner and epoch, the content bound to record, version and owner; or a share's
 * signature under the owner identity this browser remembers), or is reported with the reason
 * it did not: a record is never dropped silently.
 */

/** What the list and the record's page both hold of a record (the list omits the rest). */
export type Fetched = Omit<ConfidentialRecordView, "may" | "sharing" | "consents"> & {
  /** In the list, for those who record consent: whether consent to statistics stands. */
  statisticsConsent?: boolean;
};

export type FailReason =
  /** The server presented another key than the one this browser remembers. */
  | "keyChange"
  /** No key here opens it: the organisation's keys have not been sealed to this person. */
  | "noKeys"
  /** The ciphertext, a key or a signature did not check out. */
  | "tampered"
  /** Every share of it has expired. */
  | "expired";

/** An attachment, its header opened (null when it does not open). */
export type OpenedFile = {
  id: string;
  /** The ciphertext's size. */
  storedSize: number;
  addedAt: string;
  header: Omit<FileHeader, "fileKey"> | null;
  fileKey: Uint8Array | null;
};

type Envelope = Pick<
  Fetched,
  | "id"
  | "ownerOrganizationId"
  | "ownerName"
  | "version"
  | "createdAt"
  | "updatedAt"
  | "sight"
  | "statisticsConsent"
>;

export type OpenedRecord = Envelope & {
  status: "opened";
  kind: RecordKind;
  fields: RecordContent;
  files: OpenedFile[];
  /** With full sight: the content key, to open files and to seal the next version. */
  contentKey: Uint8Array | null;
  /** With shared sight: the signed statements it was shared under, each checked. */
  statements: (ShareStatement & { grantId: string })[];
};

export type FailedRecord = Envelope & {
  status: "failed";
  reason: FailReason;
  change?: KeyChange;
};

export type Opening = OpenedRecord | FailedRecord;

export type OpenDeps = {
  crypto: CryptoModule;
  session: Pick<KeySession, "keyringOf" | "ownerIdentity">;
  now: Date;
};

class Refusal extends Error {
  constructor(
    readonly reason: FailReason,
    readonly change?: KeyChange,
  ) {
    super(reason);
  }
}

const isKeyChange = (error: unknown): error is Error & { change: KeyChange } =>
  error instanceof Error && error.name === "KeyChangeRefused" && "change" in error;

/** A refusal of the session's key lookups, by what it means for the record. */
function asRefusal(error: unknown, otherwise: FailReason): Refusal {
  if (error instanceof Refusal) return error;
  if (isKeyChange(error)) return new Refusal("keyChange", error.change);
  return new Refusal(otherwise);
}

/**
 * One keyring per organisation for a whole list: opening it checks signatures and a seal, so
 * it is done once, and a refusal is remembered for the other records of that organisation.
 */
export function keyringCache(session: OpenDeps["session"]) {
  const cache = new Map<string, Promise<OrganizationKeyring>>();
  return (organizationId: string) => {
    let keyring = cache.get(organizationId);
    if (!keyring) {
      keyring = session.keyringOf(organizationId);
      // Rejections are read by each caller; this keeps an unread one from being reported.
      keyring.catch(() => undefined);
      cache.set(organizationId, keyring);
    }
    return keyring;
  };
}

const envelopeOf = (item: Fetched): Envelope => ({
  id: item.id,
  ownerOrganizationId: item.ownerOrganizationId,
  ownerName: item.ownerName,
  version: item.version,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
  sight: item.sight,
  ...(item.statisticsConsent === undefined ? {} : { statisticsConsent: item.statisticsConsent }),
});

function openFiles(crypto: CryptoModule, item: Fetched, contentKey: Uint8Array): OpenedFile[] {
  return item.files.map((file) => {
    try {
      const { fileKey, ...header } = crypto.openFileHeader(file.header, contentKey, {
        recordId: item.id,
        fileId: file.id,
      });
      return { id: file.id, storedSize: file.size, addedAt: file.addedAt, header, fileKey };
    } catch {
      return {
        id: file.id,
        storedSize: file.size,
        addedAt: file.addedAt,
        header: null,
        fileKey: null,
      };
    }
  });
}

async function openFull(
  item: Fetched,
  deps: OpenDeps,
  keyringOf: (id: string) => Promise<OrganizationKeyring>,
): Promise<OpenedRecord> {
  const { crypto } = deps;
  if (!item.sealed || !item.key) throw new Refusal("tampered");
  const keyring = await keyringOf(item.ownerOrganizationId).catch((error: unknown) => {
    throw asRefusal(error, "noKeys");
  });
  const epoch = keyring.epochs.get(item.key.epoch);
  if (!epoch) throw new Refusal("noKeys");
  let contentKey: Uint8Array;
  let content: ReturnType<typeof contentOf>;
  try {
    contentKey = crypto.unwrapContentKey(
      { nonce: item.key.nonce, ciphertext: item.key.ciphertext },
      epoch.secretKey,
      { recordId: item.id, ownerOrganizationId: item.ownerOrganizationId, epoch: item.key.epoch },
    );
    content = contentOf(
      crypto.openRecord(item.sealed, contentKey, {
        recordId: item.id,
        version: item.version,
        ownerOrganizationId: item.ownerOrganizationId,
      }),
    );
  } catch {
    throw new Refusal("tampered");
  }
  if (!content) throw new Refusal("tampered");
  return {
    ...envelopeOf(item),
    status: "opened",
    kind: content.kind,
    fields: content.fields,
    files: openFiles(crypto, item, contentKey),
    contentKey,
    statements: [],
  };
}

type Share = NonNullable<Fetched["shares"]>[number];

async function openOneShare(
  item: Fetched,
  share: Share,
  deps: OpenDeps,
  keyringOf: (id: string) => Promise<OrganizationKeyring>,
): Promise<{ content: ShareContent; statement: ShareStatement }> {
  const { crypto, session } = deps;
  const statement = share.statement;
  const identity = await session
    .ownerIdentity(item.ownerOrganizationId, share.ownerIdentityPublicKey)
    .catch((error: unknown) => {
      throw asRefusal(error, "tampered");
    });
  const keyring = await keyringOf(statement.toOrganizationId).catch((error: unknown) => {
    throw asRefusal(error, "noKeys");
  });
  const epoch = keyring.epochs.get(statement.recipientEpoch);
  if (!epoch) throw new Refusal("noKeys");
  let opened: { statement: ShareStatement; content: unknown };
  try {
    opened = crypto.openShare(
      {
        sealedKey: share.sealedKey,
        payload: share.payload,
        statement,
        signature: share.signature,
      },
      {
        ownerIdentityPublic: identity,
        recipientEpoch: {
          epoch: statement.recipientEpoch,
          publicKey: epoch.publicKey,
          secretKey: epoch.secretKey,
        },
      },
      {
        ownerOrganizationId: item.ownerOrganizationId,
        toOrganizationId: keyring.organizationId,
        recordId: item.id,
      },
    );
  } catch {
    throw new Refusal("tampered");
  }
  // Judged on the signed statement, once it is known to be the owner's.
  if (opened.statement.expiresAt && Date.parse(opened.statement.expiresAt) <= deps.now.getTime())
    throw new Refusal("expired");
  const content = shareContentOf(opened.content);
  if (!content) throw new Refusal("tampered");
  return { content, statement: opened.statement };
}

const sharedFile = (crypto: CryptoModule, item: Fetched, file: SharedFile): OpenedFile | null => {
  const stored = item.files.find((f) => f.id === file.id);
  if (!stored) return null;
  let fileKey: Uint8Array | null;
  try {
    fileKey = crypto.unb64(file.fileKey, 32);
  } catch {
    fileKey = null;
  }
  const { fileKey: _key, id: _id, ...header } = file;
  return { id: file.id, storedSize: stored.size, addedAt: stored.addedAt, header, fileKey };
};

/** A partner's view: every live share opened and checked; their fields and files together. */
async function openShared(
  item: Fetched,
  deps: OpenDeps,
  keyringOf: (id: string) => Promise<OrganizationKeyring>,
): Promise<OpenedRecord> {
  const shares = item.shares ?? [];
  if (!shares.length) throw new Refusal("noKeys");
  const results = await Promise.allSettled(
    shares.map((share) => openOneShare(item, share, deps, keyringOf)),
  );
  const opened = results.flatMap((r, i) =>
    r.status === "fulfilled" ? [{ ...r.value, grantId: shares[i]!.grantId }] : [],
  );
  if (!opened.length) {
    const refusals = results.flatMap((r) =>
      r.status === "rejected" ? [asRefusal(r.reason, "tampered")] : [],
    );
    // A changed key is the one to tell first: it is what a person must act on.
    throw refusals.find((r) => r.reason === "keyChange") ?? refusals[0] ?? new Refusal("tampered");
  }
  const kind = opened[0]!.content.kind;
  const fields: RecordContent = {};
  const files = new Map<string, OpenedFile>();
  for (const share of opened) {
    if (share.content.kind !== kind) continue;
    Object.assign(fields, share.content.fields);
    for (const file of share.content.files ?? []) {
      const shown = sharedFile(deps.crypto, item, file);
      if (shown) files.set(file.id, shown);
    }
  }
  return {
    ...envelopeOf(item),
    status: "opened",
    kind,
    fields,
    files: [...files.values()],
    contentKey: null,
    statements: opened.map((o) => ({ ...o.statement, grantId: o.grantId })),
  };
}

/** Opens one record; never throws: a record that does not open says why. */
export async function openConfidential(
  item: Fetched,
  deps: OpenDeps,
  keyringOf = keyringCache(deps.session),
): Promise<Opening> {
  try {
    return item.sight === "full"
      ? await openFull(item, deps, keyringOf)
      : await openShared(item, deps, keyringOf);
  } catch (error) {
    const refusal = asRefusal(error, "tampered");
    return {
      ...envelopeOf(item),
      status: "failed",
      reason: refusal.reason,
      ...(refusal.change ? { change: refusal.change } : {}),
    };
  }
}

/** Opens every record of a list, one keyring lookup per organisation. */
export async function openAll(items: readonly Fetched[], deps: OpenDeps): Promise<Opening[]> {
  const keyringOf = keyringCache(deps.session);
  return Promise.all(items.map((item) => openConfidential(item, deps, keyringOf)));
}
