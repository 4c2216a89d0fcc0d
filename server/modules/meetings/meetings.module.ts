import type { FastifyInstance } from "fastify";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { NotificationsService } from "../notifications/notifications.service.ts";
import { createActionItemsRepo } from "./action-items.repo.ts";
import { registerActionItemRoutes } from "./action-items.routes.ts";
import { createActionItemsService } from "./action-items.service.ts";
import { createCalendarRepo } from "./calendar.repo.ts";
import { registerCalendarRoutes } from "./calendar.routes.ts";
import { createCalendarService } from "./calendar.service.ts";
import type { CoalitionsRepo } from "../coalitions/coalitions.repo.ts";
import type { CoalitionsService } from "../coalitions/coalitions.service.ts";
import { createMeetingAccess } from "./meetings.access.ts";
import { createMeetingsRepo } from "./meetings.repo.ts";
import { registerMeetingRoutes } from "./meetings.routes.ts";
import { createMeetingsService } from "./meetings.service.ts";

/** Meetings, action items and the calendar feed, built together: they share one access rule. */
export function create(deps: {
  database: Database;
  config: Pick<Config, "publicUrl">;
  coalitionsRepo: CoalitionsRepo;
  coalitions: CoalitionsService;
  clock: Clock;
  notifications: NotificationsService;
}) {
  const { database, coalitionsRepo, coalitions, clock, notifications } = deps;
  const { publicUrl } = deps.config;
  const repo = createMeetingsRepo(database.db);
  const actionItemsRepo = createActionItemsRepo(database.db);
  const access = createMeetingAccess({ coalitions, repo });
  return {
    meetings: createMeetingsService({
      database,
      repo,
      actionItemsRepo,
      coalitionsRepo,
      access,
      clock,
      publicUrl,
      notifications,
    }),
    actionItems: createActionItemsService({
      database,
      repo: actionItemsRepo,
      meetingsRepo: repo,
      coalitionsRepo,
      access,
      clock,
    }),
    calendar: createCalendarService({
      repo: createCalendarRepo(database.db),
      meetingsRepo: repo,
      actionItemsRepo,
      access,
      clock,
      publicUrl,
    }),
  };
}

export function register(
  app: FastifyInstance,
  services: ReturnType<typeof create> & { actors: ActorResolver },
) {
  registerMeetingRoutes(app, services);
  registerActionItemRoutes(app, services);
  registerCalendarRoutes(app, services);
}
