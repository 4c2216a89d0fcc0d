import type { FastifyDynamicSwaggerOptions } from "@fastify/swagger";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { type Access, accessOf } from "./route-access.ts";

/*
 * The OpenAPI document the server publishes at /api/openapi.json, built from the routes' Zod
 * schemas. What no single route can say is added here, once: who may call each operation, an
 * operationId, a problem answer for refusals, and the licence. Redocly's recommended rules run
 * over the result in server/openapi.test.ts and must find nothing.
 */

type JsonObject = Record<string, unknown>;
type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses?: Record<string, unknown>;
};
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> } & JsonObject;
} & JsonObject;

const securitySchemes = {
  session: {
    type: "apiKey",
    in: "cookie",
    name: "cg.session_token",
    description:
      "The session cookie set by signing in under /api/auth (Better Auth); over HTTPS it is named __Secure-cg.session_token.",
  },
  calendarToken: {
    type: "apiKey",
    in: "query",
    name: "token",
    description:
      "A personal calendar link token from POST /api/v1/me/calendar-token. It opens calendar feeds and nothing else.",
  },
};

/** `{}` in a security list means "or no credentials at all". */
const securityFor: Record<Access, Record<string, string[]>[]> = {
  session: [{ session: [] }],
  optional: [{}, { session: [] }],
  public: [],
  sessionOrCalendarToken: [{ session: [] }, { calendarToken: [] }, {}],
};

/** `GET /api/v1/organizations/{id}/members` → `getOrganizationsByIdMembers`: stable and unique. */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const param = /^[:{](\w+)}?$/.exec(segment)?.[1];
      return param ? `By${param}` : segment;
    })
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1));
  return method.toLowerCase() + words.join("");
}

const problemAnswer = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** Every `$ref` target under `value`. */
function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") found.add(item);
      else refsIn(item, found);
    }
  }
  return found;
}

/** Drops component schemas nothing refers to (Zod's registry emits an input twin of each), in name order. */
function withoutUnusedSchemas(doc: Document): Document {
  const schemas = doc.components?.schemas ?? {};
  const prefix = "#/components/schemas/";
  const used = new Set<string>();
  let frontier = [...refsIn(doc.paths)];
  while (frontier.length) {
    const next: string[] = [];
    for (const ref of frontier) {
      const name = ref.startsWith(prefix) ? ref.slice(prefix.length) : null;
      if (!name || used.has(name)) continue;
      used.add(name);
      next.push(...refsIn(schemas[name]));
    }
    frontier = next;
  }
  // In name order: the registry's order follows which module happened to load first.
  const kept = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => used.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return { ...doc, components: { ...doc.components, schemas: kept } };
}

/**
 * A `z.record(z.enum([...]), value)` is described with its keys in `propertyNames` and all of
 * them `required`, which says nothing of what each key holds; naming each key as a property
 * says the same thing plainly (and is what linters and code generators read).
 */
function namedKeyRecords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(namedKeyRecords);
  if (!value || typeof value !== "object") return value;
  const schema = Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, namedKeyRecords(item)]),
  ) as JsonObject & {
    propertyNames?: { enum?: unknown[] };
    required?: unknown[];
    properties?: unknown;
    additionalProperties?: unknown;
  };
  const keys = schema.propertyNames?.enum;
  const valueSchema = schema.additionalProperties;
  if (
    schema.type === "object" &&
    !schema.properties &&
    schema.required?.length &&
    keys?.every((key) => typeof key === "string") &&
    valueSchema &&
    typeof valueSchema === "object"
  ) {
    const { propertyNames: _keys, ...rest } = schema;
    return {
      ...rest,
      properties: Object.fromEntries(keys.map((key) => [key, valueSchema])),
      additionalProperties: false,
    };
  }
  return schema;
}

/** Every operation refuses something: a problem answer where a route declared no 4xx. */
function withRefusals(doc: Document): Document {
  for (const operations of Object.values(doc.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      const responses = (operation.responses ??= {});
      const signInOnly =
        operation.security?.length === 1 && Object.keys(operation.security[0] ?? {}).length > 0;
      if (signInOnly) responses["401"] ??= problemAnswer("Sign in first");
      if (!Object.keys(responses).some((status) => status.startsWith("4"))) {
        responses["400"] = problemAnswer("The request is not valid");
      }
    }
  }
  return doc;
}

export function openApiOptions(): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Common Ground API",
        version: "1",
        description:
          "Organisations, directory and accounts. Sign-in and sessions live under /api/auth (Better Auth); everything else under /api/v1. Errors are RFC 9457 problem+json.",
        license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
      },
      // Relative: the document describes the server it is read from, wherever that is.
      servers: [{ url: "/", description: "The server this document came from" }],
      components: { securitySchemes } as never,
    },
    transform(input) {
      const { schema, url } = jsonSchemaTransform(input);
      if (schema.hide) return { schema, url };
      const method = String([input.route.method].flat()[0]);
      return {
        schema: {
          ...schema,
          operationId: operationIdFor(method, url),
          security: securityFor[accessOf(url, input.route.config)],
        },
        url,
      };
    },
    transformObject(input) {
      const doc = jsonSchemaTransformObject(input) as Document;
      return withRefusals(
        withoutUnusedSchemas({
          ...doc,
          paths: namedKeyRecords(doc.paths) as Document["paths"],
          components: {
            ...doc.components,
            schemas: namedKeyRecords(doc.components?.schemas) as JsonObject,
          },
        }),
      ) as never;
    },
  };
}
