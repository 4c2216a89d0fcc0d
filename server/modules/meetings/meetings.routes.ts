import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  AttendanceInput,
  AttendanceParams,
  Meeting,
  MeetingInput,
  MeetingList,
  MeetingListQuery,
  MeetingPatch,
  MinutesInput,
} from "../../../shared/meetings.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { MeetingsService } from "./meetings.service.ts";

export function registerMeetingRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; meetings: MeetingsService },
) {
  const { actors, meetings } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["meetings"];

  r.post(
    "/api/v1/coalitions/:id/meetings",
    {
      schema: {
        tags,
        summary: "Plan a meeting (convener and co-lead representatives)",
        params: IdParams,
        body: MeetingInput,
        response: { 201: Meeting, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      const result = await meetings.create(actor, request.params.id, request.body);
      reply.status(201);
      return result;
    },
  );

  r.get(
    "/api/v1/coalitions/:id/meetings",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The coalition's meetings, all, upcoming or past (organisations inside it)",
        params: IdParams,
        querystring: MeetingListQuery,
        response: { 200: MeetingList, ...errors },
      },
    },
    async (request) =>
      meetings.list(await actors.optional(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/meetings/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A meeting with its agenda, attendance, minutes, decisions and action items",
        params: IdParams,
        response: { 200: Meeting, ...errors },
      },
    },
    async (request) => meetings.get(await actors.optional(request), request.params.id),
  );

  r.patch(
    "/api/v1/meetings/:id",
    {
      schema: {
        tags,
        summary: "Change, cancel or reinstate a meeting (convener and co-lead representatives)",
        params: IdParams,
        body: MeetingPatch,
        response: { 200: Meeting, ...errors },
      },
    },
    async (request) =>
      meetings.update(await actors.required(request), request.params.id, request.body),
  );

  r.put(
    "/api/v1/meetings/:id/attendance/:organizationId",
    {
      schema: {
        tags,
        summary: "Record an organisation's attendance (its representatives, or the convening side)",
        params: AttendanceParams,
        body: AttendanceInput,
        response: { 200: Meeting, ...errors },
      },
    },
    async (request) =>
      meetings.recordAttendance(
        await actors.required(request),
        request.params.id,
        request.params.organizationId,
        request.body.status,
      ),
  );

  r.put(
    "/api/v1/meetings/:id/minutes",
    {
      schema: {
        tags,
        summary: "Write the minutes and the decisions taken (convener and co-lead representatives)",
        params: IdParams,
        body: MinutesInput,
        response: { 200: Meeting, ...errors },
      },
    },
    async (request) =>
      meetings.recordMinutes(await actors.required(request), request.params.id, request.body),
  );
}
