import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/client.ts";
import type { DomainEventBus } from "../../events.ts";
import type { Clock } from "../../lib/clock.ts";
import type { ActorResolver } from "../auth/actor.ts";
import { type NamesOf, createCoalitionPresenter } from "./coalitions.presenter.ts";
import { createCoalitionsRepo } from "./coalitions.repo.ts";
import { registerCoalitionRoutes } from "./coalitions.routes.ts";
import { createCoalitionsService } from "./coalitions.service.ts";
import { carryOutDecisions } from "./membership.decisions.ts";
import { type OrganizationFacts, createMembershipService } from "./membership.service.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import { charterTermsChecker } from "./charter-terms.ts";
import { type MembershipRows, type MembershipsOf, createStandingReader } from "./standing.ts";

/**
 * Coalitions: charters and membership, and the one place that reads where a person stands
 * in a coalition. The other coalition sub-domains (proposals, meetings, discussions) and
 * notifications use it through `directory`, never through its tables.
 */
export function create(deps: {
  database: Database;
  clock: Clock;
  events: DomainEventBus;
  organizations: OrganizationFacts & {
    membershipsOf: MembershipsOf;
    membershipRows: MembershipRows;
    namesOf: NamesOf;
  };
  taxonomies: Pick<TaxonomiesService, "unknownKeys">;
}) {
  const { database, clock, events, organizations } = deps;
  const repo = createCoalitionsRepo(database.db);
  const standing = createStandingReader({
    repo,
    membershipRows: organizations.membershipRows,
  });
  const presenter = createCoalitionPresenter({ repo, namesOf: organizations.namesOf });
  carryOutDecisions(events, repo);
  const checkCharterTerms = charterTermsChecker(deps.taxonomies);
  return {
    coalitions: createCoalitionsService({
      database,
      repo,
      standing,
      presenter,
      membershipsOf: organizations.membershipsOf,
      organizations,
      checkCharterTerms,
    }),
    membership: createMembershipService({
      database,
      repo,
      standing,
      presenter,
      organizations,
      events,
      clock,
    }),
    /** What other modules may ask of coalitions. */
    coalitionDirectory: {
      load: standing.load,
      authorize: standing.authorize,
      /** A charter proposed for adoption names only known scope terms. */
      checkCharterTerms,
      charterInForce: repo.charterInForce,
      members: repo.members,
      member: repo.member,
      eligibleIds: repo.eligibleIds,
      convenerSideIds: repo.convenerSideIds,
      representativeUserIds: repo.representativeUserIds,
      sharedCoalitionCounts: repo.sharedCoalitionCounts,
      visibleMemberships: repo.visibleMemberships,
      /** How a person's organisations are linked to coalitions (inside or pending). */
      linksOfOrganizations: repo.linksOfOrganizations,
      /** Serialises membership changes of one coalition while the caller's change is made. */
      lockMembership: async (...args: Parameters<typeof repo.lock>) => {
        await repo.lock(...args);
      },
    },
  };
}
export type CoalitionsModule = ReturnType<typeof create>;
/** The narrow view of coalitions that other modules depend on. */
export type CoalitionDirectory = CoalitionsModule["coalitionDirectory"];
export type { InCoalition, MembershipsOf } from "./standing.ts";
export type { NamesOf } from "./coalitions.presenter.ts";
export type { OrganizationFacts } from "./membership.service.ts";

export function register(
  app: FastifyInstance,
  services: Pick<CoalitionsModule, "coalitions" | "membership"> & { actors: ActorResolver },
) {
  registerCoalitionRoutes(app, services);
}
