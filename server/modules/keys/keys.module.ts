import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Names } from "../../lib/names.ts";
import type { AuditLog } from "../audit/audit.module.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import { createKeysRepo } from "./keys.repo.ts";
import { registerKeyRoutes } from "./keys.routes.ts";
import { createKeysService } from "./keys.service.ts";

/**
 * Keys for confidential records (issue 15): made and opened in browsers, kept here as public
 * keys, signatures and wrapped or sealed secrets.
 */
export function create(deps: {
  database: Database;
  clock: Clock;
  names: Names;
  audit: AuditLog;
  organizations: OrganizationDirectory;
  events: Pick<DomainEventBus, "on">;
}) {
  const keys = createKeysService({
    database: deps.database,
    repo: createKeysRepo(deps.database.db),
    organizations: deps.organizations,
    names: deps.names,
    audit: deps.audit,
    clock: deps.clock,
  });
  deps.events.on("organization.personRemoved", (tx, e) =>
    keys.memberRemoved(tx, e.organizationId, e.userId),
  );
  return { keys };
}
export type KeysModule = ReturnType<typeof create>;

export function register(app: FastifyInstance, services: KeysModule & { actors: ActorResolver }) {
  registerKeyRoutes(app, services);
}
