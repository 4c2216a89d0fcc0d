import { changesOf } from "../../lib/versioned-index.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { DirectoryFeed } from "../directory/directory.module.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import { DiscoveryIndex } from "./discovery-index.ts";

export type { OrganizationSummary as Summary } from "../organizations/organizations.module.ts";

/**
 * What discovery reads from the modules that own it: the directory's entries (kept in memory
 * as the candidate index), organisations' profiles and names, and coalitions' memberships.
 */
export function createDiscoverySources(deps: {
  directory: DirectoryFeed;
  organizations: Pick<OrganizationDirectory, "membershipsOf" | "profilesOf" | "summaries">;
  coalitions: Pick<CoalitionDirectory, "members" | "sharedCoalitionCounts" | "visibleMemberships">;
}) {
  const { directory, organizations, coalitions } = deps;
  const index = new DiscoveryIndex(async (since) =>
    changesOf(await directory.discoveryChangesSince(since), since),
  );

  /** The organisations this user belongs to. */
  const organizationsOf = async (userId: string) =>
    new Set((await organizations.membershipsOf(userId)).map((o) => o.organizationId));

  return {
    /** The in-memory candidates, brought up to the database's current version first. */
    async index(): Promise<DiscoveryIndex> {
      await index.catchUp(await directory.currentVersion());
      return index;
    },
    organizationsOf,
    profilesOf: organizations.profilesOf,
    summaries: organizations.summaries,
    /** A coalition's organisations by status. */
    coalitionMembers: (coalitionId: string) => coalitions.members(coalitionId),
    sharedCoalitions: coalitions.sharedCoalitionCounts,
    /** Active memberships the user may see, through their organisations. */
    visibleMemberships: async (userId: string) =>
      coalitions.visibleMemberships([...(await organizationsOf(userId))]),
  };
}
export type DiscoverySources = ReturnType<typeof createDiscoverySources>;
