import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { ReviewQuery, ReviewQueue, VerificationResult } from "../../../shared/admin.ts";
import { Verification } from "../../../shared/organizations.ts";
import { IdParams, Problem } from "../../../shared/problem.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { AdminService } from "./admin.service.ts";

export function registerAdminRoutes(
  app: FastifyInstance,
  deps: { actors: ActorResolver; admin: AdminService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
  r.get(
    "/api/v1/admin/organizations",
    {
      schema: {
        tags: ["admin"],
        summary: "Organisations awaiting (or holding) verification",
        querystring: ReviewQuery,
        response: { 200: ReviewQueue, ...errors },
      },
    },
    async (request) =>
      deps.admin.reviewQueue(
        await deps.actors.required(request),
        request.query.verified === "true",
      ),
  );
  r.put(
    "/api/v1/admin/organizations/:id/verification",
    {
      schema: {
        tags: ["admin"],
        summary: "Set or clear an organisation's verification badge",
        params: IdParams,
        body: Verification,
        response: { 200: VerificationResult, ...errors },
      },
    },
    async (request) =>
      deps.admin.setVerified(
        await deps.actors.required(request),
        request.params.id,
        request.body.verified,
      ),
  );
}
