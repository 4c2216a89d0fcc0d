import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  Comment,
  CommentEdit,
  CommentInput,
  CommentList,
  PageQuery,
  RevisionList,
  Thread,
  ThreadInput,
  ThreadList,
  ThreadListQuery,
  ThreadUpdate,
} from "../../../shared/discussions.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { DiscussionsService } from "./discussions.service.ts";

export function registerDiscussionRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; discussions: DiscussionsService },
) {
  const { actors, discussions } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["discussions"];

  r.post(
    "/api/v1/coalitions/:id/threads",
    {
      schema: {
        tags,
        summary: "Open a discussion or raise a concern, for your member organisation",
        params: IdParams,
        body: ThreadInput,
        response: { 201: Thread, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      const result = await discussions.createThread(actor, request.params.id, request.body);
      reply.status(201);
      return result;
    },
  );

  r.get(
    "/api/v1/coalitions/:id/threads",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary:
          "The coalition's threads, newest activity first (concerns only where you may see them)",
        params: IdParams,
        querystring: ThreadListQuery,
        response: { 200: ThreadList, ...errors },
      },
    },
    async (request) =>
      discussions.listThreads(await actors.optional(request), request.params.id, request.query),
  );

  r.get(
    "/api/v1/threads/:id",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A thread, with a concern's problem, end goal, participants and resolution",
        params: IdParams,
        response: { 200: Thread, ...errors },
      },
    },
    async (request) => discussions.getThread(await actors.optional(request), request.params.id),
  );

  r.patch(
    "/api/v1/threads/:id",
    {
      schema: {
        tags,
        summary: "Rename a thread, change a concern, resolve or reopen it",
        params: IdParams,
        body: ThreadUpdate,
        response: { 200: Thread, ...errors },
      },
    },
    async (request) =>
      discussions.updateThread(await actors.required(request), request.params.id, request.body),
  );

  r.get(
    "/api/v1/proposals/:id/thread",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The proposal's discussion thread (its id is the proposal's)",
        params: IdParams,
        response: { 200: Thread, ...errors },
      },
    },
    async (request) =>
      discussions.proposalThread(await actors.optional(request), request.params.id),
  );

  r.post(
    "/api/v1/threads/:id/comments",
    {
      schema: {
        tags,
        summary: "Comment in Markdown for your organisation, mentioning organisations",
        params: IdParams,
        body: CommentInput,
        response: { 201: Comment, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await actors.required(request);
      const result = await discussions.addComment(actor, request.params.id, request.body);
      reply.status(201);
      return result;
    },
  );

  r.get(
    "/api/v1/threads/:id/comments",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "A thread's comments, oldest first, with their sanitised HTML",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: CommentList, ...errors },
      },
    },
    async (request) =>
      discussions.listComments(await actors.optional(request), request.params.id, request.query),
  );

  r.patch(
    "/api/v1/comments/:id",
    {
      schema: {
        tags,
        summary: "Edit your comment; the previous text is kept in its history",
        params: IdParams,
        body: CommentEdit,
        response: { 200: Comment, ...errors },
      },
    },
    async (request) =>
      discussions.editComment(await actors.required(request), request.params.id, request.body),
  );

  r.delete(
    "/api/v1/comments/:id",
    {
      schema: {
        tags,
        summary: "Withdraw a comment (its author or the convener side), leaving a placeholder",
        params: IdParams,
        response: { 200: Comment, ...errors },
      },
    },
    async (request) =>
      discussions.withdrawComment(await actors.required(request), request.params.id),
  );

  r.get(
    "/api/v1/comments/:id/revisions",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary: "The earlier texts of a comment (a withdrawn one's for the convener side only)",
        params: IdParams,
        response: { 200: RevisionList, ...errors },
      },
    },
    async (request) => discussions.revisions(await actors.optional(request), request.params.id),
  );
}
