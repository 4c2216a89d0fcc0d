import type { FastifyInstance } from "fastify";
import type { Clock } from "../../lib/clock.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import { registerAdminRoutes } from "./admin.routes.ts";
import { createAdminService } from "./admin.service.ts";

/** Platform administration: reviewing and verifying organisations. */
export function create(deps: {
  organizations: Pick<OrganizationDirectory, "findById" | "listForReview" | "setVerified">;
  clock: Clock;
}) {
  return { admin: createAdminService(deps) };
}
export type AdminModule = ReturnType<typeof create>;

export function register(app: FastifyInstance, services: AdminModule & { actors: ActorResolver }) {
  registerAdminRoutes(app, services);
}
