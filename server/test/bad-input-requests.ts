/*
 * The requests of the bad-input property test (server/bad-input.suite.ts): for a write route,
 * requests that break its well-formed one in every way a client can (bodies of the wrong
 * type, malformed or oversized JSON, unstorable or over-long text, bad ids in the path); for a
 * read, odd query values and bad path ids; and what a refusal must look like.
 */
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { Problem } from "../../shared/problem.ts";
import { forgedCursor } from "./forged-cursors.ts";
import { pngBytes } from "./org-helpers.ts";
import {
  type BadRequest,
  type Ids,
  type Json,
  type WriteRoute,
  isUuid,
  kb,
  valueFor,
} from "./bad-input-route.ts";

/** The valid body with its "{{key}}" placeholders replaced by the ids made for this run. */
export function fill(body: Json, ids: Ids): Json {
  if (typeof body === "string") {
    const key = /^\{\{(\w+)\}\}$/.exec(body)?.[1] as keyof Ids | undefined;
    return key ? ids[key] : body;
  }
  if (Array.isArray(body)) return body.map((item) => fill(item, ids));
  if (body && typeof body === "object") {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fill(v, ids)]));
  }
  return body;
}

export const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

export const malformedJson = fc
  .oneof(
    fc.constantFrom("", "{", "}", "{,}", "{'locale':'fr'}", '{"a":1,}', "[1,2", "nul", '{"a":}'),
    fc.json().map((text) => text.slice(0, -1)),
    fc.json().map((text) => `${text}}`),
    fc.string(),
  )
  .filter((text) => !parses(text));

/** Any JSON value that is not an object: a body must be an object. */
export const nonObjectJson = fc.oneof(
  fc.array(fc.jsonValue(), { maxLength: 5 }),
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.boolean(),
);

export type Kind = "string" | "number" | "boolean" | "array" | "object";
export const kindOf = (value: Json): Kind | "null" =>
  value === null ? "null" : Array.isArray(value) ? "array" : (typeof value as Kind);
export const valueOfKind: Record<Kind, fc.Arbitrary<Json>> = {
  string: fc.string(),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  array: fc.array(fc.jsonValue(), { maxLength: 4 }),
  object: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
};
/** A value of another JSON type than `value` (never null: some fields may be cleared). */
export const wrongTypeFor = (value: Json) =>
  fc.oneof(
    ...(Object.keys(valueOfKind) as Kind[])
      .filter((kind) => kind !== kindOf(value))
      .map((kind) => valueOfKind[kind]),
  );

/** Far longer than any text field allows, and with no spaces a trim could remove. */
export const overLongText = fc
  .tuple(fc.constantFrom("x", "é", "中", "🙂", "a1-"), fc.integer({ min: 10_001, max: 40_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** Valid JSON that PostgreSQL cannot store as text: a NUL, or half a surrogate pair. */
export const unstorableText = fc
  .tuple(
    fc.string({ maxLength: 20 }),
    fc.constantFrom("\u0000", "\ud800", "\udfff", "\ud83d"),
    fc.string({ maxLength: 20 }),
  )
  .map(([before, bad, after]) => `${before}${bad}${after}`);

/** The body with every string in it replaced by `text`, however deep. */
export function withTextEverywhere(body: Json, text: string): Json {
  if (typeof body === "string") return text;
  if (Array.isArray(body)) return body.map((item) => withTextEverywhere(item, text));
  if (body && typeof body === "object") {
    return Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, withTextEverywhere(v, text)]),
    );
  }
  return body;
}

export const notAnId = fc
  .oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom("1", "0", "-1", "null", "undefined", "..", "%", "' or 1=1 --"),
    fc.uuid().map((id) => `${id}x`),
    fc.uuid().map((id) => id.slice(0, -1)),
    fc.uuid().map((id) => id.replaceAll("-", "")),
    fc.string({ minLength: 201, maxLength: 400 }),
  )
  .filter((value) => !isUuid(value));

/** Percent-signs that do not decode, sent as they are. */
export const badPercentEncoding = fc
  .tuple(
    fc.stringMatching(/^[0-9a-f-]{0,36}$/),
    fc.constantFrom("%", "%zz", "%E0%A4%A", "%C3%28", "%FF", "%ED%A0%80"),
  )
  .map(([prefix, broken]) => ({ value: `${prefix}${broken}`, raw: true }));

export const oversizedJson = (limit: number) =>
  fc
    .integer({ min: limit + 1, max: limit + 64 * kb })
    .map((size) => JSON.stringify({ name: "x".repeat(size) }));

export const json = (body: Json) => ({
  contentType: "application/json",
  body: JSON.stringify(body),
});

/** Bad requests for one route: every one of them is wrong in at least one way. */
export function badRequests(target: WriteRoute, ids: Ids): fc.Arbitrary<BadRequest> {
  const valid = target.validBody && (fill(target.validBody, ids) as Record<string, Json>);
  const at = (kind: string, request: Omit<BadRequest, "kind" | "url">, url = target.url(ids)) =>
    ({ kind, url, ...request }) as BadRequest;
  const choices: fc.Arbitrary<BadRequest>[] = [
    malformedJson.map((body) => at("malformed JSON", { contentType: "application/json", body })),
    oversizedJson(target.bodyLimit).map((body) =>
      at("oversized body", { contentType: "application/json", body }),
    ),
    fc
      .tuple(
        // Fastify reads text/plain itself; a route with no body then ignores it, as it should.
        fc.constantFrom(
          ...(target.validBody || target.image ? ["text/plain"] : []),
          "application/xml",
          "multipart/form-data; boundary=x",
        ),
        fc.string({ minLength: 1 }),
      )
      .map(([contentType, body]) => at("unsupported content type", { contentType, body })),
  ];

  if (target.params.length) {
    const param = fc.constantFrom(
      ...[...target.path.matchAll(/:(\w+)/g)].map((m) => m[1] as string),
    );
    choices.push(
      fc
        .tuple(
          param,
          fc.oneof(
            notAnId.map((value) => ({ value, raw: false })),
            badPercentEncoding,
          ),
        )
        .map(([name, { value, raw }]) =>
          at(
            raw ? "a malformed URL" : "bad id in the path",
            valid ? json(valid) : target.image ? { contentType: "image/png", body: pngBytes } : {},
            target.url(ids, { param: name, value, raw }),
          ),
        ),
    );
  }

  if (target.image) {
    choices.push(
      nonObjectJson.map((body) => at("JSON instead of an image", json(body))),
      fc
        .tuple(
          fc.constantFrom("image/png", "image/jpeg", "image/webp"),
          fc.uint8Array({ maxLength: 2048 }),
        )
        .map(([contentType, bytes]) =>
          at("bytes that are not the declared image", { contentType, body: Buffer.from(bytes) }),
        )
        .filter((request) => !looksLikeImage(request.body as Buffer)),
      fc.integer({ min: target.bodyLimit + 1, max: target.bodyLimit + 64 * kb }).map((size) =>
        at("oversized image", {
          contentType: "image/png",
          body: Buffer.concat([pngBytes, Buffer.alloc(size - pngBytes.length)]),
        }),
      ),
      fc.constant(
        at("an image type we do not take", {
          contentType: "image/gif",
          body: Buffer.from("GIF89a"),
        }),
      ),
    );
  }

  if (valid) {
    const fields = Object.keys(valid);
    const unknownField = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((key) => !fields.includes(key) && !(key in {}));
    choices.push(
      nonObjectJson.map((body) => at("a body that is not an object", json(body))),
      fc
        .tuple(unknownField, fc.jsonValue())
        .map(([key, value]) => at("an unknown extra field", json({ ...valid, [key]: value }))),
      fc
        .constantFrom(...fields)
        .chain((field) => wrongTypeFor(valid[field]).map((value) => ({ ...valid, [field]: value })))
        .map((body) => at("a field of the wrong type", json(body))),
    );
    if (target.textFields?.length) {
      choices.push(
        fc
          .tuple(fc.constantFrom(...target.textFields), overLongText)
          .map(([field, text]) => at("an over-long text", json({ ...valid, [field]: text }))),
        fc
          .tuple(fc.constantFrom(...target.textFields), unstorableText)
          .map(([field, text]) =>
            at("text the database cannot store", json({ ...valid, [field]: text })),
          ),
      );
    }
    // A day the database cannot store (it has no year 0000) in place of each day of the body.
    const days = fields.filter((field) => /^\d{4}-\d{2}-\d{2}$/.test(String(valid[field])));
    if (days.length) {
      choices.push(
        fc
          .tuple(
            fc.constantFrom(...days),
            fc.constantFrom("0000-01-01", "0000-12-31", "0000-02-29"),
          )
          .map(([field, day]) => at("a day with year 0000", json({ ...valid, [field]: day }))),
      );
    }
    // Every string value of the body, however deep, becomes unstorable (bodies with none skip).
    if (JSON.stringify(withTextEverywhere(valid, "\u0000")) !== JSON.stringify(valid)) {
      choices.push(
        unstorableText.map((text) =>
          at("unstorable text deep in the body", json(withTextEverywhere(valid, text))),
        ),
      );
    }
  }
  return fc.oneof(...choices);
}

/** A GET operation as the served OpenAPI document describes it. */
export type ReadOperation = {
  path: string;
  pathParams: string[];
  query: { name: string; schema: QuerySchema }[];
};
export type QuerySchema = {
  type?: string;
  enum?: string[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
};
export type OpenApiDocument = {
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; schema: QuerySchema }[] }>
  >;
};

/** Every GET under /api/v1 with its path and query parameters, read from the served document. */
export function readOperations(doc: OpenApiDocument): ReadOperation[] {
  return Object.entries(doc.paths)
    .filter(([path, operations]) => path.startsWith("/api/v1/") && operations.get)
    .map(([path, operations]) => {
      const parameters = operations.get?.parameters ?? [];
      return {
        path,
        pathParams: parameters.filter((p) => p.in === "path").map((p) => p.name),
        query: parameters
          .filter((p) => p.in === "query")
          .map((p) => ({ name: p.name, schema: p.schema })),
      };
    });
}

/** A value the parameter's schema accepts, so bad ones are also tried beside good ones. */
export function goodValue(name: string, schema: QuerySchema, ids: Ids): fc.Arbitrary<string> {
  if (name === "cursor") return forgedCursor;
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.type === "integer") {
    return fc
      .integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1000 })
      .map((n) => String(n));
  }
  if (schema.format === "uuid") {
    return fc.oneof(
      fc.constantFrom(ids.organizationId, ids.coalitionId, ids.meetingId, ids.otherOrganizationId),
      fc.uuid(),
    );
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({ maxLength: 30 });
}

/** Values no query parameter should take, as text (a query has no types of its own). */
export const badQueryValue = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  unstorableText,
  overLongText.map((text) => text.slice(0, 12_000)),
  fc.constantFrom("", "-1", "0", "1.5", "1e309", "NaN", "99999999999999999999", "null", "[]"),
  notAnId,
  forgedCursor,
);

/** A lone surrogate as the three bytes a careless encoder sends (WTF-8), percent-encoded. */
export const wtf8 = (unit: number) =>
  [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
    .map((byte) => `%${byte.toString(16).toUpperCase()}`)
    .join("");
/** Percent-encodes text; encodeURIComponent throws on half a surrogate pair. */
export const encodeQueryValue = (value: string) =>
  [...value]
    .map((char) => (/\p{Cs}/u.test(char) ? wtf8(char.charCodeAt(0)) : encodeURIComponent(char)))
    .join("");

export type ReadRequest = { kind: string; url: string; signedIn: boolean; mustRefuse: boolean };

/** Requests to one GET operation: odd query strings, and bad values in its path. */
export function readRequests(operation: ReadOperation, ids: Ids): fc.Arbitrary<ReadRequest> {
  const path = (replace?: { name: string; value: string }) =>
    operation.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      replace?.name === name ? replace.value : ids[valueFor(operation.path, name)],
    );
  const choices: fc.Arbitrary<ReadRequest>[] = [
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 20 }), badQueryValue, fc.boolean())
      .map(([name, value, signedIn]) => ({
        kind: "a query parameter it does not declare",
        url: `${path()}?${encodeQueryValue(name)}=${encodeQueryValue(value)}`,
        signedIn,
        mustRefuse: false,
      })),
  ];
  if (operation.query.length) {
    const pair = fc.constantFrom(...operation.query).chain(({ name, schema }) =>
      fc.oneof(
        goodValue(name, schema, ids).map((value) => `${name}=${encodeQueryValue(value)}`),
        badQueryValue.map((value) => `${name}=${encodeQueryValue(value)}`),
        badPercentEncoding.map(({ value }) => `${name}=${value}`),
      ),
    );
    choices.push(
      fc
        .tuple(fc.array(pair, { minLength: 1, maxLength: 4 }), fc.boolean())
        .map(([pairs, signedIn]) => ({
          kind: "odd query parameters",
          url: `${path()}?${pairs.join("&")}`,
          signedIn,
          mustRefuse: false,
        })),
    );
  }
  if (operation.query.some((q) => q.name === "cursor")) {
    choices.push(
      fc.tuple(forgedCursor, fc.boolean()).map(([cursor, signedIn]) => ({
        kind: "a forged cursor",
        url: `${path()}?cursor=${encodeQueryValue(cursor)}`,
        signedIn,
        mustRefuse: false,
      })),
    );
  }
  if (operation.pathParams.length) {
    choices.push(
      fc
        .tuple(
          fc.constantFrom(...operation.pathParams),
          fc.oneof(
            notAnId.map(encodeQueryValue),
            badPercentEncoding.map(({ value }) => value),
          ),
          fc.boolean(),
        )
        .map(([name, value, signedIn]) => ({
          kind: `bad ${name} in the path`,
          url: path({ name, value }),
          signedIn,
          // A token or a charter version may be any text and be unknown; an id must be an id.
          mustRefuse: name === "id" || name.endsWith("Id"),
        })),
    );
  }
  return fc.oneof(...choices);
}

export function looksLikeImage(bytes: Buffer) {
  return (
    bytes.subarray(0, 8).equals(pngBytes.subarray(0, 8)) ||
    (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) ||
    (bytes.subarray(0, 4).toString("latin1") === "RIFF" &&
      bytes.subarray(8, 12).toString("latin1") === "WEBP")
  );
}

export function expectRefusal(response: LightMyRequestResponse, request: BadRequest) {
  const where = `${request.kind}: ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, where).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, where).toBeLessThan(500);
  expect(response.headers["content-type"], where).toMatch(/^application\/problem\+json/);
  const problem = Problem.parse(response.json());
  expect(problem.status, where).toBe(response.statusCode);
}
