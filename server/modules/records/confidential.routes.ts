import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ConsentInput, FileParams } from "../../../shared/records/api.ts";
import {
  ConfidentialList,
  ConfidentialListQuery,
  ConfidentialRecordInput,
  ConfidentialRecordPatch,
  ConfidentialRecordView,
  SealedFileAdded,
  SealedFileQuery,
  sealedContentMaxBytes,
  sealedUploadMaxBytes,
} from "../../../shared/records/confidential-api.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import { AppError } from "../../lib/errors.ts";
import { asUpload } from "../../lib/security-headers.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { ConfidentialService } from "./confidential.service.ts";
import type { RecordFilesService } from "./record-files.ts";

/** Room for the base64 of the largest content, with its envelope. */
const contentBodyLimit = Math.ceil((sealedContentMaxBytes * 4) / 3) + 16 * 1024;

export function registerConfidentialRoutes(
  app: FastifyInstance,
  deps: {
    actors: ActorResolver;
    confidentialRecords: ConfidentialService;
    recordFiles: RecordFilesService;
  },
) {
  const { actors, confidentialRecords: records, recordFiles } = deps;
  const tags = ["confidential records"];
  const r = app.withTypeProvider<ZodTypeProvider>();
  const noStore = { "cache-control": "private, no-store" };

  r.post(
    "/api/v1/confidential-records",
    {
      bodyLimit: contentBodyLimit,
      schema: {
        tags,
        summary: "Keep a confidential record, encrypted in your browser",
        description:
          "The content (its kind and title included) arrives encrypted, its key sealed to the owner's current epoch; the server cannot read either.",
        body: ConfidentialRecordInput,
        response: { 201: ConfidentialRecordView, ...errors },
      },
    },
    async (request, reply) => {
      const made = await records.create(await actors.required(request), request.body);
      reply.status(201).headers(noStore);
      return made;
    },
  );

  r.get(
    "/api/v1/confidential-records",
    {
      schema: {
        tags,
        summary: "The confidential records you may fetch, as ciphertext, newest change first",
        description:
          "Your browser decrypts, searches and filters them. Each record fetched is written to the audit log.",
        querystring: ConfidentialListQuery,
        response: { 200: ConfidentialList, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return records.list(await actors.required(request), request.query);
    },
  );

  r.get(
    "/api/v1/confidential-records/:id",
    {
      schema: {
        tags,
        summary: "A confidential record's ciphertext and sealed key, or the shares sealed to you",
        params: IdParams,
        response: { 200: ConfidentialRecordView, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return records.get(await actors.required(request), request.params.id);
    },
  );

  r.put(
    "/api/v1/confidential-records/:id",
    {
      bodyLimit: contentBodyLimit,
      schema: {
        tags,
        summary: "A new version of a confidential record, encrypted in your browser",
        description: "Made from the version given: refused (409) when another edit came first.",
        params: IdParams,
        body: ConfidentialRecordPatch,
        response: { 200: ConfidentialRecordView, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return records.update(await actors.required(request), request.params.id, request.body);
    },
  );

  r.post(
    "/api/v1/confidential-records/:id/consents",
    {
      schema: {
        tags,
        summary: "Record consent given, refused or withdrawn for one use of a confidential record",
        description:
          "As for any record: anything but `given` ends at once the grants that needed that consent. Answers the record as its reader fetches it.",
        params: IdParams,
        body: ConsentInput,
        response: { 200: ConfidentialRecordView, ...errors },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return records.recordConsent(await actors.required(request), request.params.id, request.body);
    },
  );

  // Raw ciphertext is taken on this route only.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      "application/octet-stream",
      { parseAs: "buffer", bodyLimit: sealedUploadMaxBytes },
      (_request, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post(
      "/api/v1/confidential-records/:id/files",
      {
        bodyLimit: sealedUploadMaxBytes,
        schema: {
          tags,
          summary: "Attach an encrypted file (at most 100 MB before encryption)",
          description:
            "The ciphertext as application/octet-stream; the header (name, type, size, SHA-256 and the file's key, sealed under the record's key) in the query, with the file id the browser bound them to (409 when a file has it already).",
          params: IdParams,
          querystring: SealedFileQuery,
          consumes: ["application/octet-stream"],
          response: { 201: SealedFileAdded, ...errors },
        },
      },
      async (request, reply) => {
        if (!/^application\/octet-stream\b/i.test(request.headers["content-type"] ?? ""))
          throw new AppError(
            415,
            "Unsupported media type",
            "Send the ciphertext as application/octet-stream.",
          );
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const added = await recordFiles.addSealed(
          await actors.required(request),
          request.params.id,
          {
            header: { nonce: request.query.nonce, ciphertext: request.query.header },
            fileId: request.query.fileId,
            bytes,
          },
        );
        reply.status(201);
        return added;
      },
    );
  });

  r.get(
    "/api/v1/confidential-records/:id/files/:fileId",
    {
      schema: {
        tags,
        summary: "Download an encrypted file's ciphertext (audited); your browser decrypts it",
        params: FileParams,
        response: {
          200: {
            description: "The ciphertext",
            content: { "application/octet-stream": { schema: z.string() } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const file = await recordFiles.read(
        await actors.required(request),
        request.params.id,
        request.params.fileId,
        true,
      );
      reply.header("cache-control", "private, no-store");
      return asUpload(reply, "application/octet-stream", "sealed.bin").send(file.bytes);
    },
  );
}
