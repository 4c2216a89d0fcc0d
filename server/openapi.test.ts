import SwaggerParser from "@apidevtools/swagger-parser";
import type { HTTPMethods } from "fastify";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSchemaFile, renderApiSchema } from "../scripts/api-types.ts";
import { type TestApp, backends, createTestApp } from "./test/harness.ts";

type Route = `${Uppercase<string>} ${string}`;
type Operation = {
  summary?: string;
  tags?: string[];
  requestBody?: unknown;
  parameters?: { name: string; in: string; required?: boolean }[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
};
type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
};

/** Routes the web app and CLI rely on; new routes may be added, none of these may vanish. */
const knownRoutes: Route[] = [
  "GET /api/v1/me",
  "PATCH /api/v1/me/preferences",
  "GET /api/v1/taxonomies",
  "POST /api/v1/organizations",
  "GET /api/v1/organizations/mine",
  "GET /api/v1/organizations/:id",
  "PATCH /api/v1/organizations/:id",
  "PUT /api/v1/organizations/:id/logo",
  "GET /api/v1/organizations/:id/logo",
  "GET /api/v1/organizations/:id/members",
  "PATCH /api/v1/organizations/:id/members/:userId",
  "DELETE /api/v1/organizations/:id/members/:userId",
  "GET /api/v1/organizations/:id/invitations",
  "POST /api/v1/organizations/:id/invitations",
  "DELETE /api/v1/organizations/:id/invitations/:invitationId",
  "POST /api/v1/invitations/accept",
  "GET /api/v1/invitations/:token",
  "GET /api/v1/directory",
  "GET /api/v1/admin/organizations",
  "PUT /api/v1/admin/organizations/:id/verification",
];

/**
 * Every route Fastify registered, read back from its route tree (one line per node, four
 * characters of indentation per level, methods in parentheses).
 */
function registeredRoutes(tree: string): Route[] {
  const stack: string[] = [];
  const routes: Route[] = [];
  for (const line of tree.split("\n")) {
    const match = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? "").length / 4;
    stack.length = depth;
    stack.push(match[2] ?? "");
    const url = stack.join("");
    for (const method of (match[3] ?? "").split(", ").filter(Boolean)) {
      if (method !== "HEAD") routes.push(`${method} ${url}` as Route);
    }
  }
  return routes;
}

const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, "{$1}");

/** Where two texts first part, as a short note (a full diff of the schema file would be thousands of lines). */
function firstDifference(committed: string, generated: string): string | undefined {
  if (committed === generated) return undefined;
  const a = committed.split("\n");
  const b = generated.split("\n");
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? "(end of file)")}, generated ${JSON.stringify(b[at] ?? "(end of file)")}`;
}

describe.each(backends)("API description on %s", (backend) => {
  let t: TestApp;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    doc = response.json();
  });
  afterAll(async () => {
    await t.close();
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: "Common Ground API", version: "1" });
    // The validator dereferences in place, so it gets a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
  });

  it("documents exactly the /api/v1 routes the app registers", () => {
    const registered = registeredRoutes(t.app.printRoutes({ commonPrefix: false })).filter(
      (route) => route.split(" ")[1]?.startsWith("/api/v1/"),
    );
    for (const route of registered) {
      const [method, url] = route.split(" ") as [HTTPMethods, string];
      expect(t.app.hasRoute({ method, url }), route).toBe(true);
    }
    expect(registered).toEqual(expect.arrayContaining(knownRoutes));

    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect([...documented].sort()).toEqual(
      registered
        .map((route) => {
          const [method, url] = route.split(" ");
          return `${method} ${toOpenApiPath(url ?? "")}`;
        })
        .sort(),
    );
  });

  it("keeps internal routes out of the description", () => {
    const paths = Object.keys(doc.paths);
    expect(paths.every((path) => path.startsWith("/api/v1/"))).toBe(true);
    for (const hidden of ["/healthz", "/readyz", "/metrics", "/api/openapi.json"]) {
      expect(paths).not.toContain(hidden);
    }
    expect(paths.some((path) => path.startsWith("/api/auth"))).toBe(false);
  });

  const componentOf = (ref: string) =>
    (doc as { components?: { schemas?: Record<string, { properties?: Record<string, unknown> }> } })
      .components?.schemas?.[ref.replace("#/components/schemas/", "")];

  it("gives every operation a summary and a tag, and each input a 400 problem answer", () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.summary, where).toBeTruthy();
        expect(operation.tags?.length, where).toBeGreaterThan(0);
        const takesInput =
          path.includes("{") ||
          Boolean(operation.requestBody) ||
          Boolean(operation.parameters?.length);
        if (!takesInput || (path.endsWith("/logo") && method === "get")) continue;
        const badRequest = operation.responses?.["400"]?.content?.["application/json"] as
          { schema?: { $ref?: string; properties?: Record<string, unknown> } } | undefined;
        // The problem body is described once, under components, and referred to.
        const schema = badRequest?.schema?.$ref
          ? componentOf(badRequest.schema.$ref)
          : badRequest?.schema;
        expect(Object.keys(schema?.properties ?? {}), where).toEqual(
          expect.arrayContaining(["type", "title", "status", "errors"]),
        );
      }
    }
  });

  it("describes path parameters as required", () => {
    const operation = doc.paths["/api/v1/organizations/{id}/members/{userId}"]?.patch as
      (Operation & { parameters?: { name: string; in: string; required?: boolean }[] }) | undefined;
    const pathParameters = operation?.parameters?.filter((p) => p.in === "path") ?? [];
    expect(pathParameters.map((p) => [p.name, p.required])).toEqual([
      ["id", true],
      ["userId", true],
    ]);
  });

  it("matches the committed typed client schema (shared/api-schema.ts)", async () => {
    const difference = firstDifference(
      readFileSync(apiSchemaFile, "utf8"),
      await renderApiSchema(doc),
    );
    expect(
      difference,
      "shared/api-schema.ts is out of date with the server's routes: run `npm run api:types` and commit it",
    ).toBeUndefined();
  });

  it("serves a human-readable reference at /api/docs", async () => {
    const redirect = await t.app.inject({ method: "GET", url: "/api/docs" });
    expect([200, 301, 302]).toContain(redirect.statusCode);
    const url = redirect.statusCode === 200 ? "/api/docs" : String(redirect.headers.location);
    expect(url).toMatch(/^\/api\/docs\/?$/);
    const response = await t.app.inject({ method: "GET", url });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.body).toMatch(/^<!doctype html>/i);
    expect(response.body).toContain("/api/openapi.json");
  });
});
