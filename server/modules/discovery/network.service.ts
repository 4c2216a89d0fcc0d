import type { z } from "zod";
import { isHumanitarianRegion } from "../../../shared/humanitarian-regions.ts";
import { countryInRegion } from "../../../shared/discovery/places.ts";
import type { Network, NetworkQuery } from "../../../shared/discovery.ts";
import type { CandidateProfile } from "../../../shared/discovery/types.ts";
import { Invalid } from "../../lib/errors.ts";
import { requireActingFor } from "./act-for.ts";
import type { Actor } from "../auth/actor.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import type { DiscoverySources } from "./discovery.sources.ts";
import { type TaxonomyMaps, taxonomyMapsOf } from "./taxonomy-maps.ts";
import { buildGraph } from "./network-graph.ts";

/** Does the profile, as the searcher sees it, work on `issue` or one of its narrower terms? */
export function worksOn(
  profile: CandidateProfile,
  issue: string,
  parents: TaxonomyMaps["issueParent"],
) {
  for (const own of profile.issues) {
    // Walk up from the organisation's term; the guard stops a malformed cycle.
    let term: string | undefined = own;
    for (let depth = 0; term && depth < 16; depth++) {
      if (term === issue) return true;
      term = parents.get(term);
    }
  }
  return false;
}

/** Does the profile list the region, or a country in it? */
export function worksIn(
  profile: CandidateProfile,
  region: string,
  regions: TaxonomyMaps["countryRegion"],
) {
  return (
    profile.regions.includes(region) ||
    profile.countries.some((c) => countryInRegion(c, region, regions))
  );
}

/**
 * The network of organisations linked by the coalitions they share, as one signed-in person
 * may see it. Links come only from `visibleMemberships` (secret and unlisted coalitions only
 * to those inside; members who asked not to be named only to those inside), nodes only from
 * the discovery index (discoverable, not hidden), and the issue and region filters read the
 * profiles as the searcher sees them, so nothing shown to members only steers the picture.
 */
export function createNetworkService(deps: {
  sources: DiscoverySources;
  organizations: Pick<OrganizationDirectory, "find" | "roleOf">;
  taxonomies: TaxonomiesService;
}) {
  const { sources, taxonomies } = deps;
  const maps = taxonomyMapsOf(taxonomies);

  async function checkFilters(query: z.output<typeof NetworkQuery>) {
    const problems: { field: string; message: string }[] = [];
    for (const [field, vocabulary] of [
      ["issue", "issue"],
      ["region", "region"],
    ] as const) {
      const value = query[field];
      if (field === "region" && value && isHumanitarianRegion(value)) continue;
      if (value && (await taxonomies.unknownKeys(vocabulary, [value])).length) {
        problems.push({ field: `querystring.${field}`, message: `unknown: ${value}` });
      }
    }
    if (problems.length) throw new Invalid("Some filters are not known terms.", problems);
  }

  return {
    async network(actor: Actor, query: z.output<typeof NetworkQuery>): Promise<Network> {
      await checkFilters(query);
      const memberOf = await sources.organizationsOf(actor.userId);
      if (query.organizationId) {
        await requireActingFor(deps.organizations, actor, query.organizationId);
      }
      const [index, taxonomy, memberships] = await Promise.all([
        sources.index(),
        maps(),
        sources.visibleMemberships(actor.userId),
      ]);

      const coalitions = new Map<string, string[]>();
      const linked = new Set<string>();
      for (const m of memberships) {
        const list = coalitions.get(m.coalition_id) ?? [];
        list.push(m.organization_id);
        coalitions.set(m.coalition_id, list);
        linked.add(m.organization_id);
      }

      // One pass over the index: organisations in a visible membership, and my own, that are
      // discoverable, as I may see them.
      const profiles = new Map<string, CandidateProfile>();
      for (const profile of index.views(memberOf)) {
        if (!linked.has(profile.id) && !memberOf.has(profile.id)) continue;
        // My own organisations stay on the picture whatever the filters, to show where I am.
        if (!memberOf.has(profile.id)) {
          if (query.issue && !worksOn(profile, query.issue, taxonomy.issueParent)) continue;
          if (query.region && !worksIn(profile, query.region, taxonomy.countryRegion)) continue;
        }
        profiles.set(profile.id, profile);
      }

      const graph = buildGraph({
        nodes: [...profiles.keys()],
        coalitions: [...coalitions.values()],
        keep: new Set([...memberOf].filter((id) => profiles.has(id))),
        centre: query.organizationId ?? null,
        limit: query.limit,
      });
      const summaries = await sources.summaries(graph.nodes.map((n) => n.id));
      const nodes: Network["nodes"] = [];
      for (const node of graph.nodes) {
        const summary = summaries.get(node.id);
        const profile = profiles.get(node.id);
        if (!summary || !profile) continue;
        nodes.push({
          id: node.id,
          name: summary.name,
          types: [...profile.types],
          level: profile.level,
          betweenness: node.betweenness,
          bridge: node.bridge,
          mine: memberOf.has(node.id),
          coalitions: node.coalitions,
        });
      }
      return {
        nodes,
        edges: graph.edges,
        coalitions: graph.coalitions,
        truncated: graph.truncated,
      };
    },
  };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
