import {
  type KeyObject,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
} from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { desc } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { type Checkpoint, checkpoint } from "../../lib/audit-chain.ts";
import type { Clock } from "../../lib/clock.ts";
import { auditCheckpoints, auditEntries } from "./audit.table.ts";

export type InstanceKey = { privateKey: KeyObject; publicKey: KeyObject; publicPem: string };

/**
 * The instance's Ed25519 key for signing checkpoints, kept in the data directory (readable by
 * the app's user only) and made the first time it is needed. Two processes starting at once
 * cannot both make one: the file is created exclusively, and the loser reads the winner's.
 */
export async function instanceKey(dataDir: string): Promise<InstanceKey> {
  const file = path.join(dataDir, "audit-signing-key.pem");
  let pem: string;
  try {
    pem = await readFile(file, "utf8");
  } catch {
    await mkdir(dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync("ed25519");
    const made = privateKey.export({ type: "pkcs8", format: "pem" }) as string;
    try {
      await writeFile(file, made, { mode: 0o600, flag: "wx" });
      pem = made;
    } catch {
      pem = await readFile(file, "utf8");
    }
  }
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicPem: publicKey.export({ type: "spki", format: "pem" }) as string,
  };
}

const toCheckpoint = (row: typeof auditCheckpoints.$inferSelect): Checkpoint => ({
  treeSize: row.treeSize,
  headHash: row.headHash,
  at: row.at.toISOString(),
  signature: row.signature,
});

/**
 * Signed checkpoints of the audit log, in the spirit of Certificate Transparency's signed tree
 * heads: the size of the log and its head hash, signed. The scheduler asks for one every round
 * (30 s), and one is signed only when entries were added since the last; an organisation can
 * keep one and later check, with `common-ground audit verify`, that the log still extends it.
 */
export function createCheckpoints(deps: { db: Db; dataDir: string; clock: Clock }) {
  const { db, clock } = deps;
  let key: Promise<InstanceKey> | null = null;
  const keyOf = () => (key ??= instanceKey(deps.dataDir));

  return {
    keyOf,

    /** Signs the current head if the log grew since the last checkpoint; null otherwise. */
    async signIfNew(): Promise<Checkpoint | null> {
      const [head] = await db
        .select({ seq: auditEntries.seq, hash: auditEntries.hash })
        .from(auditEntries)
        .orderBy(desc(auditEntries.seq))
        .limit(1);
      const [last] = await db
        .select({ treeSize: auditCheckpoints.treeSize })
        .from(auditCheckpoints)
        .orderBy(desc(auditCheckpoints.treeSize))
        .limit(1);
      if (!head || head.seq <= (last?.treeSize ?? 0)) return null;
      const signed = checkpoint(
        head.seq,
        head.hash,
        clock.now().toISOString(),
        (await keyOf()).privateKey,
      );
      // Another process may have signed the same size a moment ago; one is enough.
      await db
        .insert(auditCheckpoints)
        .values({ ...signed, at: new Date(signed.at) })
        .onConflictDoNothing();
      return signed;
    },

    async all(): Promise<Checkpoint[]> {
      return (await db.select().from(auditCheckpoints).orderBy(auditCheckpoints.treeSize)).map(
        toCheckpoint,
      );
    },

    async latest(): Promise<Checkpoint | null> {
      const [row] = await db
        .select()
        .from(auditCheckpoints)
        .orderBy(desc(auditCheckpoints.treeSize))
        .limit(1);
      return row ? toCheckpoint(row) : null;
    },
  };
}
export type AuditCheckpoints = ReturnType<typeof createCheckpoints>;
