import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { IdParams, Problem, problemResponses as errors } from "../../../shared/problem.ts";
import {
  AnswerInput,
  InvitedStatement,
  PublicStatement,
  Statement,
  StatementInput,
  StatementInvitation,
  StatementList,
  StatementListQuery,
  StatementPatch,
  StatementVersionInput,
  StatementVersions,
  TokenParams,
} from "../../../shared/statements/api.ts";
import type { ActorResolver } from "../auth/actor.ts";
import {
  type StatementPublicService,
  pageLocale,
  renderStatementPage,
} from "./statement-public.service.ts";
import type { StatementInvitationsService } from "./statement-invitations.service.ts";
import type { StatementsService } from "./statements.service.ts";

const PageQuery = z.object({ lang: z.string().max(10).optional() }).strict();

export function registerStatementRoutes(
  app: FastifyInstance,
  deps: {
    actors: ActorResolver;
    statements: StatementsService;
    statementInvitations: StatementInvitationsService;
    statementPublic: StatementPublicService;
  },
) {
  const { actors, statements, statementInvitations, statementPublic } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["statements"];

  r.post(
    "/api/v1/coalitions/:id/statements",
    {
      schema: {
        tags,
        summary: "Draft a joint statement (convening side, or the lead of its campaign)",
        params: IdParams,
        body: StatementInput,
        response: { 201: Statement, ...errors },
      },
    },
    async (request, reply) => {
      const made = await statements.create(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return made;
    },
  );

  r.get(
    "/api/v1/coalitions/:id/statements",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The coalition's statements, newest first (members)",
        params: IdParams,
        querystring: StatementListQuery,
        response: { 200: StatementList, ...errors },
      },
    },
    async (request) =>
      statements.list(await actors.optional(request), request.params.id, request.query.campaignId),
  );

  r.get(
    "/api/v1/statements/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A statement: its current text, the members' public signatures, your answers",
        description:
          "Private supporters are never named, and counted only from three. The convening side also sees every answer, the reasons given for declining and who has not answered.",
        params: IdParams,
        response: { 200: Statement, ...errors },
      },
    },
    async (request) => statements.get(await actors.optional(request), request.params.id),
  );

  r.get(
    "/api/v1/statements/:id/versions",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "Every version of a statement's text, oldest first, to compare them",
        params: IdParams,
        response: { 200: StatementVersions, ...errors },
      },
    },
    async (request) => statements.versions(await actors.optional(request), request.params.id),
  );

  r.post(
    "/api/v1/statements/:id/versions",
    {
      schema: {
        tags,
        summary:
          "Add a version of the text: organisations that answered are asked to confirm again",
        params: IdParams,
        body: StatementVersionInput,
        response: { 200: Statement, ...errors },
      },
    },
    async (request) =>
      statements.addVersion(await actors.required(request), request.params.id, request.body),
  );

  r.patch(
    "/api/v1/statements/:id",
    {
      schema: {
        tags,
        summary: "Open sign-on, withdraw, or change the deadline and the private count",
        params: IdParams,
        body: StatementPatch,
        response: { 200: Statement, ...errors },
      },
    },
    async (request) =>
      statements.update(await actors.required(request), request.params.id, request.body),
  );

  r.post(
    "/api/v1/statements/:id/publish",
    {
      schema: {
        tags,
        summary:
          "Publish the current version (refused while a risk above the charter's threshold is undecided)",
        params: IdParams,
        response: { 200: Statement, ...errors },
      },
    },
    async (request) => statements.publish(await actors.required(request), request.params.id),
  );

  r.post(
    "/api/v1/statements/:id/answers",
    {
      schema: {
        tags,
        summary: "Answer for a member organisation: sign publicly, support privately or decline",
        params: IdParams,
        body: AnswerInput,
        response: { 200: Statement, ...errors },
      },
    },
    async (request) =>
      statements.answer(await actors.required(request), request.params.id, request.body),
  );

  r.post(
    "/api/v1/statements/:id/invitation",
    {
      schema: {
        tags,
        summary:
          "Make the link through which organisations outside the coalition sign on (replaces the last)",
        params: IdParams,
        response: { 201: StatementInvitation, ...errors },
      },
    },
    async (request, reply) => {
      const made = await statements.invite(await actors.required(request), request.params.id);
      reply.status(201);
      return made;
    },
  );

  r.get(
    "/api/v1/statement-invitations/:token",
    {
      schema: {
        tags,
        summary: "A statement as the invitation link shows it to an organisation outside",
        params: TokenParams,
        response: { 200: InvitedStatement, ...errors },
      },
    },
    async (request) =>
      statementInvitations.get(await actors.required(request), request.params.token),
  );

  r.post(
    "/api/v1/statement-invitations/:token/answers",
    {
      schema: {
        tags,
        summary: "Answer through the invitation link, for an organisation outside the coalition",
        params: TokenParams,
        body: AnswerInput,
        response: { 200: InvitedStatement, ...errors },
      },
    },
    async (request) =>
      statementInvitations.answer(
        await actors.required(request),
        request.params.token,
        request.body,
      ),
  );

  r.get(
    "/api/v1/public/statements/:id",
    {
      config: { access: "public" },
      schema: {
        tags,
        summary: "A published statement, for anyone: its text, public signatories and messengers",
        params: IdParams,
        response: { 200: PublicStatement, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "public, max-age=60");
      return statementPublic.publicStatement(request.params.id);
    },
  );

  r.get(
    "/p/statements/:id",
    {
      config: { access: "public" },
      schema: { hide: true, params: IdParams, querystring: PageQuery },
    },
    async (request, reply) => {
      const statement = await statementPublic.publicStatement(request.params.id);
      const locale = pageLocale(request.query.lang, request.headers["accept-language"]);
      return reply
        .type("text/html; charset=utf-8")
        .header("cache-control", "public, max-age=60")
        .header("content-language", locale)
        .send(renderStatementPage(statement, locale));
    },
  );

  r.get(
    "/p/coalitions/:id/statements.atom",
    {
      config: { access: "public" },
      schema: { hide: true, params: IdParams, querystring: PageQuery },
    },
    async (request, reply) => {
      const locale = pageLocale(request.query.lang, request.headers["accept-language"]);
      const body = await statementPublic.feed(request.params.id, locale);
      return reply
        .type("application/atom+xml; charset=utf-8")
        .header("cache-control", "public, max-age=300")
        .send(body);
    },
  );
}
