import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  ApplicationInput,
  Charter,
  CharterComparison,
  CharterVersion,
  CharterVersionList,
  Coalition,
  CoalitionInput,
  CoalitionInvitationInput,
  CoalitionList,
  CoalitionSettings,
  MemberParams,
  MemberPatch,
  MembershipActionParams,
  MembershipStepInput,
  Representatives,
} from "../../../shared/coalitions.ts";
import { Id, IdParams, problemResponses } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CoalitionsService } from "./coalitions.service.ts";
import type { MembershipService } from "./membership.service.ts";

const errors = problemResponses;
const version = z.coerce.number().int().min(1).max(100000);
const VersionParams = z.object({ id: Id, version }).strict();
const CompareQuery = z.object({ from: version, to: version }).strict();

export function registerCoalitionRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; coalitions: CoalitionsService; membership: MembershipService },
) {
  const { actors, coalitions, membership } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["coalitions"];

  r.post(
    "/api/v1/coalitions",
    {
      schema: {
        tags,
        summary: "Start a coalition; your organisation becomes its convener",
        body: CoalitionInput,
        response: { 201: Coalition, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      reply.status(201);
      return coalitions.create(actor, request.body);
    },
  );

  r.get(
    "/api/v1/coalitions",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Public coalitions and those your organisations belong to",
        response: { 200: CoalitionList, ...errors },
      },
    },
    async (request) => coalitions.list(await actors.optional(request)),
  );

  r.get(
    "/api/v1/coalitions/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A coalition, its charter and (when you may see them) its members",
        params: IdParams,
        response: { 200: Coalition, ...errors },
      },
    },
    async (request) => coalitions.get(await actors.optional(request), request.params.id),
  );

  r.patch(
    "/api/v1/coalitions/:id",
    {
      schema: {
        tags,
        summary: "Change who can find the coalition and see its members (convener)",
        params: IdParams,
        body: CoalitionSettings,
        response: { 200: Coalition, ...errors },
      },
    },
    async (request) =>
      coalitions.updateSettings(await actors.required(request), request.params.id, request.body),
  );

  r.put(
    "/api/v1/coalitions/:id/charter",
    {
      schema: {
        tags,
        summary:
          "Change the charter directly (convener, only when the charter leaves charter changes to the convener)",
        params: IdParams,
        body: Charter,
        response: { 200: Coalition, ...errors },
      },
    },
    async (request) =>
      coalitions.amendCharter(await actors.required(request), request.params.id, request.body),
  );

  r.get(
    "/api/v1/coalitions/:id/charters",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Every version of the charter",
        params: IdParams,
        response: { 200: CharterVersionList, ...errors },
      },
    },
    async (request) =>
      coalitions.charterVersions(await actors.optional(request), request.params.id),
  );

  r.get(
    "/api/v1/coalitions/:id/charters/compare",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "What changed between two versions of the charter",
        params: IdParams,
        querystring: CompareQuery,
        response: { 200: CharterComparison, ...errors },
      },
    },
    async (request) =>
      coalitions.compareCharters(
        await actors.optional(request),
        request.params.id,
        request.query.from,
        request.query.to,
      ),
  );

  r.get(
    "/api/v1/coalitions/:id/charters/:version",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "One version of the charter",
        params: VersionParams,
        response: { 200: CharterVersion, ...errors },
      },
    },
    async (request) =>
      coalitions.charterVersion(
        await actors.optional(request),
        request.params.id,
        request.params.version,
      ),
  );

  r.post(
    "/api/v1/coalitions/:id/invitations",
    {
      schema: {
        tags,
        summary: "Invite an organisation (convener); its owners or admins accept or decline",
        params: IdParams,
        body: CoalitionInvitationInput,
        response: { 201: Coalition, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      const result = await membership.invite(actor, request.params.id, request.body);
      reply.status(201);
      return result;
    },
  );

  r.post(
    "/api/v1/coalitions/:id/applications",
    {
      schema: {
        tags,
        summary: "Apply to join for your organisation, answering the charter's questions",
        params: IdParams,
        body: ApplicationInput,
        response: { 201: Coalition, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      const result = await membership.apply(actor, request.params.id, request.body);
      reply.status(201);
      return result;
    },
  );

  r.post(
    "/api/v1/coalitions/:id/members/:organizationId/:action",
    {
      schema: {
        tags,
        summary:
          "Take a membership step: accept (choosing whether to be named outside), decline, leave (the organisation); admit, reject, suspend, reinstate, remove (the convener)",
        params: MembershipActionParams,
        body: MembershipStepInput.nullish(),
        response: { 200: Coalition, ...errors },
      },
    },
    async (request) =>
      membership.act(
        await actors.required(request),
        request.params.id,
        request.params.organizationId,
        request.params.action,
        request.body ?? {},
      ),
  );

  r.patch(
    "/api/v1/coalitions/:id/members/:organizationId",
    {
      schema: {
        tags,
        summary: "Change a member's role (convener) or whether it is named outside (itself)",
        params: MemberParams,
        body: MemberPatch,
        response: { 200: Coalition, ...errors },
      },
    },
    async (request) =>
      membership.update(
        await actors.required(request),
        request.params.id,
        request.params.organizationId,
        request.body,
      ),
  );

  r.get(
    "/api/v1/coalitions/:id/members/:organizationId/representatives",
    {
      schema: {
        tags,
        summary: "Who may act for the organisation in this coalition",
        params: MemberParams,
        response: { 200: Representatives, ...errors },
      },
    },
    async (request) =>
      membership.representatives(
        await actors.required(request),
        request.params.id,
        request.params.organizationId,
      ),
  );

  r.put(
    "/api/v1/coalitions/:id/members/:organizationId/representatives",
    {
      schema: {
        tags,
        summary: "Name who may act for the organisation in this coalition (its owners or admins)",
        params: MemberParams,
        body: Representatives,
        response: { 200: Representatives, ...errors },
      },
    },
    async (request) =>
      membership.setRepresentatives(
        await actors.required(request),
        request.params.id,
        request.params.organizationId,
        request.body.userIds,
      ),
  );
}
