import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  ActionItem,
  ActionItemInput,
  ActionItemList,
  ActionItemListQuery,
  ActionItemPatch,
} from "../../../shared/meetings.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { ActionItemsService } from "./action-items.service.ts";

export function registerActionItemRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; actionItems: ActionItemsService },
) {
  const { actors, actionItems } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["action items"];

  r.post(
    "/api/v1/coalitions/:id/action-items",
    {
      schema: {
        tags,
        summary: "Create an action item owned by a member organisation (convening side)",
        params: IdParams,
        body: ActionItemInput,
        response: { 201: ActionItem, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      const result = await actionItems.create(actor, request.params.id, request.body);
      reply.status(201);
      return result;
    },
  );

  r.get(
    "/api/v1/coalitions/:id/action-items",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The coalition's action items, soonest due first, by status, owner or overdue",
        params: IdParams,
        querystring: ActionItemListQuery,
        response: { 200: ActionItemList, ...errors },
      },
    },
    async (request) =>
      actionItems.list(await actors.optional(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/action-items/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "An action item with the history of its status",
        params: IdParams,
        response: { 200: ActionItem, ...errors },
      },
    },
    async (request) => actionItems.get(await actors.optional(request), request.params.id),
  );

  r.patch(
    "/api/v1/action-items/:id",
    {
      schema: {
        tags,
        summary: "Move an item's status (owner or convening side) or edit it (convening side)",
        params: IdParams,
        body: ActionItemPatch,
        response: { 200: ActionItem, ...errors },
      },
    },
    async (request) =>
      actionItems.update(await actors.required(request), request.params.id, request.body),
  );
}
