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
import { pngBytes } from "./org-helpers.ts";
import {
  type BadRequest,
  type Ids,
  type Json,
  type WriteRoute,
  isUuid,
  kb,
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
          ...(target.validBody || target.image || target.binary ? ["text/plain"] : []),
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
            valid
              ? json(valid)
              : target.image
                ? { contentType: "image/png", body: pngBytes }
                : target.binary
                  ? { contentType: "application/octet-stream", body: pngBytes }
                  : {},
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

  if (target.binary) {
    choices.push(
      nonObjectJson.map((body) => at("JSON instead of bytes", json(body))),
      fc.constant(
        at("an empty file", { contentType: "application/octet-stream", body: Buffer.alloc(0) }),
      ),
      fc.integer({ min: target.bodyLimit + 1, max: target.bodyLimit + 64 * kb }).map((size) =>
        at("oversized file", {
          contentType: "application/octet-stream",
          body: Buffer.alloc(size),
        }),
      ),
      fc.constant(at("bytes declared as an image", { contentType: "image/png", body: pngBytes })),
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
