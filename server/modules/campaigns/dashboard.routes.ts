import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { CampaignDashboard } from "../../../shared/campaigns/dashboard.ts";
import { IdParams, problemResponses as errors } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { DashboardService } from "./dashboard.service.ts";

export function registerDashboardRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; dashboard: DashboardService },
) {
  const { actors, dashboard } = deps;
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/campaigns/:id/dashboard",
    {
      config: { access: "optional" },
      schema: {
        tags: ["campaigns"],
        summary:
          "Objectives on track or not, the next activities, pledges against the budget per currency, and stakeholder movement over the last 30 days",
        params: IdParams,
        response: { 200: CampaignDashboard, ...errors },
      },
    },
    async (request) => dashboard.get(await actors.optional(request), request.params.id),
  );
}
