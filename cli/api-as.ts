import { makeSignature } from "better-auth/crypto";
import type { FastifyInstance, HTTPMethods } from "fastify";
import { type ApiClient, createApiClient } from "../shared/api-client.ts";

/** How long the CLI's session may live if the process dies before deleting it. */
const sessionLifetimeMs = 5 * 60_000;

/** Answers openapi-fetch's requests with `app.inject`, so the CLI calls the API without a port. */
export function injectFetch(app: FastifyInstance) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const answer = await app.inject({
      method: request.method as HTTPMethods,
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers),
      ...(body ? { payload: body } : {}),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
    }
    // A 204 or 304 answer may carry no body at all, not even an empty one.
    const empty = answer.statusCode === 204 || answer.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(answer.rawPayload), {
      status: answer.statusCode,
      headers,
    });
  };
}

/**
 * Runs `work` with the typed API client signed in as the user, through a short-lived Better
 * Auth session made for it and deleted afterwards, so the CLI passes the same access checks
 * as that person in the web app.
 */
export async function withApiAs<T>(
  app: FastifyInstance,
  options: { userId: string; publicUrl: string },
  work: (api: ApiClient) => Promise<T>,
): Promise<T> {
  const context = await app.services.auth.$context;
  // overrideAll: the lifetime given here wins over the configured fourteen days.
  const session = await context.internalAdapter.createSession(
    options.userId,
    false,
    { expiresAt: new Date(Date.now() + sessionLifetimeMs) },
    true,
  );
  try {
    // The session cookie is signed as Better Auth signs it: `token.signature`, URL-encoded.
    const signed = `${session.token}.${await makeSignature(session.token, context.secret)}`;
    const origin = new URL(options.publicUrl).origin;
    const api = createApiClient({
      baseUrl: origin,
      fetch: injectFetch(app),
      headers: {
        cookie: `${context.authCookies.sessionToken.name}=${encodeURIComponent(signed)}`,
        origin,
      },
    });
    return await work(api);
  } finally {
    await context.internalAdapter.deleteSession(session.token);
  }
}
