import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import type { ActorResolver } from "../auth/actor.ts";
import type { CoalitionDirectory, CoalitionsModule } from "../coalitions/coalitions.module.ts";
import type { DirectoryFeed } from "../directory/directory.module.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import { createDiscoveryRepo } from "./discovery.repo.ts";
import { registerDiscoveryRoutes } from "./discovery.routes.ts";
import { createDiscoveryService } from "./discovery.service.ts";
import { createDiscoverySources } from "./discovery.sources.ts";
import { registerNetworkRoutes } from "./network.routes.ts";
import { createNetworkService } from "./network.service.ts";

/** Partner discovery and the network of shared coalitions. */
export function create(deps: {
  database: Database;
  clock: Clock;
  directory: DirectoryFeed;
  organizations: OrganizationDirectory;
  coalitions: CoalitionDirectory;
  membership: Pick<CoalitionsModule["membership"], "invite">;
  taxonomies: TaxonomiesService;
}) {
  const { database, clock, organizations, coalitions, membership, taxonomies } = deps;
  const sources = createDiscoverySources(deps);
  return {
    discovery: createDiscoveryService({
      database,
      repo: createDiscoveryRepo(database.db),
      sources,
      organizations,
      coalitions,
      membership,
      taxonomies,
      clock,
    }),
    network: createNetworkService({ sources, organizations, taxonomies }),
    discoverySources: sources,
  };
}
export type DiscoveryModule = ReturnType<typeof create>;

export function register(
  app: FastifyInstance,
  services: Pick<DiscoveryModule, "discovery" | "network"> & { actors: ActorResolver },
) {
  registerDiscoveryRoutes(app, services);
  registerNetworkRoutes(app, services);
}
