import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  Campaign,
  CampaignHistory,
  CampaignHistoryQuery,
  CampaignInput,
  CampaignList,
  CampaignListQuery,
  CampaignPatch,
  PublicCampaign,
} from "../../../shared/campaigns/core.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CampaignsService } from "./campaigns.service.ts";

export function registerCampaignRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; campaigns: CampaignsService },
) {
  const { actors, campaigns } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["campaigns"];

  r.post(
    "/api/v1/campaigns",
    {
      schema: {
        tags,
        summary:
          "Start a campaign for a coalition or for one organisation, optionally from an adopted proposal",
        body: CampaignInput,
        response: { 201: Campaign, ...errors },
      },
    },
    async (request, reply) => {
      const result = await campaigns.create(await actors.required(request), request.body);
      reply.status(201);
      return result;
    },
  );

  r.get(
    "/api/v1/campaigns",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary:
          "A coalition's campaigns (to those inside) or an organisation's own (to its people)",
        querystring: CampaignListQuery,
        response: { 200: CampaignList, ...errors },
      },
    },
    async (request) => campaigns.list(await actors.optional(request), request.query),
  );

  r.get(
    "/api/v1/campaigns/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A campaign's plan, with what the viewer may do in it",
        params: IdParams,
        response: { 200: Campaign, ...errors },
      },
    },
    async (request) => campaigns.get(await actors.optional(request), request.params.id),
  );

  r.patch(
    "/api/v1/campaigns/:id",
    {
      schema: {
        tags,
        summary:
          "Change the plan, status, fund monitor or public page; or bring it into a coalition",
        params: IdParams,
        body: CampaignPatch,
        response: { 200: Campaign, ...errors },
      },
    },
    async (request) =>
      campaigns.update(await actors.required(request), request.params.id, request.body),
  );

  r.get(
    "/api/v1/campaigns/:id/history",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Every change to the campaign: who, for which organisation, when, what",
        params: IdParams,
        querystring: CampaignHistoryQuery,
        response: { 200: CampaignHistory, ...errors },
      },
    },
    async (request) =>
      campaigns.history(await actors.optional(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/public/campaigns/:id",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A campaign's public summary: only the parts it chose to publish",
        params: IdParams,
        response: { 200: PublicCampaign, ...errors },
      },
    },
    async (request) => campaigns.publicSummary(request.params.id),
  );
}
