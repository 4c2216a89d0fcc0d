import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  FileParams,
  FileUploadQuery,
  RecordFile,
  RecordFiles,
  attachmentMaxBytes,
} from "../../../shared/records/api.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import { AppError } from "../../lib/errors.ts";
import { asUpload } from "../../lib/security-headers.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { RecordFilesService } from "./record-files.ts";

export function registerRecordFileRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; recordFiles: RecordFilesService },
) {
  const { actors, recordFiles } = deps;
  const tags = ["records"];

  // Raw bytes are taken on these routes only: elsewhere an octet-stream body stays a 415.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      "application/octet-stream",
      { parseAs: "buffer", bodyLimit: attachmentMaxBytes },
      (_request, body, done) => done(null, body),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.post(
      "/api/v1/records/:id/files",
      {
        bodyLimit: attachmentMaxBytes,
        schema: {
          tags,
          summary: "Attach a file to a record (raw bytes, at most 25 MB); its SHA-256 is kept",
          description:
            "Send the bytes as application/octet-stream, with the file's name and media type in the query. Editors of the record only; written to the audit log.",
          params: IdParams,
          querystring: FileUploadQuery,
          consumes: ["application/octet-stream"],
          response: { 201: RecordFile, ...errors },
        },
      },
      async (request, reply) => {
        // The app reads image bodies for logos; here only octet-stream is taken.
        if (!/^application\/octet-stream\b/i.test(request.headers["content-type"] ?? ""))
          throw new AppError(
            415,
            "Unsupported media type",
            "Send the file as application/octet-stream.",
          );
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const added = await recordFiles.add(await actors.required(request), request.params.id, {
          name: request.query.name,
          type: request.query.type,
          bytes,
        });
        reply.status(201);
        return added;
      },
    );
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/records/:id/files",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A record's files with their SHA-256 (readers of the whole record)",
        params: IdParams,
        response: { 200: RecordFiles, ...errors },
      },
    },
    async (request) => recordFiles.list(await actors.optional(request), request.params.id),
  );

  r.get(
    "/api/v1/records/:id/files/:fileId",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Download a record's file (always as an attachment, sandboxed; audited)",
        params: FileParams,
        response: {
          200: {
            description: "The file's bytes, as uploaded",
            content: { "application/octet-stream": { schema: z.string() } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const file = await recordFiles.read(
        await actors.optional(request),
        request.params.id,
        request.params.fileId,
      );
      reply.header("cache-control", "private, no-store");
      return asUpload(reply, "application/octet-stream", file.name).send(file.bytes);
    },
  );
}
