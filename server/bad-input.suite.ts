import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedIn } from "./test/actors.ts";
import { type Backend, type TestApp, createTestApp } from "./test/harness.ts";
import { cursorsNoListIssues } from "./test/forged-cursors.ts";
import {
  databaseState,
  scannedDatabaseState,
  tokenFrom,
  withoutAudit,
} from "./test/org-helpers.ts";
import {
  type Ids,
  type Json,
  type Method,
  type WriteRoute,
  valueFor,
} from "./test/bad-input-route.ts";
import { badRequests, expectRefusal, fill } from "./test/bad-input-requests.ts";
import { readOperations, readRequests } from "./test/bad-input-reads.ts";
import { wellFormedOrder } from "./test/bad-input-order.ts";
import { writeRoutes } from "./test/bad-input-routes.ts";
import { badInputWorld } from "./test/bad-input-world.ts";

export function badInputSuite(backend: Backend) {
  describe(`bad input to every write route on ${backend}`, () => {
    let t: TestApp;
    let owner: SignedIn;
    let invitee: SignedIn;
    let ids: Ids;

    beforeAll(async () => {
      t = await createTestApp(backend);
      ({ owner, invitee, ids } = await badInputWorld(t));
    });
    afterAll(async () => {
      await t.close();
    });

    it("lists every /api/v1 write route", () => {
      const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
      const writes = Object.entries(doc.paths)
        .filter(([path]) => path.startsWith("/api/v1/"))
        .flatMap(([path, operations]) =>
          Object.keys(operations)
            .map((method) => method.toUpperCase())
            .filter((method) => method !== "GET")
            .map((method) => `${method} ${path}`),
        );
      const listed = writeRoutes.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, "{$1}")}`);
      expect(new Set(listed)).toEqual(new Set(writes));
    });

    // Read before the write routes run below, while every made thing still exists.
    it("answers odd query parameters and bad path ids on every GET without a 500, changing nothing", async () => {
      const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
      const operations = readOperations(doc);
      // Every GET is fuzzed, with every query parameter it declares; new ones join by themselves.
      expect(operations.length).toBeGreaterThanOrEqual(34);
      expect(operations.flatMap((o) => o.query).length).toBeGreaterThanOrEqual(41);
      const before = await databaseState(t);
      const mailsBefore = t.mails.length;
      for (const operation of operations) {
        await fc.assert(
          fc.asyncProperty(readRequests(operation, ids), async (request) => {
            const response = await t.app.inject({
              method: "GET",
              url: request.url,
              headers: request.signedIn ? owner.headers : {},
            });
            const where = `GET ${request.url.slice(0, 200)} (${request.kind})`;
            expect(response.statusCode, `${where}: ${response.body.slice(0, 300)}`).toBeLessThan(
              500,
            );
            if (request.mustRefuse || response.statusCode >= 400) {
              expectRefusal(response, { kind: where, url: request.url });
            }
          }),
          { numRuns: 40 },
        );
      }
      // Reading a record that is not public is audited: the log may grow, nothing else changes.
      expect(withoutAudit(await databaseState(t))).toEqual(withoutAudit(before));
      expect((await t.services.auditLog.verify()).ok).toBe(true);
      expect(t.mails.length).toBe(mailsBefore);
    });

    it("refuses a cursor no list issued with 422 on every list", async () => {
      const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
      const lists = readOperations(doc).filter((o) => o.query.some((q) => q.name === "cursor"));
      expect(lists.length).toBeGreaterThanOrEqual(5);
      for (const list of lists) {
        const path = list.path.replace(
          /\{(\w+)\}/g,
          (_m, name: string) => ids[valueFor(list.path, name)],
        );
        for (const [label, cursor] of cursorsNoListIssues) {
          const response = await t.app.inject({
            method: "GET",
            url: `${path}?cursor=${encodeURIComponent(cursor)}`,
            headers: owner.headers,
          });
          expectRefusal(response, { kind: `${list.path} with ${label}`, url: path });
          expect(response.statusCode, `${list.path} with ${label}`).toBe(422);
        }
      }
    });

    it.each(writeRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))(
      "%s answers bad input with a 4xx problem and writes nothing",
      async (_name, target) => {
        const before = await databaseState(t);
        const mailsBefore = t.mails.length;
        await fc.assert(
          fc.asyncProperty(badRequests(target, ids), async (request) => {
            const response = await t.app.inject({
              method: target.method,
              url: request.url,
              headers: {
                ...owner.headers,
                ...(request.contentType ? { "content-type": request.contentType } : {}),
              },
              ...(request.body === undefined ? {} : { payload: request.body }),
            });
            expectRefusal(response, request);
            expect(await databaseState(t)).toEqual(before);
          }),
          { numRuns: 50 },
        );
        expect(t.mails.length).toBe(mailsBefore);
      },
    );

    it("accepts each route's well-formed request, so the refusals are down to the input", async () => {
      const send = (target: WriteRoute, as: SignedIn, body?: Json, contentType?: string) =>
        t.app.inject({
          method: target.method,
          url: target.url(ids),
          headers: { ...as.headers, ...(contentType ? { "content-type": contentType } : {}) },
          ...(body === undefined ? {} : { payload: body }),
        });
      const find = (method: Method, path: string) => {
        const found = writeRoutes.find((r) => r.method === method && r.path === path);
        if (!found) throw new Error(`no route ${method} ${path}`);
        return found;
      };
      const acceptBody = { token: tokenFrom(t.mails.lastTo(invitee.email)?.link) };
      const inOrder = wellFormedOrder(find, { owner, invitee, acceptBody });
      for (const [target, as, body, contentType] of inOrder) {
        const response = await send(
          target,
          as,
          body ?? (target.validBody && fill(target.validBody, ids)),
          contentType,
        );
        expect(
          response.statusCode,
          `${target.method} ${target.path}: ${response.body}`,
        ).toBeLessThan(300);
      }
      // The invitation was accepted above, so revoking it is refused; a fresh one can be revoked.
      const fresh = await t.app.inject({
        method: "POST",
        url: `/api/v1/organizations/${ids.organizationId}/invitations`,
        headers: owner.headers,
        payload: { email: "someone.else@example.org" },
      });
      const revoke = find("DELETE", "/api/v1/organizations/:id/invitations/:invitationId");
      const revoked = await send(revoke, owner);
      expect(revoked.statusCode).toBe(409);
      const revokedFresh = await t.app.inject({
        method: "DELETE",
        url: revoke.url({ ...ids, invitationId: fresh.json().id }),
        headers: owner.headers,
      });
      expect(revokedFresh.statusCode, revokedFresh.body).toBe(204);
    });

    // Fastify answers these while routing, before the error handler; they must still be problems.
    it.each([
      ["a path segment over 200 characters", `/api/v1/organizations/${"a".repeat(201)}`, 414],
      ["a path that does not percent-decode", "/api/v1/organizations/%E0%A4%A", 400],
    ])("answers %s with a problem", async (_label, url, status) => {
      const response = await t.app.inject({ method: "PATCH", url, headers: owner.headers });
      expectRefusal(response, { kind: "routing", url });
      expect(response.statusCode).toBe(status);
      expect(response.json()).toMatchObject({ instance: url });
    });

    // Each check above read the tables' fingerprints from what triggers saw written: they must
    // still be what the rows themselves give.
    it("compared states that agree with the rows themselves", async () => {
      expect(await databaseState(t)).toEqual(await scannedDatabaseState(t));
    });
  });
}
