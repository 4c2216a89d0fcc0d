import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { CalendarQuery, CalendarToken } from "../../../shared/meetings.ts";
import { IdParams, Problem, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CalendarService } from "./calendar.service.ts";

export function registerCalendarRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; calendar: CalendarService },
) {
  const { actors, calendar } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["calendar"];

  r.get(
    "/api/v1/coalitions/:id/calendar.ics",
    {
      config: { access: "sessionOrCalendarToken" },
      schema: {
        tags,
        summary: "The coalition's meetings and open action items' due dates as iCalendar",
        description:
          "An RFC 5545 feed for calendar apps. Authenticated by the session cookie or by a personal `token` from POST /api/v1/me/calendar-token, which opens only calendar feeds.",
        params: IdParams,
        querystring: CalendarQuery,
        response: {
          200: {
            description: "An iCalendar (RFC 5545) document",
            content: { "text/calendar": { schema: z.string() } },
          },
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { token } = request.query;
      // With a token the cookie is not consulted: the link alone decides who is reading.
      const actor = token === undefined ? await actors.optional(request) : null;
      const body = await calendar.feed(actor, request.params.id, token);
      return reply
        .type("text/calendar; charset=utf-8")
        .header("cache-control", "private, no-cache")
        .header("content-disposition", 'inline; filename="calendar.ics"')
        .send(body);
    },
  );

  r.post(
    "/api/v1/me/calendar-token",
    {
      schema: {
        tags,
        summary: "Make a new personal calendar link token (replaces the previous one)",
        response: { 201: CalendarToken, 400: Problem, 401: Problem },
      },
    },
    async (request, reply) => {
      const result = await calendar.issueToken(await actors.required(request));
      reply.status(201);
      return result;
    },
  );

  r.delete(
    "/api/v1/me/calendar-token",
    {
      schema: {
        tags,
        summary: "Revoke your personal calendar link token",
        response: { 204: z.null(), 400: Problem, 401: Problem },
      },
    },
    async (request, reply) => {
      await calendar.revokeToken(await actors.required(request));
      return reply.status(204).send(null);
    },
  );
}
