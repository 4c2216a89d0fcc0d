import { generateKeyPairSync } from "node:crypto";
import { stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkpoint } from "../server/lib/audit-chain.ts";
import { createAuditLog } from "../server/modules/audit/audit.repo.ts";
import { auditCheckpoints } from "../server/modules/audit/audit.table.ts";
import { type TestApp, backends, createTestApp } from "../server/test/harness.ts";
import { verifyAudit } from "./audit.ts";

describe.each(backends)("common-ground audit verify on %s", (backend) => {
  let t: TestApp;
  const said: string[] = [];
  const say = (line: string) => said.push(line);
  const dir = os.tmpdir();
  const keys = generateKeyPairSync("ed25519");

  beforeAll(async () => {
    t = await createTestApp(backend);
    const log = createAuditLog(t.services.db);
    await t.services.db.transaction(async (tx) => {
      for (let i = 0; i < 6; i++) {
        await log.append(tx, {
          at: new Date(Date.UTC(2026, 11, 7, 9, i)),
          actorUserId: `user-${i % 2}`,
          actorOrganizationId: null,
          action: "record.read",
          subjectKind: "record",
          subjectId: `record-${i}`,
        });
      }
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("says the log is whole, and that it still extends a checkpoint kept earlier", async () => {
    expect(await verifyAudit(t.services.db, t.services.auditCheckpoints, {}, say)).toBe(true);
    expect(said.at(-1)).toMatch(/whole: 6 entries/);
    const head = (await createAuditLog(t.services.db).verify()) as { head: string };
    const file = path.join(dir, `cp-${backend}-${Date.now()}.json`);
    const pem = path.join(dir, `pk-${backend}-${Date.now()}.pem`);
    await writeFile(
      file,
      JSON.stringify(checkpoint(6, head.head, new Date().toISOString(), keys.privateKey)),
    );
    await writeFile(pem, keys.publicKey.export({ type: "spki", format: "pem" }) as string);
    expect(
      await verifyAudit(
        t.services.db,
        t.services.auditCheckpoints,
        { checkpoint: file, publicKey: pem },
        say,
      ),
    ).toBe(true);
  });

  it("signs a checkpoint only when the log grew, and checks every stored one", async () => {
    const cp = await t.services.auditCheckpoints.signIfNew();
    expect(cp).toMatchObject({ treeSize: 6 });
    expect(await t.services.auditCheckpoints.signIfNew()).toBeNull();
    expect(await verifyAudit(t.services.db, t.services.auditCheckpoints, {}, say)).toBe(true);
  });

  it("names the first bad entry when someone with the database's own rights rewrites one", async () => {
    const db = t.services.db;
    // An attacker who holds the database can switch the trigger off; the chain still tells.
    await db.execute(sql`alter table audit_entries disable trigger user`);
    await db.execute(sql`update audit_entries set subject_id = 'another-record' where seq = 3`);
    await db.execute(sql`alter table audit_entries enable trigger user`);
    expect(await verifyAudit(db, t.services.auditCheckpoints, {}, say)).toBe(false);
    expect(said.at(-1)).toMatch(/broken at entry 3 \(hash\)/);
  });

  it("refuses a stored checkpoint the instance did not sign, and keeps its key to itself", async () => {
    const good = (await t.services.auditCheckpoints.latest())!;
    await t.services.db.insert(auditCheckpoints).values({
      treeSize: good.treeSize + 100,
      headHash: good.headHash,
      at: new Date(),
      signature: good.signature,
    });
    expect(await verifyAudit(t.services.db, t.services.auditCheckpoints, {}, say)).toBe(false);
    expect(said.at(-1)).toMatch(/not signed by this instance's key/);
    const mode = (await stat(path.join(t.config.dataDir, "audit-signing-key.pem"))).mode & 0o777;
    expect(mode).toBe(0o600);
  });
});
