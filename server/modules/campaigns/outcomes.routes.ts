import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CampaignOutcome,
  CampaignReviewAnswer,
  LessonList,
  LessonsQuery,
  OutcomeInput,
  OutcomeList,
  OutcomeListQuery,
  OutcomeParams,
  OutcomePatch,
  ReviewInput,
} from "../../../shared/campaigns/outcomes.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { OutcomesService } from "./outcomes.service.ts";

export function registerOutcomesRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; outcomes: OutcomesService },
) {
  const { actors, outcomes } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["campaigns"];

  r.get(
    "/api/v1/campaigns/:id/outcomes",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The campaign's outcomes log: what changed, its contribution, the evidence",
        params: IdParams,
        querystring: OutcomeListQuery,
        response: { 200: OutcomeList, ...errors },
      },
    },
    async (request) =>
      outcomes.list(await actors.optional(request), request.params.id, request.query),
  );

  r.post(
    "/api/v1/campaigns/:id/outcomes",
    {
      schema: {
        tags,
        summary: "Log an outcome for an organisation the caller acts for",
        params: IdParams,
        body: OutcomeInput,
        response: { 201: CampaignOutcome, ...errors },
      },
    },
    async (request, reply) => {
      const made = await outcomes.create(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.patch(
    "/api/v1/campaigns/:id/outcomes/:outcomeId",
    {
      schema: {
        tags,
        summary:
          "Change an outcome: the organisation it was recorded for, or those running the campaign",
        params: OutcomeParams,
        body: OutcomePatch,
        response: { 200: CampaignOutcome, ...errors },
      },
    },
    async (request) =>
      outcomes.update(
        await actors.required(request),
        request.params.id,
        request.params.outcomeId,
        request.body,
      ),
  );

  r.delete(
    "/api/v1/campaigns/:id/outcomes/:outcomeId",
    {
      schema: {
        tags,
        summary:
          "Remove an outcome: the organisation it was recorded for, or those running the campaign",
        params: OutcomeParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await outcomes.remove(
        await actors.required(request),
        request.params.id,
        request.params.outcomeId,
      );
      return reply.status(204).send(null);
    },
  );

  r.get(
    "/api/v1/campaigns/:id/review",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The after-action review, or null while none has been written",
        params: IdParams,
        response: { 200: CampaignReviewAnswer, ...errors },
      },
    },
    async (request) => outcomes.review(await actors.optional(request), request.params.id),
  );

  r.put(
    "/api/v1/campaigns/:id/review",
    {
      schema: {
        tags,
        summary:
          "Write the after-action review once the campaign is closed (those running it); 409 before",
        params: IdParams,
        body: ReviewInput,
        response: { 200: CampaignReviewAnswer, ...errors },
      },
    },
    async (request) =>
      outcomes.writeReview(await actors.required(request), request.params.id, request.body),
  );

  r.get(
    "/api/v1/campaign-lessons",
    {
      schema: {
        tags,
        summary:
          "Lessons from past campaigns by tactic and issue: shared with the platform, or of the caller's own coalitions",
        querystring: LessonsQuery,
        response: { 200: LessonList, ...errors },
      },
    },
    async (request) => outcomes.lessons(await actors.required(request), request.query),
  );
}
