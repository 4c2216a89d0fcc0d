import { createHash } from "node:crypto";
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { readsFiles, sightOf } from "../../../shared/policy/record.ts";
import type { RecordFile } from "../../../shared/records/api.ts";
import type { Database, Tx } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { FileMissing, type FileStore } from "../../lib/file-store.ts";
import { Conflict, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { Actor } from "../auth/actor.ts";
import type { RecordsService } from "./records.service.ts";
import { recordFiles } from "./records.table.ts";

const bucket = "records";
const noSuchFile = "No such file.";

/** A file's extension in the store: its own when plain, else "bin" (the name is kept aside). */
const extensionOf = (name: string) => {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name);
  return match ? match[1]!.toLowerCase() : "bin";
};

/**
 * Attachments of records: hashed (SHA-256) as they arrive, the hash shown so evidence can be
 * checked later; every upload and every download written to the audit log, which is the
 * file's chain of custody. Files follow the record's full sight, and reach a partner only
 * under an agreement that covers evidence.
 */
export function createRecordFiles(deps: {
  database: Database;
  records: Pick<RecordsService, "authorize">;
  files: FileStore;
  audit: Pick<AuditLog, "appendMany">;
  names: Names;
  clock: Clock;
}) {
  const { database, records, files, audit, names, clock } = deps;
  const { db } = database;

  /**
   * Files are read with the record's full sight, or by a partner whose agreement covers
   * evidence; they are added with full sight only. Otherwise the record does not exist for the
   * caller, as everywhere.
   */
  async function fullSight(actor: Actor | null, id: string, action: "record.read" | "record.edit") {
    const a = await records.authorize(actor, id, action);
    const sight = sightOf(a.standing);
    if (action === "record.edit" ? sight.kind !== "full" : !readsFiles(sight))
      throw new NotFound("No such record.");
    return a;
  }

  const entry = (
    a: Awaited<ReturnType<typeof fullSight>>,
    action: string,
    details: Record<string, unknown>,
  ) => ({
    at: clock.now(),
    actorUserId: a.viewer.actor?.userId ?? null,
    actorOrganizationId: a.acting,
    action,
    subjectKind: "record",
    subjectId: a.record.id,
    details: { owner: a.record.ownerOrganizationId, ...details },
  });

  async function present(rows: (typeof recordFiles.$inferSelect)[]): Promise<RecordFile[]> {
    const people = await names.people(rows.map((r) => r.addedBy));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      mediaType: r.mediaType,
      size: r.size,
      sha256: r.sha256,
      addedByName: r.addedBy ? (people.get(r.addedBy) ?? null) : null,
      addedAt: r.addedAt.toISOString(),
    }));
  }

  return {
    async add(
      actor: Actor,
      id: string,
      file: { name: string; type: string; bytes: Buffer },
    ): Promise<RecordFile> {
      const a = await fullSight(actor, id, "record.edit");
      if (a.record.classification === "confidential")
        throw new Conflict(
          "A confidential record's files are encrypted in your browser before they are sent.",
        );
      if (!file.bytes.length)
        throw new Invalid("The file is empty.", [{ field: "body", message: "must not be empty" }]);
      const sha256 = createHash("sha256").update(file.bytes).digest("hex");
      // Stored first: a row never points at bytes that are not there. A failed insert leaves a
      // file no row names, which the same bytes uploaded again reuse.
      const storeKey = await files.put(bucket, file.bytes, extensionOf(file.name));
      const row = {
        id: newId(),
        recordId: id,
        name: file.name,
        mediaType: file.type,
        size: file.bytes.length,
        sha256,
        storeKey,
        addedBy: actor.userId,
        addedAt: clock.now(),
        removedAt: null,
        sealedHeader: null,
      };
      await db.transaction(async (tx) => {
        await tx.insert(recordFiles).values(row);
        await audit.appendMany(tx, [
          entry(a, "file.add", { file: row.id, sha256, size: row.size }),
        ]);
      });
      return (await present([row]))[0]!;
    },

    async list(actor: Actor | null, id: string): Promise<{ items: RecordFile[] }> {
      const a = await fullSight(actor, id, "record.read");
      // A confidential record's files are listed, sealed, with the record (confidential.service.ts).
      if (a.record.classification === "confidential") throw new NotFound("No such record.");
      const rows = await db
        .select()
        .from(recordFiles)
        .where(and(eq(recordFiles.recordId, id), isNull(recordFiles.removedAt)))
        .orderBy(asc(recordFiles.addedAt));
      return { items: await present(rows) };
    },

    /** The bytes, for a download; the read is written to the audit before they are sent. */
    async read(actor: Actor | null, id: string, fileId: string, sealed = false) {
      const a = await fullSight(actor, id, "record.read");
      // Plain files by the plain route, ciphertext by the sealed one: never one for the other.
      if ((a.record.classification === "confidential") !== sealed) throw new NotFound(noSuchFile);
      const [row] = await db
        .select()
        .from(recordFiles)
        .where(
          and(
            eq(recordFiles.id, fileId),
            eq(recordFiles.recordId, id),
            isNull(recordFiles.removedAt),
          ),
        );
      if (!row) throw new NotFound(noSuchFile);
      let bytes: Buffer;
      try {
        bytes = await files.get(bucket, row.storeKey);
      } catch (error) {
        if (error instanceof FileMissing) throw new NotFound(noSuchFile);
        throw error;
      }
      await db.transaction((tx) =>
        audit.appendMany(tx, [entry(a, "file.read", { file: row.id, sha256: row.sha256 })]),
      );
      return { name: row.name, bytes };
    },

    /**
     * A confidential record's file, encrypted in the browser: the server keeps the ciphertext,
     * its SHA-256 (of the ciphertext: the plaintext's is inside the header) and the header
     * sealed under the record's content key.
     */
    async addSealed(
      actor: Actor,
      id: string,
      file: {
        header: { nonce: string; ciphertext: string };
        /** The id the browser bound the header and the stream to; made here when absent. */
        fileId?: string | undefined;
        bytes: Buffer;
      },
    ): Promise<{ id: string; size: number; addedAt: string }> {
      const a = await fullSight(actor, id, "record.edit");
      if (a.record.classification !== "confidential")
        throw new Conflict("Only a confidential record takes encrypted files.");
      if (!file.bytes.length)
        throw new Invalid("The file is empty.", [{ field: "body", message: "must not be empty" }]);
      const fileId = file.fileId ?? newId();
      const taken = async (tx: Tx | Database["db"]) =>
        (
          await tx
            .select({ id: recordFiles.id })
            .from(recordFiles)
            .where(eq(recordFiles.id, fileId))
        ).length > 0;
      const duplicate = () =>
        new Conflict("A file with this id exists: make a new id and encrypt the file again.");
      // Refused before the bytes are stored, and again inside the transaction for a race.
      if (await taken(db)) throw duplicate();
      const sha256 = createHash("sha256").update(file.bytes).digest("hex");
      const storeKey = await files.put(bucket, file.bytes, "bin");
      const row = {
        id: fileId,
        recordId: id,
        name: "",
        mediaType: "application/octet-stream",
        size: file.bytes.length,
        sha256,
        storeKey,
        addedBy: actor.userId,
        addedAt: clock.now(),
        removedAt: null,
        sealedHeader: file.header,
      };
      await db.transaction(async (tx) => {
        if (await taken(tx)) throw duplicate();
        await tx.insert(recordFiles).values(row);
        await audit.appendMany(tx, [
          entry(a, "file.add", { file: row.id, sha256, size: row.size, sealed: true }),
        ]);
      });
      return { id: row.id, size: row.size, addedAt: row.addedAt.toISOString() };
    },

    /** A confidential record's files as its readers see them: sizes and sealed headers. */
    async sealedOf(recordId: string, tx?: Tx) {
      const rows = await (tx ?? db)
        .select()
        .from(recordFiles)
        .where(and(eq(recordFiles.recordId, recordId), isNull(recordFiles.removedAt)))
        .orderBy(asc(recordFiles.addedAt));
      return rows.flatMap((r) =>
        r.sealedHeader
          ? [{ id: r.id, size: r.size, header: r.sealedHeader, addedAt: r.addedAt.toISOString() }]
          : [],
      );
    },

    /**
     * When a record is deleted its files go too: each row is marked removed and its bytes
     * deleted unless another record's file is the same bytes (the store is content-addressed).
     */
    async eraseOf(recordId: string) {
      const removed = await db
        .update(recordFiles)
        .set({ removedAt: clock.now() })
        .where(and(eq(recordFiles.recordId, recordId), isNull(recordFiles.removedAt)))
        .returning({ storeKey: recordFiles.storeKey });
      for (const { storeKey } of removed) {
        const [shared] = await db
          .select({ id: recordFiles.id })
          .from(recordFiles)
          .where(
            and(
              eq(recordFiles.storeKey, storeKey),
              isNull(recordFiles.removedAt),
              ne(recordFiles.recordId, recordId),
            ),
          )
          .limit(1);
        if (!shared) await files.remove(bucket, storeKey);
      }
    },
  };
}
export type RecordFilesService = ReturnType<typeof createRecordFiles>;
