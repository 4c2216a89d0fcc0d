import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { Problem } from "../../shared/problem.ts";
import type { OrgRole } from "../../shared/organizations.ts";
import { organizationMembers } from "../modules/organizations/organizations.table.ts";
import type { SignedIn } from "./actors.ts";
import { type TestApp, testOrigin } from "./harness.ts";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** One API call as `options.as`, or anonymously; anonymous calls still send our origin. */
export function call(
  t: TestApp,
  method: Method,
  url: string,
  options: {
    as?: SignedIn | null;
    payload?: InjectOptions["payload"];
    headers?: Record<string, string>;
  } = {},
): Promise<LightMyRequestResponse> {
  const headers = { ...(options.as?.headers ?? { origin: testOrigin }), ...options.headers };
  return t.app.inject({
    method,
    url,
    headers,
    ...(options.payload === undefined ? {} : { payload: options.payload }),
  });
}

/** Asserts an RFC 9457 problem with the given status, and returns it. */
export function expectProblem(response: LightMyRequestResponse, status: number) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = Problem.parse(response.json());
  expect(body.status).toBe(status);
  return body;
}

/** Adds a membership directly: fixtures only, the invitation flow has its own tests. */
export async function addMember(t: TestApp, organizationId: string, userId: string, role: OrgRole) {
  await t.services.db.insert(organizationMembers).values({ organizationId, userId, role });
}

export { databaseState, scannedDatabaseState, withoutAudit } from "./database-state.ts";

/** A real 1×1 PNG image. */
export const pngBytes = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** The token at the end of an invitation link. */
export function tokenFrom(link: string | undefined): string {
  const token = link?.split("/invitations/")[1];
  if (!token) throw new Error(`not an invitation link: ${link}`);
  return token;
}
