import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CampaignMessage,
  CampaignMessageList,
  CampaignStory,
  CampaignStoryList,
  MessageInput,
  MessageParams,
  MessagePatch,
  MessageStoryInput,
  MessageStoryParams,
  StoryInput,
  StoryParams,
  StoryPatch,
} from "../../../shared/campaigns/messages.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { MessagesService } from "./messages.service.ts";

export function registerMessagesRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; messages: MessagesService },
) {
  const { actors, messages } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["campaigns"];

  r.get(
    "/api/v1/campaigns/:id/messages",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary:
          "The campaign's messages, with the stories each tells and a flag where a story's consent no longer covers it",
        params: IdParams,
        response: { 200: CampaignMessageList, ...errors },
      },
    },
    async (request) => messages.listMessages(await actors.optional(request), request.params.id),
  );

  r.post(
    "/api/v1/campaigns/:id/messages",
    {
      schema: {
        tags,
        summary: "Write a message for an audience in a frame (internal unless made public)",
        params: IdParams,
        body: MessageInput,
        response: { 201: CampaignMessage, ...errors },
      },
    },
    async (request, reply) => {
      const result = await messages.createMessage(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );

  r.patch(
    "/api/v1/campaigns/:id/messages/:messageId",
    {
      schema: {
        tags,
        summary:
          "Change a message; making it public checks every story it tells against its consent",
        params: MessageParams,
        body: MessagePatch,
        response: { 200: CampaignMessage, ...errors },
      },
    },
    async (request) =>
      messages.updateMessage(
        await actors.required(request),
        request.params.id,
        request.params.messageId,
        request.body,
      ),
  );

  r.delete(
    "/api/v1/campaigns/:id/messages/:messageId",
    {
      schema: {
        tags,
        summary: "Remove a message",
        params: MessageParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await messages.deleteMessage(
        await actors.required(request),
        request.params.id,
        request.params.messageId,
      );
      return reply.status(204).send(null);
    },
  );

  r.put(
    "/api/v1/campaigns/:id/messages/:messageId/stories/:storyId",
    {
      schema: {
        tags,
        summary:
          "Tell a story in a message for a use, or change the use: refused unless the story's consent covers it",
        params: MessageStoryParams,
        body: MessageStoryInput,
        response: { 200: CampaignMessage, ...errors },
      },
    },
    async (request) =>
      messages.attachStory(
        await actors.required(request),
        request.params.id,
        request.params.messageId,
        request.params.storyId,
        request.body,
      ),
  );

  r.delete(
    "/api/v1/campaigns/:id/messages/:messageId/stories/:storyId",
    {
      schema: {
        tags,
        summary: "Stop telling a story in a message",
        params: MessageStoryParams,
        response: { 200: CampaignMessage, ...errors },
      },
    },
    async (request) =>
      messages.detachStory(
        await actors.required(request),
        request.params.id,
        request.params.messageId,
        request.params.storyId,
      ),
  );

  r.get(
    "/api/v1/campaigns/:id/stories",
    {
      config: { access: "optional" },
      schema: {
        tags,
        summary:
          "The campaign's stories with their consent and the messages that tell them (for those inside only)",
        params: IdParams,
        response: { 200: CampaignStoryList, ...errors },
      },
    },
    async (request) => messages.listStories(await actors.optional(request), request.params.id),
  );

  r.post(
    "/api/v1/campaigns/:id/stories",
    {
      schema: {
        tags,
        summary:
          "Record a story an organisation collected, with the consent given for it (internal use unless more is chosen)",
        params: IdParams,
        body: StoryInput,
        response: { 201: CampaignStory, ...errors },
      },
    },
    async (request, reply) => {
      const result = await messages.createStory(
        await actors.required(request),
        request.params.id,
        request.body,
      );
      reply.status(201);
      return result;
    },
  );

  r.patch(
    "/api/v1/campaigns/:id/stories/:storyId",
    {
      schema: {
        tags,
        summary: "Change a story or its consent: the organisation that recorded it",
        params: StoryParams,
        body: StoryPatch,
        response: { 200: CampaignStory, ...errors },
      },
    },
    async (request) =>
      messages.updateStory(
        await actors.required(request),
        request.params.id,
        request.params.storyId,
        request.body,
      ),
  );

  r.post(
    "/api/v1/campaigns/:id/stories/:storyId/withdraw",
    {
      schema: {
        tags,
        summary:
          "Record that consent was withdrawn: the story may no longer be told and every message telling it is flagged",
        params: StoryParams,
        response: { 200: CampaignStory, ...errors },
      },
    },
    async (request) =>
      messages.withdrawStory(
        await actors.required(request),
        request.params.id,
        request.params.storyId,
      ),
  );
}
