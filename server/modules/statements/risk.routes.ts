import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import { Proposal } from "../../../shared/proposals.ts";
import {
  FrontingAdviceList,
  Mitigation,
  MitigationInput,
  MitigationPatch,
  ProposalRisk,
  ResponseParams,
  RiskAssessment,
  RiskAssessmentInput,
  RiskAssessmentList,
  RiskDecisionInput,
  RiskResponseInput,
} from "../../../shared/risk/api.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { FrontingService } from "./fronting.service.ts";
import type { RiskDecisions } from "./risk-decisions.service.ts";
import type { RiskRegister } from "./risk-register.service.ts";
import type { RiskService } from "./risk.service.ts";

export function registerRiskRoutes(
  app: FastifyInstance,
  deps: {
    actors: ActorResolver;
    risk: RiskService;
    riskRegister: RiskRegister;
    riskDecisions: RiskDecisions;
    fronting: FrontingService;
  },
) {
  const { actors, risk, riskRegister, riskDecisions, fronting } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["risk assessments"];

  r.post(
    "/api/v1/coalitions/:id/risk-assessments",
    {
      schema: {
        tags,
        summary: "Open a joint risk assessment of a statement, campaign activity or publication",
        params: IdParams,
        body: RiskAssessmentInput,
        response: { 201: RiskAssessment, ...errors },
      },
    },
    async (request, reply) => {
      const result = await risk.create(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );

  r.get(
    "/api/v1/coalitions/:id/risk-assessments",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The coalition's risk assessments, newest first",
        params: IdParams,
        response: { 200: RiskAssessmentList, ...errors },
      },
    },
    async (request) => risk.list(await actors.optional(request), request.params.id),
  );

  r.get(
    "/api/v1/risk-assessments/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "An assessment: its heat map, threshold, register and the viewer's own answers",
        params: IdParams,
        response: { 200: RiskAssessment, ...errors },
      },
    },
    async (request) => risk.get(await actors.optional(request), request.params.id),
  );

  r.put(
    "/api/v1/risk-assessments/:id/responses/:organizationId",
    {
      schema: {
        tags,
        summary: "Answer for a member organisation, privately: its ratings and mitigations",
        params: ResponseParams,
        body: RiskResponseInput,
        response: { 200: RiskAssessment, ...errors },
      },
    },
    async (request) =>
      risk.answer(
        await actors.required(request),
        request.params.id,
        request.params.organizationId,
        request.body,
      ),
  );

  r.post(
    "/api/v1/risk-assessments/:id/mitigations",
    {
      schema: {
        tags,
        summary: "Add a mitigation to the register, with an owner and due date if known",
        params: IdParams,
        body: MitigationInput,
        response: { 201: Mitigation, ...errors },
      },
    },
    async (request, reply) => {
      const result = await riskRegister.add(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );

  r.patch(
    "/api/v1/mitigations/:id",
    {
      schema: {
        tags,
        summary: "Mark a mitigation done (its owner or the convening side) or edit it",
        params: IdParams,
        body: MitigationPatch,
        response: { 200: Mitigation, ...errors },
      },
    },
    async (request) =>
      riskRegister.update(await actors.required(request), request.params.id, request.body),
  );

  r.get(
    "/api/v1/risk-assessments/:id/fronting",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Who should front the action and who support privately, with the reasons",
        params: IdParams,
        response: { 200: FrontingAdviceList, ...errors },
      },
    },
    async (request) => fronting.recommend(await actors.optional(request), request.params.id),
  );

  r.post(
    "/api/v1/risk-assessments/:id/decision",
    {
      schema: {
        tags,
        summary: "Open the proposal that decides the action and who fronts it",
        params: IdParams,
        body: RiskDecisionInput,
        response: { 201: Proposal, ...errors },
      },
    },
    async (request, reply) => {
      const result = await riskDecisions.open(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );

  r.get(
    "/api/v1/proposals/:id/risk",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The risk summary and proposed messengers of a proposal deciding an action",
        params: IdParams,
        response: { 200: ProposalRisk, ...errors },
      },
    },
    async (request) => riskDecisions.ofProposal(await actors.optional(request), request.params.id),
  );
}
