import type { FastifyInstance } from "fastify";
import type { ActorResolver } from "../auth/actor.ts";
import type { ResourcesService } from "./resources.service.ts";

export function registerResourcesRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; resources: ResourcesService },
) {
  void app;
  void deps;
}
