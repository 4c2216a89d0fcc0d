/*
 * The read requests of the bad-input property test (server/bad-input.suite.ts): every GET the
 * OpenAPI document lists, with its declared query parameters given odd values and its path
 * ids replaced by what is not an id.
 */
import fc from "fast-check";
import { type Ids, valueFor } from "./bad-input-route.ts";
import { badPercentEncoding, notAnId, overLongText, unstorableText } from "./bad-input-requests.ts";
import { forgedCursor } from "./forged-cursors.ts";

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
