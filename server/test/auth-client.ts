import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { createTestUser, testPassword, uniqueEmail } from "./actors.ts";
import { type TestApp, testOrigin } from "./harness.ts";

/** The cookies a browser would keep: a later Set-Cookie replaces an earlier one, an emptied one goes. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: LightMyRequestResponse): this {
    for (const cookie of response.cookies) {
      if (!cookie.value || cookie.maxAge === 0) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return this;
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get header(): string {
    return [...this.cookies]
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join("; ");
  }
}

type AuthCall = {
  jar?: CookieJar;
  headers?: Record<string, string>;
  remoteAddress?: string;
};

function headersFor(options: AuthCall, extra: Record<string, string> = {}) {
  const cookie = options.jar?.header;
  return { ...extra, ...(cookie ? { cookie } : {}), ...options.headers };
}

/** A JSON POST to Better Auth from our own origin; cookies come from, and go back into, the jar. */
export async function authPost(
  t: TestApp,
  path: string,
  payload: unknown,
  options: AuthCall = {},
): Promise<LightMyRequestResponse> {
  const response = await t.app.inject({
    method: "POST",
    url: `/api/auth${path}`,
    headers: headersFor(options, { origin: testOrigin, "content-type": "application/json" }),
    payload: JSON.stringify(payload),
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  options.jar?.store(response);
  return response;
}

/** A GET as a browser would send it (no Origin), e.g. following a link from a mail. */
export async function browserGet(
  t: TestApp,
  url: string,
  options: AuthCall = {},
): Promise<LightMyRequestResponse> {
  const response = await t.app.inject({ method: "GET", url, headers: headersFor(options) });
  options.jar?.store(response);
  return response;
}

/** The path and query of a link in a mail, to replay against the app. */
export function pathOf(link: string | undefined): string {
  if (!link) throw new Error("the mail has no link");
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

export type Account = { userId: string; email: string; password: string };

/** A verified account made directly, for tests whose subject is not sign-up itself. */
export async function verifiedAccount(t: TestApp, label: string): Promise<Account> {
  const email = uniqueEmail(label);
  const userId = await createTestUser(t, { email, name: label, password: testPassword });
  return { userId, email, password: testPassword };
}

export async function signIn(t: TestApp, email: string, password: string, jar = new CookieJar()) {
  const response = await authPost(t, "/sign-in/email", { email, password }, { jar });
  return { response, jar };
}

/** Signs in and returns the jar holding the session cookie. */
export async function signedIn(t: TestApp, account: Account): Promise<CookieJar> {
  const { response, jar } = await signIn(t, account.email, account.password);
  expect(response.statusCode, response.body).toBe(200);
  expect(jar.has("cg.session_token")).toBe(true);
  return jar;
}

/** The raw Set-Cookie line for one cookie, to check its attributes as a browser reads them. */
export function setCookieLine(response: LightMyRequestResponse, name: string): string {
  const header = response.headers["set-cookie"];
  const lines = Array.isArray(header) ? header.map(String) : header ? [String(header)] : [];
  const line = lines.find((l) => l.startsWith(`${name}=`));
  if (!line) throw new Error(`no Set-Cookie for ${name} in ${lines.join(" | ")}`);
  return line;
}
