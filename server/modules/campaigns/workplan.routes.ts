import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  Activity,
  ActivityInput,
  ActivityList,
  ActivityListQuery,
  ActivityParams,
  ActivityPatch,
  RoleMatrix,
} from "../../../shared/campaigns/workplan.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { WorkplanService } from "./workplan.service.ts";

export function registerWorkplanRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; workplan: WorkplanService },
) {
  const { actors, workplan } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["campaigns"];
  const base = "/api/v1/campaigns/:id/activities";

  r.get(
    base,
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The campaign's workplan by start date, filtered by lead organisation or status",
        params: IdParams,
        querystring: ActivityListQuery,
        response: { 200: ActivityList, ...errors },
      },
    },
    async (request) =>
      workplan.list(await actors.optional(request), request.params.id, request.query),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Plan an activity: a tactic, a role, a lead organisation, dates, dependencies",
        params: IdParams,
        body: ActivityInput,
        response: { 201: Activity, ...errors },
      },
    },
    async (request, reply) => {
      const result = await workplan.create(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );

  r.get(
    `${base}/role-matrix`,
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Which organisation does what: activities led and supported, per role",
        params: IdParams,
        response: { 200: RoleMatrix, ...errors },
      },
    },
    async (request) => workplan.roleMatrix(await actors.optional(request), request.params.id),
  );

  r.get(
    `${base}/:activityId`,
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "One activity, with its dependencies and whether they hold it up",
        params: ActivityParams,
        response: { 200: Activity, ...errors },
      },
    },
    async (request) =>
      workplan.get(await actors.optional(request), request.params.id, request.params.activityId),
  );

  r.patch(
    `${base}/:activityId`,
    {
      schema: {
        tags,
        summary:
          "Change an activity: its lead organisation moves status, dates and notes; the rest is for those running the campaign",
        params: ActivityParams,
        body: ActivityPatch,
        response: { 200: Activity, ...errors },
      },
    },
    async (request) =>
      workplan.update(
        await actors.required(request),
        request.params.id,
        request.params.activityId,
        request.body,
      ),
  );

  r.delete(
    `${base}/:activityId`,
    {
      schema: {
        tags,
        summary: "Remove an activity from the workplan",
        params: ActivityParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await workplan.remove(
        await actors.required(request),
        request.params.id,
        request.params.activityId,
      );
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/:activityId/action-item`,
    {
      schema: {
        tags,
        summary:
          "Make the activity one of the coalition's action items, owned by its lead and due when it is",
        params: ActivityParams,
        response: { 201: Activity, ...errors },
      },
    },
    async (request, reply) => {
      const result = await workplan.makeActionItem(
        await actors.required(request),
        request.params.id,
        request.params.activityId,
      );
      reply.status(201);
      return result;
    },
  );
}
