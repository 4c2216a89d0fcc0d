import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Mailer } from "../../lib/mailer.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { People } from "../auth/auth.module.ts";
import { notifyOnEvents } from "./notifications.listeners.ts";
import { createNotificationsRepo } from "./notifications.repo.ts";
import { registerNotificationRoutes } from "./notifications.routes.ts";
import { type AudienceLookup, createNotificationsService } from "./notifications.service.ts";

/**
 * Notifications in the app and by email. They listen to the domain's events and never read
 * another module's tables: each audience is asked of the module that knows it.
 */
export function create(deps: {
  database: Database;
  mailer: Mailer;
  clock: Clock;
  publicUrl: string;
  events: DomainEventBus;
  audiences: AudienceLookup;
  people: Pick<People, "contacts">;
}) {
  const notifications = createNotificationsService({
    ...deps,
    repo: createNotificationsRepo(deps.database.db),
  });
  notifyOnEvents(deps.events, notifications, deps.clock);
  return { notifications };
}
export type NotificationsModule = ReturnType<typeof create>;

export function register(
  app: FastifyInstance,
  services: NotificationsModule & { actors: ActorResolver },
) {
  registerNotificationRoutes(app, services);
}
