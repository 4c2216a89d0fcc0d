import type { FastifyInstance } from "fastify";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { Names } from "../../lib/names.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { People } from "../auth/auth.module.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { ProposalDirectory } from "../proposals/proposals.module.ts";
import { createActionItemsRepo } from "./action-items.repo.ts";
import { registerActionItemRoutes } from "./action-items.routes.ts";
import { createActionItemsService } from "./action-items.service.ts";
import { createCalendarRepo } from "./calendar.repo.ts";
import { registerCalendarRoutes } from "./calendar.routes.ts";
import { type CoalitionActivities, createCalendarService } from "./calendar.service.ts";
import { createMeetingsRepo } from "./meetings.repo.ts";
import { registerMeetingRoutes } from "./meetings.routes.ts";
import { createMeetingsService } from "./meetings.service.ts";

/** Meetings, action items and the calendar feed of a coalition. */
export function create(deps: {
  database: Database;
  config: Pick<Config, "publicUrl">;
  clock: Clock;
  events: DomainEventBus;
  coalitions: CoalitionDirectory;
  proposals: Pick<ProposalDirectory, "coalitionsOf">;
  names: Names;
  people: Pick<People, "actor">;
  /** The coalition's campaign activities, for its calendar feed. */
  campaignActivities?: CoalitionActivities;
}) {
  const { database, clock, events, coalitions, proposals, names, people } = deps;
  const { publicUrl } = deps.config;
  const repo = createMeetingsRepo(database.db);
  const actionItemsRepo = createActionItemsRepo(database.db);
  return {
    meetings: createMeetingsService({
      database,
      repo,
      actionItemsRepo,
      coalitions,
      proposals,
      names,
      clock,
      publicUrl,
      events,
    }),
    actionItems: createActionItemsService({
      database,
      repo: actionItemsRepo,
      meetingsRepo: repo,
      coalitions,
      names,
      clock,
      events,
    }),
    calendar: createCalendarService({
      repo: createCalendarRepo(database.db),
      meetingsRepo: repo,
      actionItemsRepo,
      coalitions,
      people,
      names,
      clock,
      publicUrl,
      ...(deps.campaignActivities ? { campaignActivities: deps.campaignActivities } : {}),
    }),
    /** For a module that makes an action item in its own transaction (a risk mitigation). */
    actionItemDirectory: { insert: actionItemsRepo.insert },
  };
}
export type MeetingsModule = ReturnType<typeof create>;
export type ActionItemDirectory = MeetingsModule["actionItemDirectory"];

export function register(
  app: FastifyInstance,
  services: MeetingsModule & { actors: ActorResolver },
) {
  registerMeetingRoutes(app, services);
  registerActionItemRoutes(app, services);
  registerCalendarRoutes(app, services);
}
