import type { LightMyRequestResponse } from "fastify";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Config } from "../config.ts";
import { createOrganization, signedInUser } from "../test/actors.ts";
import { type TestApp, createTestApp, testOrigin } from "../test/harness.ts";
import { expectProblem, pngBytes } from "../test/org-helpers.ts";
import { builtWebApp } from "../test/web-app.ts";

/** The whole app, serving a built web app as in production, on a fresh database. */
const appWith = (overrides: Partial<Config> = {}) =>
  createTestApp("pglite", { config: overrides, webRoot: builtWebApp() });

/** A Content-Security-Policy header as directive → sources. */
function policyOf(response: LightMyRequestResponse) {
  const header = response.headers["content-security-policy"];
  expect(typeof header, "a Content-Security-Policy header").toBe("string");
  return new Map(
    String(header)
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

/** What every response promises, whatever it is. */
function expectBaseHeaders(response: LightMyRequestResponse) {
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
  expect(response.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(response.headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(response.headers["cross-origin-resource-policy"]).toBe("same-origin");
  expect(response.headers["x-frame-options"]).toBe("DENY");
  expect(response.headers["x-powered-by"]).toBeUndefined();
}

/** The web app's policy: its own scripts only, never inline, and nobody may frame it. */
function expectAppPolicy(response: LightMyRequestResponse) {
  expectBaseHeaders(response);
  const policy = policyOf(response);
  expect(policy.get("default-src")).toEqual(["'self'"]);
  // WebAssembly may be compiled (libsodium, for confidential records); JavaScript never eval'd.
  expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("connect-src")).toEqual(["'self'"]);
  expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  expect(policy.get("worker-src")).toEqual(["'self'", "blob:"]);
  // Mantine writes <style> elements; styles may be inline, scripts never.
  expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  for (const sources of policy.values()) expect(sources).not.toContain("'unsafe-eval'");
}

describe("security headers", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await appWith();
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "GET", url, headers });

  it("puts the app's policy on the web app's page, at / and at any page of the router", async () => {
    for (const url of ["/", "/coalitions/some-coalition"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expectAppPolicy(response);
      expect(response.headers["strict-transport-security"]).toBeUndefined();
    }
  });

  it("puts it on a static asset", async () => {
    const response = await get("/assets/index-abc123.js");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expectAppPolicy(response);
  });

  it("puts it on a JSON answer of the API", async () => {
    const response = await get("/api/v1/taxonomies");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expectAppPolicy(response);
  });

  it("puts it on a problem+json refusal: an unknown API path and a malformed body", async () => {
    expectAppPolicy(expectProblemResponse(await get("/api/v1/no-such-thing"), 404));
    const malformed = await t.app.inject({
      method: "POST",
      url: "/api/v1/organizations",
      headers: { "content-type": "application/json", origin: testOrigin },
      payload: "{not json",
    });
    expect(malformed.statusCode).toBeGreaterThanOrEqual(400);
    expect(malformed.statusCode).toBeLessThan(500);
    expectAppPolicy(malformed);
  });

  it("serves a logo as an inert download: sandboxed, never sniffed", async () => {
    const owner = await signedInUser(t, "owner");
    const id = await createOrganization(t, owner);
    const uploaded = await t.app.inject({
      method: "PUT",
      url: `/api/v1/organizations/${id}/logo`,
      headers: { ...owner.headers, "content-type": "image/png" },
      payload: pngBytes,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);

    const response = await get(`/api/v1/organizations/${id}/logo`);

    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("image/png");
    expect(response.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="logo.png"');
    expectBaseHeaders(response);
    // A logo nobody has is an ordinary refusal, with the app's policy.
    const other = await createOrganization(t, owner);
    expectAppPolicy(expectProblemResponse(await get(`/api/v1/organizations/${other}/logo`), 404));
  });

  it("lets the API reference run only its own inline script, by its hash", async () => {
    const response = await get("/api/docs/");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expectBaseHeaders(response);
    const inline = [...response.body.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    expect(inline.length).toBeGreaterThan(0);
    const hashes = inline.map(
      ([, body]) =>
        `'sha256-${createHash("sha256")
          .update(body ?? "")
          .digest("base64")}'`,
    );
    const policy = policyOf(response);
    expect(policy.get("script-src")).toEqual(["'self'", ...hashes]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    for (const sources of policy.values()) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.some((s) => s.startsWith("http"))).toBe(false);
    }
  });

  it("keeps the looser policy to the API reference's page", async () => {
    const script = await get("/api/docs/js/scalar.js");
    expect(script.statusCode).toBe(200);
    expectAppPolicy(script);
    expectAppPolicy(await get("/api/openapi.json"));
  });

  it("sends no HSTS over plain http, where it would lock browsers out", async () => {
    expect((await get("/")).headers["strict-transport-security"]).toBeUndefined();
    expect(policyOf(await get("/")).has("upgrade-insecure-requests")).toBe(false);
  });
});

describe("security headers behind an https PUBLIC_URL", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await appWith({ publicUrl: "https://commonground.example" });
  });
  afterAll(async () => {
    await t.close();
  });

  it("tells browsers to use https only, for a year, on every response", async () => {
    for (const url of ["/", "/api/v1/taxonomies", "/api/v1/no-such-thing", "/api/docs/"]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.headers["strict-transport-security"], url).toBe("max-age=31536000");
    }
    const policy = policyOf(await t.app.inject({ method: "GET", url: "/" }));
    expect(policy.get("upgrade-insecure-requests")).toEqual([]);
  });
});

function expectProblemResponse(response: LightMyRequestResponse, status: number) {
  expectProblem(response, status);
  return response;
}
