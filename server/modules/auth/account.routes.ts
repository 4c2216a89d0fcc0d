import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AccountSessionParams,
  AccountSessions,
  Me,
  PreferencesUpdate,
  Session,
} from "../../../shared/account.ts";
import { Problem } from "../../../shared/problem.ts";
import type { ActorResolver } from "./actor.ts";
import type { AccountService } from "./account.service.ts";

export function registerAccountRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; account: AccountService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["account"];
  const { account } = deps;

  r.get(
    "/api/v1/me",
    { schema: { tags, summary: "The signed-in user", response: { 200: Me, 401: Problem } } },
    async (request) => account.me(await deps.actors.required(request)),
  );

  // The web asks this on every page: a signed-out visitor gets 200 with no one, not a 401.
  r.get(
    "/api/v1/session",
    {
      config: { access: "optional" },
      schema: { tags, summary: "Who is signed in, if anyone", response: { 200: Session } },
    },
    async (request) => {
      const actor = await deps.actors.optional(request);
      return { me: actor ? await account.me(actor) : null };
    },
  );

  r.patch(
    "/api/v1/me/preferences",
    {
      schema: {
        tags,
        summary: "Remember the interface language",
        body: PreferencesUpdate,
        response: { 200: Me, 400: Problem, 401: Problem },
      },
    },
    async (request) => account.updatePreferences(await deps.actors.required(request), request.body),
  );

  r.get(
    "/api/v1/me/sessions",
    {
      schema: {
        tags,
        summary: "The devices signed in to this account (without their session tokens)",
        response: { 200: AccountSessions, 401: Problem },
      },
    },
    async (request) => account.sessions(await deps.actors.required(request)),
  );

  r.delete(
    "/api/v1/me/sessions/:sessionId",
    {
      schema: {
        tags,
        summary: "Sign one of this account's devices out",
        params: AccountSessionParams,
        response: { 204: z.null(), 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await account.revokeSession(await deps.actors.required(request), request.params.sessionId);
      return reply.status(204).send(null);
    },
  );
}
