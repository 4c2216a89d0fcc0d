import type { FastifyInstance } from "fastify";
import type { ActorResolver } from "../auth/actor.ts";
import type { DashboardService } from "./dashboard.service.ts";

export function registerDashboardRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; dashboard: DashboardService },
) {
  void app;
  void deps;
}
