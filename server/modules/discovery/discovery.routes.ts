import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  MatchQuery,
  MatchResult,
  NeedDraft,
  SavedNeed,
  SavedNeedInput,
  SavedNeedList,
  SavedNeedUpdate,
  SuggestionQuery,
  SuggestionResult,
  Team,
  TeamInvitation,
  TeamInvitationResult,
  TeamQuery,
} from "../../../shared/discovery.ts";
import { IdParams, problemResponses } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { DiscoveryService } from "./discovery.service.ts";

const errors = problemResponses;
/** `?organizationId=` or `?coalitionId=`: exactly one. */
const RequesterQuery = z.union([
  z.object({ organizationId: z.uuid() }).strict(),
  z.object({ coalitionId: z.uuid() }).strict(),
]);

/** A draft's requester, and optionally a few sentences saying what is needed, in any language. */
const draftText = { text: z.string().max(2000).optional() };
const DraftQuery = z.union([
  z.object({ organizationId: z.uuid(), ...draftText }).strict(),
  z.object({ coalitionId: z.uuid(), ...draftText }).strict(),
]);

export function registerDiscoveryRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; discovery: DiscoveryService },
) {
  const { actors, discovery } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["discovery"];

  // Searches are POST because a need is a structured document, not a few query terms; they
  // change nothing.
  r.post(
    "/api/v1/discovery/matches",
    {
      schema: {
        tags,
        summary: "Ranked, explained partner matches for a need",
        body: MatchQuery,
        response: { 200: MatchResult, ...errors },
      },
    },
    async (request) => discovery.matches(await actors.required(request), request.body),
  );

  r.post(
    "/api/v1/discovery/team",
    {
      schema: {
        tags,
        summary: "The smallest team covering a need's capacities and places",
        body: TeamQuery,
        response: { 200: Team, ...errors },
      },
    },
    async (request) => discovery.team(await actors.required(request), request.body),
  );

  r.post(
    "/api/v1/discovery/suggestions",
    {
      schema: {
        tags,
        summary: "Capacities organisations on these issues and places usually combine",
        body: SuggestionQuery,
        response: { 200: SuggestionResult, ...errors },
      },
    },
    async (request) => discovery.suggestions(await actors.required(request), request.body),
  );

  r.get(
    "/api/v1/discovery/draft",
    {
      schema: {
        tags,
        summary:
          "A need filled in from one of my organisations or a coalition I am inside, or from a few sentences in any language",
        querystring: DraftQuery,
        response: { 200: NeedDraft, ...errors },
      },
    },
    async (request) => {
      const { text, ...requester } = request.query;
      return discovery.draft(await actors.required(request), requester, text);
    },
  );

  r.post(
    "/api/v1/discovery/team/invitations",
    {
      schema: {
        tags,
        summary: "Invite a team into a coalition you convene",
        body: TeamInvitation,
        response: { 200: TeamInvitationResult, ...errors },
      },
    },
    async (request) => discovery.inviteTeam(await actors.required(request), request.body),
  );

  r.get(
    "/api/v1/discovery/needs",
    {
      schema: {
        tags,
        summary: "Saved needs of one of my organisations or a coalition I am inside",
        querystring: RequesterQuery,
        response: { 200: SavedNeedList, ...errors },
      },
    },
    async (request) => discovery.listNeeds(await actors.required(request), request.query),
  );

  r.post(
    "/api/v1/discovery/needs",
    {
      schema: {
        tags,
        summary: "Save a need, shared with the requester's members",
        body: SavedNeedInput,
        response: { 201: SavedNeed, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      reply.status(201);
      return discovery.saveNeed(actor, request.body);
    },
  );

  r.get(
    "/api/v1/discovery/needs/:id",
    {
      schema: {
        tags,
        summary: "A saved need",
        params: IdParams,
        response: { 200: SavedNeed, ...errors },
      },
    },
    async (request) => discovery.getNeed(await actors.required(request), request.params.id),
  );

  r.patch(
    "/api/v1/discovery/needs/:id",
    {
      schema: {
        tags,
        summary: "Change a saved need",
        params: IdParams,
        body: SavedNeedUpdate,
        response: { 200: SavedNeed, ...errors },
      },
    },
    async (request) =>
      discovery.updateNeed(await actors.required(request), request.params.id, request.body),
  );

  r.delete(
    "/api/v1/discovery/needs/:id",
    {
      schema: {
        tags,
        summary: "Delete a saved need",
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await discovery.deleteNeed(await actors.required(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
