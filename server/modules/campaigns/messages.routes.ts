import type { FastifyInstance } from "fastify";
import type { ActorResolver } from "../auth/actor.ts";
import type { MessagesService } from "./messages.service.ts";

export function registerMessagesRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; messages: MessagesService },
) {
  void app;
  void deps;
}
