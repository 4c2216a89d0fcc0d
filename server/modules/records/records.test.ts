import { createHash } from "node:crypto";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditPage } from "../../../shared/audit/api.ts";
import { RecordList, RecordView } from "../../../shared/records/api.ts";
import { type TestApp, backends, createTestApp } from "../../test/harness.ts";
import { call, expectProblem, pngBytes } from "../../test/org-helpers.ts";
import {
  type RecordWorld,
  incidentFields,
  recordIncident,
  recordWorld,
} from "./records.fixtures.ts";

const unknownId = "00000000-0000-7000-8000-000000000000";

describe.each(backends)("records (%s)", (backend) => {
  let t: TestApp;
  let w: RecordWorld;
  beforeAll(async () => {
    t = await createTestApp(backend);
    w = await recordWorld(t);
  });
  afterAll(() => t.close());

  const get = (id: string, as: RecordWorld["owner"] | null) =>
    call(t, "GET", `/api/v1/records/${id}`, { as });

  it("keeps a new record to its owner by default: restricted, and inside it to managers and its editor", async () => {
    const record = await recordIncident(t, w.owner, w.ownerOrg);
    expect(record.classification).toBe("restricted");
    expect(record.sight).toBe("full");
    expect(record.may).toEqual({
      edit: true,
      share: true,
      consent: true,
      audit: true,
      delete: true,
      files: true,
    });
    // The point is kept only at the precision chosen.
    expect(record.fields.coordinates).toEqual({ lat: 13.575, lon: 44.025, precision: "1km" });
    const unknown = await get(unknownId, w.people.outsider);
    const bodyOf = (body: string, id: string) => body.replaceAll(id, "{id}");
    for (const as of [w.colleague, w.people.partner, w.people.outsider, w.litigator, null]) {
      const refused = await get(record.id, as);
      expect(refused.statusCode).toBe(404);
      expect(bodyOf(refused.body, record.id)).toBe(bodyOf(unknown.body, unknownId));
    }
  });

  it("reaches the coalitions and organisations it names, and the colleagues it names", async () => {
    const shared = await recordIncident(t, w.owner, w.ownerOrg, {
      classification: "coalition",
      coalitionIds: [w.coalitionId],
      readerIds: [w.colleague.userId],
    });
    const partner = RecordView.parse((await get(shared.id, w.people.partner)).json());
    expect(partner.sight).toBe("full");
    expect(partner.may.edit).toBe(false);
    expect(partner.sharing).toBeUndefined();
    expect(partner.consents).toBeUndefined();
    expect((await get(shared.id, w.colleague)).statusCode).toBe(200);
    expect((await get(shared.id, w.people.outsider)).statusCode).toBe(404);
    expect((await get(shared.id, w.litigator)).statusCode).toBe(404);

    const restricted = await recordIncident(t, w.owner, w.ownerOrg, {
      restrictedTo: [w.litigatorOrg],
    });
    expect((await get(restricted.id, w.litigator)).statusCode).toBe(200);
    expect((await get(restricted.id, w.people.partner)).statusCode).toBe(404);
  });

  it("refuses a record for an organisation the person is not in, and bad fields by name", async () => {
    const foreign = await call(t, "POST", "/api/v1/records", {
      as: w.people.outsider,
      payload: { kind: "incident", ownerOrganizationId: w.ownerOrg, fields: incidentFields() },
    });
    expectProblem(foreign, 404);
    const bad = await call(t, "POST", "/api/v1/records", {
      as: w.owner,
      payload: {
        kind: "incident",
        ownerOrganizationId: w.ownerOrg,
        fields: incidentFields({ occurredUntil: "2026-01-01", sourceReliability: "Z" }),
      },
    });
    const problem = expectProblem(bad, 400);
    expect(JSON.stringify(problem)).toMatch(/sourceReliability/);
    const notInside = await call(t, "POST", "/api/v1/records", {
      as: w.people.outsider,
      payload: {
        kind: "incident",
        ownerOrganizationId: w.org.outsider,
        fields: incidentFields(),
        classification: "coalition",
        coalitionIds: [w.coalitionId],
      },
    });
    expectProblem(notInside, 422);
  });

  it("edits from the current version only, and keeps the index columns in step", async () => {
    const record = await recordIncident(t, w.owner, w.ownerOrg);
    const edited = await call(t, "PATCH", `/api/v1/records/${record.id}`, {
      as: w.owner,
      payload: { version: 1, fields: incidentFields({ country: "ML" }) },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(RecordView.parse(edited.json()).version).toBe(2);
    const stale = await call(t, "PATCH", `/api/v1/records/${record.id}`, {
      as: w.owner,
      payload: { version: 1, fields: incidentFields() },
    });
    expectProblem(stale, 409);
    const listed = await call(t, "GET", `/api/v1/records?organizationId=${w.ownerOrg}&country=ML`, {
      as: w.owner,
    });
    expect(RecordList.parse(listed.json()).items.map((r) => r.id)).toContain(record.id);
    // A colleague who is not an editor may not edit, and a partner may not change who reads it.
    const colleague = await call(t, "PATCH", `/api/v1/records/${record.id}`, {
      as: w.colleague,
      payload: { version: 2, fields: incidentFields() },
    });
    expectProblem(colleague, 404);
  });

  it("lists only what the viewer may read, and writes each read to the audit", async () => {
    const hidden = await recordIncident(t, w.owner, w.ownerOrg);
    const open = await recordIncident(t, w.owner, w.ownerOrg, { classification: "public" });
    const listed = RecordList.parse(
      (
        await call(t, "GET", `/api/v1/records?organizationId=${w.ownerOrg}`, {
          as: w.people.partner,
        })
      ).json(),
    );
    const ids = listed.items.map((r) => r.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(hidden.id);

    const read = await get(hidden.id, w.owner);
    expect(read.statusCode).toBe(200);
    const audit = AuditPage.parse(
      (await call(t, "GET", `/api/v1/records/${hidden.id}/audit`, { as: w.owner })).json(),
    );
    expect(audit.entries.map((e) => e.action)).toEqual(["record.read", "record.create"]);
    expect(audit.entries[0]!.actorOrganizationName).toBe("Access Watch");
    const orgAudit = AuditPage.parse(
      (await call(t, "GET", `/api/v1/organizations/${w.ownerOrg}/audit`, { as: w.owner })).json(),
    );
    expect(orgAudit.entries.some((e) => e.subjectId === hidden.id)).toBe(true);
    expectProblem(
      await call(t, "GET", `/api/v1/organizations/${w.ownerOrg}/audit`, { as: w.colleague }),
      403,
    );
    expectProblem(
      await call(t, "GET", `/api/v1/records/${hidden.id}/audit`, { as: w.colleague }),
      404,
    );
    expect((await t.services.auditLog.verify()).ok).toBe(true);
  });

  it("records consent, and deletes to a tombstone that only the audit remembers", async () => {
    const record = await recordIncident(t, w.owner, w.ownerOrg);
    const consented = await call(t, "POST", `/api/v1/records/${record.id}/consents`, {
      as: w.owner,
      payload: { use: "named_partners", state: "given", givenBy: "the person concerned" },
    });
    expect(consented.statusCode, consented.body).toBe(200);
    expect(RecordView.parse(consented.json()).consents?.[0]).toMatchObject({
      use: "named_partners",
      state: "given",
    });
    const removed = await call(t, "DELETE", `/api/v1/records/${record.id}`, { as: w.owner });
    expect(removed.statusCode).toBe(204);
    expectProblem(await get(record.id, w.owner), 404);
    const orgAudit = AuditPage.parse(
      (await call(t, "GET", `/api/v1/organizations/${w.ownerOrg}/audit`, { as: w.owner })).json(),
    );
    expect(orgAudit.entries.find((e) => e.subjectId === record.id)?.action).toBe("record.delete");
  });

  it("exports what the viewer may read as JSON and CSV, each export written to the audit", async () => {
    const kept = await recordIncident(t, w.owner, w.ownerOrg, {
      fields: incidentFields({ placeText: '=HYPERLINK("x")' }),
    });
    const json = await call(t, "GET", `/api/v1/records/export.json?organizationId=${w.ownerOrg}`, {
      as: w.owner,
    });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.headers["content-disposition"]).toMatch(/^attachment/);
    const ids = (json.json() as { records: { id: string }[] }).records.map((r) => r.id);
    expect(ids).toContain(kept.id);
    const partner = await call(t, "GET", "/api/v1/records/export.json", { as: w.people.partner });
    expect(
      (partner.json() as { records: { id: string }[] }).records.map((r) => r.id),
    ).not.toContain(kept.id);

    const csv = await call(t, "GET", `/api/v1/records/export.csv?organizationId=${w.ownerOrg}`, {
      as: w.owner,
    });
    expect(csv.statusCode).toBe(200);
    const [header, ...lines] = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, ""), {
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual(
      expect.arrayContaining(["id", "occurredOn", "adminArea.pcode", "violationTypes"]),
    );
    const row = lines.find((line) => line[0] === kept.id)!;
    expect(row[header!.indexOf("violationTypes")]).toBe("arbitrary_detention|torture");
    // A spreadsheet would run this as a formula: it is written with an apostrophe.
    expect(row[header!.indexOf("placeText")]).toBe('\'=HYPERLINK("x")');

    const audit = AuditPage.parse(
      (await call(t, "GET", `/api/v1/records/${kept.id}/audit`, { as: w.owner })).json(),
    );
    expect(audit.entries.filter((e) => e.action === "record.export")).toHaveLength(2);
  });

  it("imports the export's CSV back, and a file with a refused row only when asked to keep the valid ones", async () => {
    const source = await recordIncident(t, w.owner, w.ownerOrg, {
      fields: incidentFields({ occurredOn: "2025-01-02", placeText: "=SUM(A1)" }),
    });
    const csv = (
      await call(
        t,
        "GET",
        `/api/v1/records/export.csv?organizationId=${w.ownerOrg}&to=2025-01-02`,
        {
          as: w.owner,
        },
      )
    ).body;
    const importUrl = `/api/v1/organizations/${w.ownerOrg}/records/import`;
    const back = await call(t, "POST", importUrl, { as: w.owner, payload: { csv } });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ imported: true, rows: 1, created: 1, refused: [] });
    expect(back.json().ignoredColumns).toContain("ownerName");
    const copies = RecordList.parse(
      (
        await call(t, "GET", `/api/v1/records?organizationId=${w.ownerOrg}&to=2025-01-02`, {
          as: w.owner,
        })
      ).json(),
    ).items.filter((r) => r.id !== source.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]!.fields).toEqual(source.fields);

    const [header, line] = csv.replace(/^\uFEFF/, "").split("\r\n");
    const broken = line!.replace("2025-01-02", "2025-13-40");
    const mixed = [header, line, broken].join("\r\n");
    const refused = await call(t, "POST", importUrl, { as: w.owner, payload: { csv: mixed } });
    expect(refused.json()).toMatchObject({
      imported: false,
      rows: 2,
      accepted: 1,
      created: 0,
      refused: [{ line: 3, column: "occurredOn" }],
    });
    const dry = await call(t, "POST", importUrl, {
      as: w.owner,
      payload: { csv: mixed, validRowsOnly: true, dryRun: true },
    });
    expect(dry.json()).toMatchObject({ imported: false, created: 0 });
    const valid = await call(t, "POST", importUrl, {
      as: w.owner,
      payload: { csv: mixed, validRowsOnly: true },
    });
    expect(valid.json()).toMatchObject({ imported: true, created: 1 });
    expectProblem(
      await call(t, "POST", importUrl, { as: w.people.outsider, payload: { csv } }),
      404,
    );
    expectProblem(
      await call(t, "POST", importUrl, { as: w.owner, payload: { csv: "name,city\nA,B" } }),
      422,
    );
  });

  it("keeps a file's SHA-256, serves it only as a sandboxed download, and audits every access", async () => {
    const record = await recordIncident(t, w.owner, w.ownerOrg, {
      readerIds: [w.colleague.userId],
    });
    const upload = (as: RecordWorld["owner"], contentType = "application/octet-stream") =>
      call(
        t,
        "POST",
        `/api/v1/records/${record.id}/files?name=market%20photo.png&type=image%2Fpng`,
        {
          as,
          payload: pngBytes,
          headers: { "content-type": contentType },
        },
      );
    const added = await upload(w.owner);
    expect(added.statusCode, added.body).toBe(201);
    const file = added.json() as { id: string; sha256: string; size: number };
    expect(file.sha256).toBe(createHash("sha256").update(pngBytes).digest("hex"));
    expect(file.size).toBe(pngBytes.length);
    // A reader who does not edit may not attach; a body declared as an image is not taken.
    expectProblem(await upload(w.colleague), 403);
    expectProblem(await upload(w.owner, "image/png"), 415);

    const listed = await call(t, "GET", `/api/v1/records/${record.id}/files`, { as: w.colleague });
    expect(listed.json().items).toEqual([
      expect.objectContaining({ id: file.id, sha256: file.sha256 }),
    ]);
    const download = await call(t, "GET", `/api/v1/records/${record.id}/files/${file.id}`, {
      as: w.colleague,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/octet-stream");
    expect(download.headers["content-disposition"]).toMatch(
      /^attachment; filename="market_photo.png"/,
    );
    expect(download.headers["content-security-policy"]).toMatch(/sandbox/);
    expect(download.rawPayload.equals(pngBytes)).toBe(true);
    expectProblem(
      await call(t, "GET", `/api/v1/records/${record.id}/files/${file.id}`, {
        as: w.people.partner,
      }),
      404,
    );

    const audit = AuditPage.parse(
      (await call(t, "GET", `/api/v1/records/${record.id}/audit`, { as: w.owner })).json(),
    );
    const custody = audit.entries.filter((e) => e.action.startsWith("file."));
    expect(custody.map((e) => [e.action, e.actorName])).toEqual([
      ["file.read", "monitor-colleague"],
      ["file.add", "convener"],
    ]);
    expect(custody[1]!.details).toMatchObject({ sha256: file.sha256 });

    // Deleting the record takes its files with it.
    expect(
      (await call(t, "DELETE", `/api/v1/records/${record.id}`, { as: w.owner })).statusCode,
    ).toBe(204);
    expectProblem(
      await call(t, "GET", `/api/v1/records/${record.id}/files/${file.id}`, { as: w.owner }),
      404,
    );
  });
});
