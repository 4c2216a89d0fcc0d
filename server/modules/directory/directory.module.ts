import type { FastifyInstance } from "fastify";
import type { Db } from "../../db/client.ts";
import type { ActorResolver } from "../auth/actor.ts";
import { createDirectoryRepo } from "./directory.repo.ts";
import { type TermMatcher, createTermMatcher } from "../../../shared/search/index.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import { registerDirectoryRoutes } from "./directory.routes.ts";
import { createDirectoryService } from "./directory.service.ts";

export type { DiscoveryEntryRow } from "./directory.repo.ts";

/** The faceted directory of organisations, and the feed of its entries for discovery. */
export function create(deps: { db: Db; taxonomies: Pick<TaxonomiesService, "all"> }) {
  let matcher: Promise<TermMatcher> | null = null;
  const repo = createDirectoryRepo(
    deps.db,
    () => (matcher ??= deps.taxonomies.all().then((all) => createTermMatcher(all))),
  );
  return {
    directory: createDirectoryService({ repo }),
    /** What partner discovery reads of the directory: its entries, kept in step by version. */
    directoryFeed: {
      currentVersion: repo.currentVersion,
      discoveryChangesSince: repo.discoveryChangesSince,
    },
  };
}
export type DirectoryModule = ReturnType<typeof create>;
export type DirectoryFeed = DirectoryModule["directoryFeed"];

export function register(
  app: FastifyInstance,
  services: Pick<DirectoryModule, "directory"> & { actors: ActorResolver },
) {
  registerDirectoryRoutes(app, services);
}
