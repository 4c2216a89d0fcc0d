import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from "fastify-type-provider-zod";
import { ZodError } from "zod";
import type { Problem } from "../../shared/problem.ts";

type FieldError = { field: string; message: string };

/** Errors the services throw; each maps to one HTTP status in one place. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message?: string,
    readonly errors?: FieldError[],
  ) {
    super(message ?? title);
  }
}
export class Invalid extends AppError {
  constructor(message: string, errors?: FieldError[]) {
    super(422, "Unprocessable content", message, errors);
  }
}
export class Unauthorized extends AppError {
  constructor(message = "Sign in first.") {
    super(401, "Unauthorized", message);
  }
}
export class Forbidden extends AppError {
  constructor(message = "You may not do this.") {
    super(403, "Forbidden", message);
  }
}
export class NotFound extends AppError {
  constructor(message = "Not found.") {
    super(404, "Not found", message);
  }
}
export class Conflict extends AppError {
  constructor(message: string) {
    super(409, "Conflict", message);
  }
}

const typeFor = (status: number) => `https://common-ground.dev/problems/${status}`;

export function problem(status: number, title: string, detail?: string, errors?: FieldError[]) {
  const body: Problem = { type: typeFor(status), title, status };
  if (detail) body.detail = detail;
  if (errors?.length) body.errors = errors;
  return body;
}

/** Maps every error to RFC 9457 problem+json; only a genuine bug becomes a 500. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (status: number, body: Problem) =>
      reply
        .status(status)
        .type("application/problem+json")
        .send({ ...body, instance: request.url.split("?")[0] });

    if (error instanceof AppError) {
      return send(error.status, problem(error.status, error.title, error.message, error.errors));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? "body";
      const errors = error.validation.map((v) => ({
        field: [where, ...String(v.instancePath).split("/").filter(Boolean)].join("."),
        message: v.message ?? "is invalid",
      }));
      return send(400, problem(400, "Bad request", "The request is not valid.", errors));
    }
    if (error instanceof ZodError) {
      const errors = error.issues.map((i) => ({
        field: ["body", ...i.path].join("."),
        message: i.message,
      }));
      return send(422, problem(422, "Unprocessable content", "The request is not valid.", errors));
    }
    // A uniqueness the service checked first, lost to a request that wrote between the check
    // and the insert: the database's constraint keeps the data right, and the caller learns why.
    if (isUniqueViolation(error)) {
      return send(
        409,
        problem(409, "Conflict", "It already exists: another change made it at the same moment."),
      );
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, "response did not match its schema");
      return send(500, problem(500, "Internal server error"));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return send(status, problem(status, titleFor(status), error.message));
    }
    request.log.error({ err: error }, "unhandled error");
    return send(500, problem(500, "Internal server error"));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .type("application/problem+json")
      .send({
        ...problem(404, "Not found", "No such route."),
        instance: request.url.split("?")[0],
      });
  });
}

/** PostgreSQL's unique_violation (23505), however deep the driver wrapped it. */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === "23505") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Errors Fastify raises while routing, before any hook or error handler runs (a malformed
 * percent-encoding, a path parameter over maxParamLength); passed as `frameworkErrors`.
 */
export function handleFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const status = error.statusCode ?? 400;
  const body =
    status >= 500
      ? problem(500, "Internal server error")
      : problem(
          status,
          titleFor(status),
          error.code === "FST_ERR_MAX_PARAM_LENGTH"
            ? "A path segment is too long."
            : "The URL is not valid.",
        );
  return reply
    .status(body.status)
    .type("application/problem+json")
    .send({ ...body, instance: request.url.split("?")[0] });
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    413: "Content too large",
    414: "URI too long",
    415: "Unsupported media type",
    422: "Unprocessable content",
    429: "Too many requests",
  };
  return titles[status] ?? "Request error";
}
