import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { createAuditLog } from "./audit.repo.ts";
import { auditEntries } from "./audit.table.ts";

describe.each(backends)("the audit log on %s", (backend) => {
  let t: TestApp;
  let log: ReturnType<typeof createAuditLog>;

  beforeAll(async () => {
    t = await createTestApp(backend);
    log = createAuditLog(t.services.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  const write = (n: number, action = "record.read") =>
    t.services.db.transaction(async (tx) => {
      for (let i = 0; i < n; i++) {
        await log.append(tx, {
          at: new Date(Date.UTC(2026, 11, 7, 8, 0, i)),
          actorUserId: "user-1",
          actorOrganizationId: null,
          action,
          subjectKind: "record",
          subjectId: `record-${i}`,
          details: { fields: ["narrative", "country"], note: "Lecture — قراءة" },
        });
      }
    });

  it("chains every entry to the one before, across transactions, and verifies", async () => {
    await write(3);
    await write(2, "record.share");
    const result = await log.verify();
    expect(result).toMatchObject({ ok: true, count: 5 });
  });

  it("keeps no entry whose transaction rolled back, and the chain stays whole", async () => {
    await expect(
      t.services.db.transaction(async (tx) => {
        await log.append(tx, {
          at: new Date(),
          actorUserId: null,
          actorOrganizationId: null,
          action: "record.read",
          subjectKind: "record",
          subjectId: "gone",
        });
        throw new Error("the read it records failed");
      }),
    ).rejects.toThrow("the read it records failed");
    expect(await log.verify()).toMatchObject({ ok: true, count: 5 });
  });

  it("refuses to change, delete or empty an entry, even for the app's own role", async () => {
    const db = t.services.db;
    await expect(
      db.execute(sql`update audit_entries set action = 'x' where seq = 1`),
    ).rejects.toThrow();
    await expect(db.delete(auditEntries)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_entries`)).rejects.toThrow();
    expect(await log.verify()).toMatchObject({ ok: true, count: 5 });
  });

  it("keeps appends from two transactions at once in one chain", async () => {
    await Promise.all([write(4), write(4, "record.export")]);
    expect(await log.verify()).toMatchObject({ ok: true, count: 13 });
  });
});
