import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { setTimeout as sleep } from "node:timers/promises";
import type { Clock } from "../../lib/clock.ts";
import { problem } from "../../lib/errors.ts";
import { type Auth, authBasePath, clientIpHeader } from "./auth.ts";
import type { SignInBudgetsRepo } from "./sign-in-budgets.repo.ts";
import type { SignInFailuresRepo } from "./sign-in-failures.repo.ts";

export const tooManySignInAttemptsCode = "TOO_MANY_SIGN_IN_ATTEMPTS";

/** After this many failures in a row, each further attempt for the address waits longer. */
const freeFailures = 3;
const maxDelayMs = 8000;
const failureMemoryMs = 15 * 60 * 1000;

export function signInDelayMs(failures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(maxDelayMs, 500 * 2 ** (failures - freeFailures));
}

/** Hands /api/auth/* to Better Auth, slowing repeated failed sign-ins for the same address. */
export function registerAuthRoutes(
  app: FastifyInstance,
  deps: {
    auth: Auth;
    signInFailures: SignInFailuresRepo;
    signInBudgets: SignInBudgetsRepo;
    authJobs: { afterAnswer(): void };
    clock: Clock;
  },
) {
  const { auth, clock } = deps;
  const failures = deps.signInFailures;

  async function failuresFor(email: string): Promise<number> {
    const row = await failures.find(email);
    if (!row) return 0;
    const stale = clock.now().getTime() - row.lastFailureAt.getTime() > failureMemoryMs;
    return stale ? 0 : row.failures;
  }

  async function recordOutcome(email: string, failed: boolean) {
    if (!failed) return failures.clear(email);
    const now = clock.now();
    await failures.recordFailure(email, now, new Date(now.getTime() - failureMemoryMs));
  }

  async function forward(request: FastifyRequest, reply: FastifyReply) {
    const url = new URL(request.url, `http://${request.headers.host ?? "localhost"}`);
    const headers = new Headers();
    for (const [key, value] of Object.entries(request.headers)) {
      if (key === clientIpHeader) continue;
      if (typeof value === "string") headers.set(key, value);
      else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
    }
    // Rate limits and session records need the client's address, which a Request cannot carry.
    headers.set(clientIpHeader, request.ip);
    const hasBody = request.method !== "GET" && request.method !== "HEAD" && request.body != null;
    const isSignIn = request.method === "POST" && url.pathname === `${authBasePath}/sign-in/email`;
    const email = isSignIn ? emailOf(request.body) : null;
    if (email) {
      // The budget is taken before any wait or check, so concurrent guesses cannot overtake it.
      const budget = await deps.signInBudgets.take(email, clock.now());
      if (!budget.allowed) {
        const seconds = Math.max(
          1,
          Math.ceil((budget.windowEndsAt.getTime() - clock.now().getTime()) / 1000),
        );
        return reply
          .status(429)
          .header("retry-after", String(seconds))
          .type("application/problem+json")
          .send({
            ...problem(
              429,
              "Too many sign-in attempts",
              `Too many sign-in attempts for this address. Try again in ${Math.ceil(seconds / 60)} minutes, or reset the password by email.`,
            ),
            code: tooManySignInAttemptsCode,
            retryAfterSeconds: seconds,
          });
      }
      const delay = signInDelayMs(await failuresFor(email));
      if (delay > 0) await sleep(delay);
    }

    const response = await auth.handler(
      new Request(url, {
        method: request.method,
        headers,
        body: hasBody ? JSON.stringify(request.body) : undefined,
      }),
    );

    if (email && (response.status === 401 || response.status === 200)) {
      await recordOutcome(email, response.status === 401);
    }
    reply.status(response.status);
    response.headers.forEach((value, key) => {
      if (key !== "set-cookie" && key !== "content-length") reply.header(key, value);
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length) reply.header("set-cookie", cookies);
    const text = withoutSessionTokens(await response.text());
    if (response.status >= 400 && text && !response.headers.get("content-type")?.includes("json")) {
      return reply.type("application/problem+json").send({ title: text, status: response.status });
    }
    return reply.send(text || undefined);
  }

  app.route({
    method: ["GET", "POST"],
    url: `${authBasePath}/*`,
    schema: { hide: true },
    handler: forward,
    // Work queued by the answer (account creation, mail) starts only once it has gone out.
    onResponse: async () => deps.authJobs.afterAnswer(),
  });
}

function emailOf(body: unknown): string | null {
  if (body && typeof body === "object" && "email" in body && typeof body.email === "string") {
    return body.email.trim().toLowerCase().slice(0, 254);
  }
  return null;
}

/**
 * Session tokens travel only in the httpOnly cookie: Better Auth also puts them in JSON bodies
 * (sign-in, get-session), where any script on the page could read them, so they are taken out.
 */
export function withoutSessionTokens(text: string): string {
  if (!text.includes('"token"')) return text;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text;
  }
  const strip = (value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value) && "token" in value) {
      if (typeof value.token === "string") delete (value as { token?: unknown }).token;
    }
  };
  strip(body);
  if (body && typeof body === "object" && "session" in body) strip(body.session);
  return JSON.stringify(body);
}
