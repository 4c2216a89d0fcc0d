import type { FastifyInstance } from "fastify";
import type { ActorResolver } from "../auth/actor.ts";
import type { WorkplanService } from "./workplan.service.ts";

export function registerWorkplanRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; workplan: WorkplanService },
) {
  void app;
  void deps;
}
