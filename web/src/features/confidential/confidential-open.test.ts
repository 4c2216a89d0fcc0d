import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import * as crypto from "../../../../shared/crypto/index.ts";
import type { ShareContent } from "./confidential-content.ts";
import { type Fetched, type OpenedRecord, openAll, openConfidential } from "./confidential-open.ts";
import { FileRefused, decryptFile, encryptFile } from "./file-crypto.ts";
import { shareContentFor, statementFor } from "./share-view.ts";
import { makeKeyring, sessionDouble } from "./testing/session-double.ts";

/*
 * Opening confidential records as the pages do, with real keys: the owner's people through
 * the epoch key (an older epoch reached by walking back), a partner through a signed share.
 * Whatever does not open is reported with its reason, never dropped.
 */
const owner = randomUUID();
const partner = randomUUID();
const at = "2026-06-01T10:00:00.000Z";
const content = {
  kind: "incident",
  fields: {
    occurredOn: "2026-03-10",
    country: "YE",
    placeText: "Behind the clinic",
    violationTypes: ["attack_on_schools"],
  },
};

let ownerRing: ReturnType<typeof makeKeyring>;
let partnerRing: ReturnType<typeof makeKeyring>;

beforeAll(async () => {
  await crypto.loadSodium();
  ownerRing = makeKeyring(owner, 2);
  partnerRing = makeKeyring(partner, 1);
});

/** A record as the API lists it to the owner's people, sealed under `epoch`. */
function sealed(epoch = 2, version = 1, body: unknown = content) {
  const id = randomUUID();
  const contentKey = crypto.newContentKey();
  const secret = ownerRing.epochs.get(epoch)!.secretKey;
  const item: Fetched = {
    id,
    ownerOrganizationId: owner,
    ownerName: "Monitor",
    classification: "confidential",
    version,
    createdAt: at,
    updatedAt: at,
    sight: "full",
    sealed: crypto.sealRecord(body, contentKey, {
      recordId: id,
      version,
      ownerOrganizationId: owner,
    }),
    key: {
      epoch,
      ...crypto.wrapContentKey(contentKey, secret, {
        recordId: id,
        ownerOrganizationId: owner,
        epoch,
      }),
    },
    files: [],
  };
  return { item, contentKey };
}

const deps = (
  over: {
    keyrings?: ReturnType<typeof makeKeyring>[];
    remembered?: Record<string, Uint8Array>;
    now?: Date;
  } = {},
) => ({
  crypto,
  session: sessionDouble({
    keyrings: over.keyrings ?? [ownerRing],
    remembered: over.remembered ?? { [owner]: ownerRing.identityPublic },
  }),
  now: over.now ?? new Date(at),
});

const flip = (text: string) => {
  const bytes = crypto.unb64(text);
  bytes[bytes.length - 1]! ^= 1;
  return crypto.b64(bytes);
};

describe("opening confidential records in the browser", () => {
  it("opens the owner's records, an older epoch through the current one, with their files", async () => {
    const { item, contentKey } = sealed(1);
    const fileId = randomUUID();
    const header = crypto.sealFileHeader(
      {
        name: "gate.jpg",
        mediaType: "image/jpeg",
        size: 3,
        sha256: "x",
        fileKey: crypto.newFileKey(),
      },
      contentKey,
      { recordId: item.id, fileId },
    );
    item.files = [{ id: fileId, size: 70, header, addedAt: at }];
    const opened = (await openConfidential(item, deps())) as OpenedRecord;
    expect(opened).toMatchObject({ status: "opened", kind: "incident", fields: content.fields });
    expect(opened.files[0]?.header).toMatchObject({ name: "gate.jpg", mediaType: "image/jpeg" });
    expect(opened.contentKey).toEqual(contentKey);
  });

  it("reports, never drops, a record whose ciphertext, key or binding was changed", async () => {
    const good = sealed().item;
    const changedText = sealed().item;
    changedText.sealed = {
      ...changedText.sealed!,
      ciphertext: flip(changedText.sealed!.ciphertext),
    };
    const changedKey = sealed().item;
    changedKey.key = { ...changedKey.key!, ciphertext: flip(changedKey.key!.ciphertext) };
    // The server serving one record's content under another version or id.
    const replayed = sealed().item;
    replayed.version = 2;
    const moved = { ...sealed().item, id: randomUUID() };
    const notARecord = sealed(2, 1, { kind: "meeting", fields: {} }).item;
    const results = await openAll(
      [good, changedText, changedKey, replayed, moved, notARecord],
      deps(),
    );
    expect(results.map((r) => r.status)).toEqual([
      "opened",
      "failed",
      "failed",
      "failed",
      "failed",
      "failed",
    ]);
    expect(results.slice(1).map((r) => r.status === "failed" && r.reason)).toEqual(
      Array(5).fill("tampered"),
    );
  });

  it("says so when this person holds no key of the owner", async () => {
    const result = await openConfidential(sealed().item, deps({ keyrings: [partnerRing] }));
    expect(result).toMatchObject({ status: "failed", reason: "noKeys" });
  });

  describe("a partner's share", () => {
    const shareOf = (
      record: Fetched,
      over: { expiresAt?: string | null; recordId?: string; identitySecret?: Uint8Array } = {},
    ) => {
      const body: ShareContent = shareContentFor(
        { id: record.id, ownerOrganizationId: owner, kind: "incident", fields: content.fields },
        [],
        { fields: ["occurredOn", "country"], dataCategories: ["incidents"] },
        crypto.b64,
      );
      const pkg = crypto.shareRecord({
        content: body,
        statement: statementFor({
          recordId: over.recordId ?? record.id,
          ownerOrganizationId: owner,
          toOrganizationId: partner,
          agreement: {
            id: randomUUID(),
            version: 1,
            purpose: "Litigation",
            onwardRule: "none",
            onwardCoalitionId: null,
          },
          expiresAt: over.expiresAt ?? null,
          recipientEpoch: 1,
          issuedAt: at,
        }),
        recipientEpochPublic: partnerRing.epochs.get(1)!.publicKey,
        identitySecret: over.identitySecret ?? ownerRing.identitySecret,
      });
      return {
        ...pkg,
        statement: { ...pkg.statement, onwardRule: "none" as const },
        grantId: randomUUID(),
        ownerIdentityPublicKey: crypto.b64(ownerRing.identityPublic),
      };
    };
    const asShared = (over: Parameters<typeof shareOf>[1] = {}) => {
      const { item } = sealed();
      const shared: Fetched = { ...item, sight: "shared", sealed: undefined, key: undefined };
      shared.shares = [shareOf(shared, over)];
      return shared;
    };
    const partnerDeps = (remembered: Uint8Array = ownerRing.identityPublic, now = new Date(at)) =>
      deps({ keyrings: [partnerRing], remembered: { [owner]: remembered }, now });

    it("opens only the agreed fields, once the owner's signature checks", async () => {
      const opened = (await openConfidential(asShared(), partnerDeps())) as OpenedRecord;
      expect(opened).toMatchObject({
        status: "opened",
        sight: "shared",
        fields: { occurredOn: "2026-03-10", country: "YE" },
      });
      expect(Object.keys(opened.fields).sort()).toEqual(["country", "occurredOn"]);
      expect(opened.statements[0]?.purpose).toBe("Litigation");
    });

    it("refuses an expired statement, a changed owner key, and a statement about another record", async () => {
      const expired = asShared({ expiresAt: "2026-05-31T23:59:59.000Z" });
      expect(await openConfidential(expired, partnerDeps())).toMatchObject({ reason: "expired" });
      const other = makeKeyring(owner, 1);
      const changed = await openConfidential(asShared(), partnerDeps(other.identityPublic));
      expect(changed).toMatchObject({
        reason: "keyChange",
        change: { subject: `organization:${owner}` },
      });
      // Signed by someone else's identity, presented as the owner's remembered one.
      const forged = asShared({ identitySecret: other.identitySecret });
      expect(await openConfidential(forged, partnerDeps())).toMatchObject({ reason: "tampered" });
      const elsewhere = asShared({ recordId: randomUUID() });
      expect(await openConfidential(elsewhere, partnerDeps())).toMatchObject({
        reason: "tampered",
      });
    });
  });
});

describe("attachments, streamed", () => {
  const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 251);
  const served = (blob: Blob) => (async () => new Response(blob)) as unknown as typeof fetch;

  it("encrypts from the file's stream and decrypts only what checks out", async () => {
    const recordId = randomUUID();
    const contentKey = crypto.newContentKey();
    const file = new File([bytes], "evidence.bin", { type: "application/octet-stream" });
    const made = await encryptFile(crypto, file, recordId, contentKey);
    expect(made.sha256).toBe(crypto.sha256(bytes));
    const header = crypto.openFileHeader(made.header, contentKey, {
      recordId,
      fileId: made.fileId,
    });
    expect(header).toMatchObject({ name: "evidence.bin", size: bytes.length, sha256: made.sha256 });
    const input = {
      url: "/x",
      fileId: made.fileId,
      fileKey: header.fileKey,
      expected: { sha256: header.sha256, size: header.size },
    };
    const { blob } = await decryptFile(crypto, input, served(made.blob));
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);

    const stored = new Uint8Array(await made.blob.arrayBuffer());
    const cut = new Blob([stored.slice(0, stored.length - 100)]);
    await expect(decryptFile(crypto, input, served(cut))).rejects.toEqual(
      new FileRefused("tampered"),
    );
    await expect(
      decryptFile(crypto, { ...input, fileId: randomUUID() }, served(made.blob)),
    ).rejects.toEqual(new FileRefused("tampered"));
    await expect(
      decryptFile(
        crypto,
        { ...input, expected: { ...input.expected, sha256: crypto.sha256(new Uint8Array(1)) } },
        served(made.blob),
      ),
    ).rejects.toEqual(new FileRefused("mismatch"));
  });
});
