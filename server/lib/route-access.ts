import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * Who may call a route, declared on it as `config: { access }` and read in two places: the
 * sign-in guard below and the OpenAPI document's per-operation `security` (server/lib/openapi.ts).
 * An /api/v1 route that says nothing needs a session. Which rows a caller may see is still the
 * service's decision, through the policy in shared/policy/.
 */
export type Access =
  /** Signed in with the session cookie; anyone else is answered 401 before anything else. */
  | "session"
  /** Anyone; a session, when there is one, may show more. */
  | "optional"
  /** Anyone; a session makes no difference. */
  | "public"
  /** A calendar feed: the session cookie, a personal calendar link token, or no one (public coalitions). */
  | "sessionOrCalendarToken";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export function accessOf(url: string | undefined, config: { access?: Access } | undefined): Access {
  return config?.access ?? (url?.startsWith("/api/v1/") ? "session" : "public");
}

/**
 * Refuses a signed-out request to a "session" route with 401 as soon as it arrives, before its
 * body is read or validated: a stranger learns nothing from how their input would be judged.
 */
export function registerSignInGuard(
  app: FastifyInstance,
  actors: { required(request: FastifyRequest): Promise<unknown> },
) {
  app.addHook("onRequest", async (request) => {
    if (accessOf(request.routeOptions.url, request.routeOptions.config) === "session") {
      await actors.required(request);
    }
  });
}
