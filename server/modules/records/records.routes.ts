import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AuditPage,
  AuditQuery,
  CheckpointCheck,
  CheckpointDownload,
  SignedCheckpoint,
} from "../../../shared/audit/api.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import {
  ConsentInput,
  RecordInput,
  RecordExport,
  RecordImportInput,
  RecordImportReport,
  RecordExportQuery,
  RecordList,
  RecordListQuery,
  RecordPatch,
  RecordView,
} from "../../../shared/records/api.ts";
import type { ActorResolver } from "../auth/actor.ts";
import { recordsCsv } from "./records-export.ts";
import type { RecordsAuditService } from "./records-audit.service.ts";
import type { RecordsService } from "./records.service.ts";

export function registerRecordRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; records: RecordsService; recordsAudit: RecordsAuditService },
) {
  const { actors, records, recordsAudit } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["records"];

  r.post(
    "/api/v1/records",
    {
      schema: {
        tags,
        summary: "Record an incident, case, trend or document for one of your organisations",
        description:
          "Restricted to the owner by default; inside it, read by its owners, admins, editors and the people named.",
        body: RecordInput,
        response: { 201: RecordView, ...errors },
      },
    },
    async (request, reply) => {
      const made = await records.create(await actors.required(request), request.body);
      reply.status(201);
      return made;
    },
  );

  r.get(
    "/api/v1/records",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The records you may read, newest change first, filtered",
        description:
          "A partner sees only the fields its agreements allow. Every record shown that is not public is written to the audit log.",
        querystring: RecordListQuery,
        response: { 200: RecordList, ...errors },
      },
    },
    async (request) => records.list(await actors.optional(request), request.query),
  );

  r.get(
    "/api/v1/records/export.json",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Every record you may read under the filters, as JSON (at most 10,000)",
        description:
          "A partner's export holds only the fields its agreements allow, absent otherwise. Each record exported that is not public is written to the audit log.",
        querystring: RecordExportQuery,
        response: { 200: RecordExport, ...errors },
      },
    },
    async (request, reply) => {
      const exported = await records.exportAll(await actors.optional(request), request.query);
      reply
        .header("cache-control", "private, no-store")
        .header("content-disposition", 'attachment; filename="records.json"');
      return exported;
    },
  );

  r.get(
    "/api/v1/records/export.csv",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Every record you may read under the filters, as CSV (at most 10,000)",
        description:
          "One column per field the exported records hold; nested values in dotted columns. Audited like the JSON export.",
        querystring: RecordExportQuery,
        response: {
          200: { description: "Records as CSV", content: { "text/csv": { schema: z.string() } } },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const exported = await records.exportAll(await actors.optional(request), request.query);
      return reply
        .type("text/csv; charset=utf-8")
        .header("cache-control", "private, no-store")
        .header("content-disposition", 'attachment; filename="records.csv"')
        .send(recordsCsv(exported.records));
    },
  );

  r.get(
    "/api/v1/records/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A record, as far as you may read it (audited unless public)",
        params: IdParams,
        response: { 200: RecordView, ...errors },
      },
    },
    async (request) => records.get(await actors.optional(request), request.params.id),
  );

  r.patch(
    "/api/v1/records/:id",
    {
      schema: {
        tags,
        summary: "A new version of a record's content, or a change of who reads it",
        description: "Made from the version given: refused (409) when another edit came first.",
        params: IdParams,
        body: RecordPatch,
        response: { 200: RecordView, ...errors },
      },
    },
    async (request) =>
      records.update(await actors.required(request), request.params.id, request.body),
  );

  r.delete(
    "/api/v1/records/:id",
    {
      schema: {
        tags,
        summary: "Delete a record: its content is erased, a tombstone stays in the audit log",
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await records.remove(await actors.required(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.post(
    "/api/v1/records/:id/consents",
    {
      schema: {
        tags,
        summary: "Record a consent given, refused or withdrawn for one use",
        description:
          "Refusing or withdrawing ends, at once, the record's grants under agreements that need that consent.",
        params: IdParams,
        body: ConsentInput,
        response: { 200: RecordView, ...errors },
      },
    },
    async (request) =>
      records.recordConsent(await actors.required(request), request.params.id, request.body),
  );

  r.post(
    "/api/v1/organizations/:id/records/import",
    {
      schema: {
        tags,
        summary:
          "Import incidents from CSV (the export's columns), with a report of every refused row",
        description:
          "A file with refused rows imports nothing unless validRowsOnly is set; dryRun reports without importing.",
        params: IdParams,
        body: RecordImportInput,
        response: { 200: RecordImportReport, ...errors },
      },
    },
    async (request) =>
      records.importIncidents(await actors.required(request), request.params.id, request.body),
  );

  r.get(
    "/api/v1/records/:id/audit",
    {
      schema: {
        tags,
        summary: "Who read, changed or shared a record, newest first (owners and admins)",
        params: IdParams,
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) =>
      recordsAudit.ofRecord(await actors.required(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/organizations/:id/audit",
    {
      schema: {
        tags,
        summary: "The audit of an organisation's records, newest first (its owners and admins)",
        params: IdParams,
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) =>
      recordsAudit.ofOrganization(await actors.required(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/organizations/:id/audit/checkpoint",
    {
      schema: {
        tags,
        summary: "The latest signed checkpoint of the audit log, to keep (owners and admins)",
        description:
          "The log's size and head hash, signed with the instance's Ed25519 key, and that key. Kept by the organisation, it lets it show later that the log still extends it.",
        params: IdParams,
        response: { 200: CheckpointDownload, ...errors },
      },
    },
    async (request, reply) => {
      const answer = await recordsAudit.checkpointFor(
        await actors.required(request),
        request.params.id,
      );
      reply
        .header("cache-control", "private, no-store")
        .header(
          "content-disposition",
          `attachment; filename="audit-checkpoint-${answer.checkpoint?.treeSize ?? 0}.json"`,
        );
      return answer;
    },
  );

  r.post(
    "/api/v1/organizations/:id/audit/checkpoint/check",
    {
      schema: {
        tags,
        summary: "Check a kept checkpoint: signed here, and the whole log still extends it",
        description:
          "Reads the whole log from its first entry (about ten seconds per million entries).",
        params: IdParams,
        body: SignedCheckpoint,
        response: { 200: CheckpointCheck, ...errors },
      },
    },
    async (request) =>
      recordsAudit.checkCheckpoint(await actors.required(request), request.params.id, request.body),
  );
}
