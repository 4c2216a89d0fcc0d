import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  Objective,
  ObjectiveInput,
  ObjectiveList,
  ObjectiveParams,
  ObjectivePatch,
  ProgressInput,
  ProgressParams,
} from "../../../shared/campaigns/objectives.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { ObjectivesService } from "./objectives.service.ts";

export function registerObjectivesRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; objectives: ObjectivesService },
) {
  const { actors, objectives } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["campaigns"];
  const base = "/api/v1/campaigns/:id/objectives";

  r.get(
    base,
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A campaign's SMART objectives, each with its progress and whether it is on track",
        params: IdParams,
        response: { 200: ObjectiveList, ...errors },
      },
    },
    async (request) => objectives.list(await actors.optional(request), request.params.id),
  );

  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Set a SMART objective, owned by one of the campaign's organisations",
        params: IdParams,
        body: ObjectiveInput,
        response: { 201: Objective, ...errors },
      },
    },
    async (request, reply) => {
      const made = await objectives.create(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.patch(
    `${base}/:objectiveId`,
    {
      schema: {
        tags,
        summary: "Change an objective",
        params: ObjectiveParams,
        body: ObjectivePatch,
        response: { 200: Objective, ...errors },
      },
    },
    async (request) =>
      objectives.update(
        await actors.required(request),
        request.params.id,
        request.params.objectiveId,
        request.body,
      ),
  );

  r.delete(
    `${base}/:objectiveId`,
    {
      schema: {
        tags,
        summary: "Delete an objective and its progress (kept in the history)",
        params: ObjectiveParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await objectives.remove(
        await actors.required(request),
        request.params.id,
        request.params.objectiveId,
      );
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/:objectiveId/progress`,
    {
      schema: {
        tags,
        summary:
          "Report progress: the owner organisation's representatives, or those running the campaign",
        params: ObjectiveParams,
        body: ProgressInput,
        response: { 201: Objective, ...errors },
      },
    },
    async (request, reply) => {
      const objective = await objectives.report(
        await actors.required(request),
        request.params.id,
        request.params.objectiveId,
        request.body,
      );
      reply.status(201);
      return objective;
    },
  );

  r.delete(
    `${base}/:objectiveId/progress/:progressId`,
    {
      schema: {
        tags,
        summary:
          "Withdraw a progress reading: the person who reported it, or those running the campaign",
        params: ProgressParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await objectives.withdraw(
        await actors.required(request),
        request.params.id,
        request.params.objectiveId,
        request.params.progressId,
      );
      return reply.status(204).send(null);
    },
  );
}
