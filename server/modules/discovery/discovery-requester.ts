import { type Visibility, seesGroup } from "../../../shared/policy/index.ts";
import type { Need, Requester } from "../../../shared/discovery.ts";
import type { RequesterSide } from "../../../shared/discovery/types.ts";
import type { Vocabulary } from "../../../shared/taxonomies.ts";
import { Invalid, NotFound } from "../../lib/errors.ts";
import { requireActingFor } from "./act-for.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionDirectory } from "../coalitions/coalitions.module.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import type { DiscoverySources } from "./discovery.sources.ts";
import { taxonomyMapsOf } from "./taxonomy-maps.ts";
import { isInsideMembership } from "../../../shared/policy/index.ts";
import { isHumanitarianRegion } from "../../../shared/humanitarian-regions.ts";

export type Resolved = {
  side: RequesterSide;
  /** Organisations through which shared coalitions count (the searcher sees their members). */
  through: string[];
  except: string | null;
  name: string;
  memberOf: Set<string>;
};

const pendingOrInside = new Set(["invited", "applied", "active", "suspended"]);
/** What any signed-in searcher may read, as the profile policy says. */
export const signedInMay = (v: string | undefined) =>
  v !== undefined && seesGroup("signed_in", v as Visibility);

/** Which taxonomy each list of a need draws from, for refusing unknown keys. */
type ListField = Exclude<keyof Need, "languagesRequired" | "posturesRequired">;
const needVocabularies: [ListField, Vocabulary][] = [
  ["issues", "issue"],
  ["capacities", "capacity"],
  ["countries", "country"],
  ["regions", "region"],
  ["languages", "language"],
  ["levels", "level"],
  ["includeTypes", "org_type"],
  ["excludeTypes", "org_type"],
  ["postures", "posture"],
];

/**
 * The requester side of discovery: who may search on behalf of which organisation or
 * coalition, what that requester holds as the searcher may read it, which need terms are
 * known, and the taxonomy maps scoring draws on.
 */
export function createDiscoveryRequester(deps: {
  sources: DiscoverySources;
  organizations: Pick<OrganizationDirectory, "find" | "roleOf">;
  coalitions: Pick<CoalitionDirectory, "authorize">;
  taxonomies: TaxonomiesService;
}) {
  const { sources, taxonomies } = deps;
  const maps = taxonomyMapsOf(taxonomies);

  async function checkKeys(lists: Partial<Record<ListField, readonly string[]>>, at: string) {
    const problems: { field: string; message: string }[] = [];
    for (const [field, vocabulary] of needVocabularies) {
      const values = lists[field];
      if (!values?.length) continue;
      // A need's regions may be UN M49 regions or humanitarian groupings.
      const asked = field === "regions" ? values.filter((v) => !isHumanitarianRegion(v)) : values;
      const unknown = await taxonomies.unknownKeys(vocabulary, asked);
      if (unknown.length) {
        problems.push({ field: `${at}.${field}`, message: `unknown: ${unknown.join(", ")}` });
      }
    }
    if (problems.length) throw new Invalid("Some terms of the need are not known.", problems);
  }

  async function resolve(actor: Actor, requester: Requester): Promise<Resolved> {
    const memberOf = await sources.organizationsOf(actor.userId);
    if ("organizationId" in requester) {
      const id = requester.organizationId;
      await requireActingFor(deps.organizations, actor, id);
      const [own] = await sources.profilesOf([id]);
      if (!own) throw new NotFound("No such organisation.");
      return {
        side: {
          capacities: new Set(own.capacities),
          types: new Set(own.types),
          countries: new Set(own.countries),
          excluded: new Set([id]),
        },
        through: [id],
        except: null,
        name: own.name,
        memberOf,
      };
    }
    const id = requester.coalitionId;
    const { coalition, standing } = await deps.coalitions.authorize(
      actor,
      id,
      { unknown: "No such coalition." },
      "partners.search",
    );
    const members = await sources.coalitionMembers(id);
    const active = members.filter((m) => m.status === "active").map((m) => m.organizationId);
    const profiles = await sources.profilesOf(active);
    const capacities = new Set<string>();
    const countries = new Set<string>();
    const types = new Set<string>();
    for (const p of profiles) {
      p.types.forEach((t) => types.add(t));
      // What a member shows only to its own people does not describe the coalition here.
      if (memberOf.has(p.id) || signedInMay(p.visibility.work)) {
        p.capacities.forEach((c) => capacities.add(c));
        p.countries.forEach((c) => countries.add(c));
      }
    }
    return {
      side: {
        capacities,
        types,
        countries,
        excluded: new Set(
          members.filter((m) => pendingOrInside.has(m.status)).map((m) => m.organizationId),
        ),
      },
      through: standing.organizations
        .filter((o) => isInsideMembership(o.membership))
        .map((o) => o.organizationId),
      except: id,
      name: coalition.name,
      memberOf,
    };
  }

  return { maps, checkKeys, resolve };
}
export type DiscoveryRequester = ReturnType<typeof createDiscoveryRequester>;
