import SwaggerParser from "@apidevtools/swagger-parser";
import type { HTTPMethods } from "fastify";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Problem } from "../shared/problem.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSchemaFile, renderApiSchema } from "../scripts/api-types.ts";
import { type TestApp, backends, createTestApp, testOrigin } from "./test/harness.ts";

type Route = `${Uppercase<string>} ${string}`;
type Operation = {
  summary?: string;
  tags?: string[];
  requestBody?: unknown;
  parameters?: { name: string; in: string; required?: boolean }[];
  responses?: Record<string, { content?: Record<string, unknown> }>;
  operationId?: string;
  security?: Record<string, string[]>[];
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

type LintProblem = {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer?: string }[];
};

/**
 * Lints a document with Redocly's recommended rules, through the CLI the project depends on
 * (its library is bundled inside it), in a folder with no Redocly configuration of its own.
 */
async function redoclyLint(document: object): Promise<LintProblem[]> {
  const cli = path.join(
    path.dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")),
    "bin/cli.js",
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), "cg-openapi-lint-"));
  try {
    writeFileSync(path.join(dir, "openapi.json"), JSON.stringify(document));
    const run = promisify(execFile);
    const args = [cli, "lint", "openapi.json", "--extends=recommended", "--format=json"];
    const output = await run(process.execPath, [...args, "--max-problems=10000"], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    return (JSON.parse(output.stdout) as { problems: LintProblem[] }).problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const problems = await redoclyLint(doc);
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
    ).toEqual([]);
  });

  it("still reports a problem the linter should find, so a clean run means something", async () => {
    const broken = structuredClone(doc) as OpenApiDocument & { info: { license?: unknown } };
    delete broken.info.license;
    const problems = await redoclyLint(broken);
    expect(problems.map((p) => p.ruleId)).toContain("info-license");
  });

  it("says who may call each operation, and every sign-in-only one refuses a stranger first", async () => {
    const schemes = (doc as { components?: { securitySchemes?: Record<string, unknown> } })
      .components?.securitySchemes;
    expect(Object.keys(schemes ?? {}).sort()).toEqual(["calendarToken", "session"]);
    let signInOnly = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.security, where).toBeDefined();
        expect(operation.operationId, where).toMatch(/^[a-z]+[A-Za-z0-9]*$/);
        if (JSON.stringify(operation.security) !== JSON.stringify([{ session: [] }])) continue;
        signInOnly += 1;
        // Path ids that are not ids and a body that is not JSON: a 401 says nothing was read.
        const response = await t.app.inject({
          method: method.toUpperCase() as HTTPMethods,
          url: path.replace(/\{\w+\}/g, "not-an-id"),
          headers: { "content-type": "application/json", origin: testOrigin },
          ...(method === "get" ? {} : { payload: "{not json" }),
        });
        expect(response.statusCode, `${where}: ${response.body}`).toBe(401);
        expect(response.headers["content-type"], where).toMatch(/^application\/problem\+json/);
        expect(Problem.parse(response.json()).status, where).toBe(401);
      }
    }
    expect(signInOnly).toBeGreaterThan(40);
  });

  it("documents the public and optional operations as open to anyone", () => {
    const anyone = (path: string, method: string) =>
      doc.paths[path]?.[method]?.security?.some((entry) => Object.keys(entry).length === 0) ||
      doc.paths[path]?.[method]?.security?.length === 0;
    expect(anyone("/api/v1/taxonomies", "get")).toBe(true);
    expect(anyone("/api/v1/directory", "get")).toBe(true);
    expect(anyone("/api/v1/coalitions/{id}/calendar.ics", "get")).toBe(true);
    expect(doc.paths["/api/v1/coalitions/{id}/calendar.ics"]?.get?.security).toContainEqual({
      calendarToken: [],
    });
    expect(anyone("/api/v1/me/notifications", "get")).toBe(false);
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
