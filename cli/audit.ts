import { createPublicKey } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Db } from "../server/db/client.ts";
import { type Checkpoint, verifyCheckpoint } from "../server/lib/audit-chain.ts";
import { createAuditLog } from "../server/modules/audit/audit.repo.ts";
import type { AuditCheckpoints } from "../server/modules/audit/checkpoints.ts";

/**
 * `common-ground audit verify`: reads the whole audit log in order and checks every entry's
 * hash and its link to the one before; that the log still passes through every checkpoint the
 * instance signed (each signature checked with its key); and, when given a checkpoint an
 * organisation kept (with the instance's public key as it was published), that one too.
 * Answers whether all is well; on the first entry that does not fit, names it and why.
 */
export async function verifyAudit(
  db: Db,
  checkpoints: AuditCheckpoints,
  options: { checkpoint?: string; publicKey?: string },
  say: (line: string) => void,
): Promise<boolean> {
  const expect: Checkpoint[] = [];
  const stored = await checkpoints.all();
  if (stored.length) {
    const { publicKey } = await checkpoints.keyOf();
    const forged = stored.find((cp) => !verifyCheckpoint(cp, publicKey));
    if (forged) {
      say(`The checkpoint at ${forged.treeSize} entries is not signed by this instance's key.`);
      return false;
    }
    expect.push(...stored);
  }
  if (options.checkpoint) {
    const cp = JSON.parse(await readFile(options.checkpoint, "utf8")) as Checkpoint;
    if (!options.publicKey) {
      say("A checkpoint is checked against the instance's public key: pass --public-key.");
      return false;
    }
    const key = createPublicKey(await readFile(options.publicKey, "utf8"));
    if (!verifyCheckpoint(cp, key)) {
      say("The checkpoint's signature does not verify with this public key.");
      return false;
    }
    expect.push(cp);
  }
  const result = await createAuditLog(db).verify({ expect });
  if (result.ok) {
    say(`The audit log is whole: ${result.count} entries, head ${result.head}.`);
    return true;
  }
  say(`The audit log is broken at entry ${result.firstBad} (${result.reason}): ${result.detail}`);
  return false;
}
