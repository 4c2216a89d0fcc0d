import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  BudgetLine,
  BudgetLineInput,
  BudgetLineList,
  BudgetLineParams,
  BudgetLinePatch,
  Pledge,
  PledgeInput,
  PledgeList,
  PledgeParams,
  PledgePatch,
  ResourcesSummary,
  Spending,
  SpendingInput,
  SpendingList,
  SpendingListQuery,
  SpendingParams,
  SpendingPatch,
  SpendingQueryInput,
} from "../../../shared/campaigns/resources.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { ResourcesService } from "./resources.service.ts";

/** Pledges, budget lines, spending and its confirmation, and the totals per currency. */
export function registerResourcesRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; resources: ResourcesService },
) {
  const { actors, resources } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["campaigns"];
  const base = "/api/v1/campaigns/:id";
  const read = { access: "optional" as const };

  r.get(
    `${base}/pledges`,
    {
      config: read,
      schema: {
        tags,
        summary: "What each organisation pledged (money, staff days, in kind) and what arrived",
        params: IdParams,
        response: { 200: PledgeList, ...errors },
      },
    },
    async (request) => resources.listPledges(await actors.optional(request), request.params.id),
  );

  r.post(
    `${base}/pledges`,
    {
      schema: {
        tags,
        summary: "Pledge for an organisation its representative speaks for",
        params: IdParams,
        body: PledgeInput,
        response: { 201: Pledge, ...errors },
      },
    },
    async (request, reply) => {
      const made = await resources.createPledge(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.patch(
    `${base}/pledges/:pledgeId`,
    {
      schema: {
        tags,
        summary:
          "Change a pledge (its organisation), or record what has arrived (also those running the campaign)",
        params: PledgeParams,
        body: PledgePatch,
        response: { 200: Pledge, ...errors },
      },
    },
    async (request) =>
      resources.updatePledge(
        await actors.required(request),
        request.params.id,
        request.params.pledgeId,
        request.body,
      ),
  );

  r.delete(
    `${base}/pledges/:pledgeId`,
    {
      schema: {
        tags,
        summary: "Withdraw a pledge (its organisation)",
        params: PledgeParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await resources.deletePledge(
        await actors.required(request),
        request.params.id,
        request.params.pledgeId,
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/budget-lines`,
    {
      config: read,
      schema: {
        tags,
        summary: "The budget lines, each with its spending and variance in its own currency",
        params: IdParams,
        response: { 200: BudgetLineList, ...errors },
      },
    },
    async (request) => resources.listBudgetLines(await actors.optional(request), request.params.id),
  );

  r.post(
    `${base}/budget-lines`,
    {
      schema: {
        tags,
        summary: "Add a budget line (those running the campaign)",
        params: IdParams,
        body: BudgetLineInput,
        response: { 201: BudgetLine, ...errors },
      },
    },
    async (request, reply) => {
      const made = await resources.createBudgetLine(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.patch(
    `${base}/budget-lines/:budgetLineId`,
    {
      schema: {
        tags,
        summary:
          "Change a budget line (those running the campaign); its currency only while nothing is booked in it",
        params: BudgetLineParams,
        body: BudgetLinePatch,
        response: { 200: BudgetLine, ...errors },
      },
    },
    async (request) =>
      resources.updateBudgetLine(
        await actors.required(request),
        request.params.id,
        request.params.budgetLineId,
        request.body,
      ),
  );

  r.delete(
    `${base}/budget-lines/:budgetLineId`,
    {
      schema: {
        tags,
        summary: "Remove a budget line with no spending (those running the campaign)",
        params: BudgetLineParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await resources.deleteBudgetLine(
        await actors.required(request),
        request.params.id,
        request.params.budgetLineId,
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    `${base}/spending`,
    {
      config: read,
      schema: {
        tags,
        summary: "Spending entries, newest first, with their confirmation status",
        params: IdParams,
        querystring: SpendingListQuery,
        response: { 200: SpendingList, ...errors },
      },
    },
    async (request) =>
      resources.listSpending(await actors.optional(request), request.params.id, request.query),
  );

  r.post(
    `${base}/spending`,
    {
      schema: {
        tags,
        summary:
          "Record spending against a budget line, in its currency, for the organisation that spent",
        params: IdParams,
        body: SpendingInput,
        response: { 201: Spending, ...errors },
      },
    },
    async (request, reply) => {
      const made = await resources.recordSpending(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.patch(
    `${base}/spending/:spendingId`,
    {
      schema: {
        tags,
        summary: "Correct a spending entry until the fund monitor confirms it",
        params: SpendingParams,
        body: SpendingPatch,
        response: { 200: Spending, ...errors },
      },
    },
    async (request) =>
      resources.updateSpending(
        await actors.required(request),
        request.params.id,
        request.params.spendingId,
        request.body,
      ),
  );

  r.delete(
    `${base}/spending/:spendingId`,
    {
      schema: {
        tags,
        summary: "Remove a spending entry the fund monitor has not confirmed",
        params: SpendingParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await resources.deleteSpending(
        await actors.required(request),
        request.params.id,
        request.params.spendingId,
      );
      return reply.status(204).send(null);
    },
  );

  r.post(
    `${base}/spending/:spendingId/confirm`,
    {
      schema: {
        tags,
        summary: "Confirm a spending entry: the campaign's fund monitor alone; final",
        params: SpendingParams,
        response: { 200: Spending, ...errors },
      },
    },
    async (request) =>
      resources.confirmSpending(
        await actors.required(request),
        request.params.id,
        request.params.spendingId,
      ),
  );

  r.post(
    `${base}/spending/:spendingId/query`,
    {
      schema: {
        tags,
        summary: "Query a spending entry with a note: the campaign's fund monitor alone",
        params: SpendingParams,
        body: SpendingQueryInput,
        response: { 200: Spending, ...errors },
      },
    },
    async (request) =>
      resources.querySpending(
        await actors.required(request),
        request.params.id,
        request.params.spendingId,
        request.body.note,
      ),
  );

  r.get(
    `${base}/resources/summary`,
    {
      config: read,
      schema: {
        tags,
        summary:
          "Totals per currency, never converted: pledged, received, budgeted, spent (confirmed, pending, queried) and variance per line",
        params: IdParams,
        response: { 200: ResourcesSummary, ...errors },
      },
    },
    async (request) => resources.summary(await actors.optional(request), request.params.id),
  );
}
