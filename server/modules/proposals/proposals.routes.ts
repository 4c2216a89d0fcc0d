import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  OutcomeInput,
  Proposal,
  ProposalInput,
  ProposalList,
  StanceInput,
  StanceParams,
} from "../../../shared/proposals.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { ProposalsService } from "./proposals.service.ts";

export function registerProposalRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; proposals: ProposalsService },
) {
  const { actors, proposals } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["proposals"];

  r.post(
    "/api/v1/coalitions/:id/proposals",
    {
      schema: {
        tags,
        summary: "Put a proposal to the member organisations, for your organisation",
        params: IdParams,
        body: ProposalInput,
        response: { 201: Proposal, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      const result = await proposals.create(actor, request.params.id, request.body);
      reply.status(201);
      return result;
    },
  );

  r.get(
    "/api/v1/coalitions/:id/proposals",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The coalition's proposals, newest first (member organisations only)",
        params: IdParams,
        response: { 200: ProposalList, ...errors },
      },
    },
    async (request) => proposals.list(await actors.optional(request), request.params.id),
  );

  r.get(
    "/api/v1/proposals/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A proposal with its tally and stances, as its settings allow",
        params: IdParams,
        response: { 200: Proposal, ...errors },
      },
    },
    async (request) => proposals.get(await actors.optional(request), request.params.id),
  );

  r.put(
    "/api/v1/proposals/:id/stances/:organizationId",
    {
      schema: {
        tags,
        summary: "Cast or change your organisation's stance (one per organisation)",
        params: StanceParams,
        body: StanceInput,
        response: { 200: Proposal, ...errors },
      },
    },
    async (request) =>
      proposals.cast(
        await actors.required(request),
        request.params.id,
        request.params.organizationId,
        request.body.ballot,
      ),
  );

  r.post(
    "/api/v1/proposals/:id/close",
    {
      schema: {
        tags,
        summary: "Close the proposal now and count it (convener)",
        params: IdParams,
        response: { 200: Proposal, ...errors },
      },
    },
    async (request) => proposals.close(await actors.required(request), request.params.id),
  );

  r.put(
    "/api/v1/proposals/:id/outcome",
    {
      schema: {
        tags,
        summary: "Record the outcome statement and a review date (convener, once closed)",
        params: IdParams,
        body: OutcomeInput,
        response: { 200: Proposal, ...errors },
      },
    },
    async (request) =>
      proposals.recordOutcome(await actors.required(request), request.params.id, request.body),
  );
}
