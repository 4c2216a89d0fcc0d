import type { z } from "zod";
import {
  type DiscoveryWeights,
  type Match,
  type MatchResult,
  type Need,
  type Requester,
  type SavedNeed,
  type SuggestionResult,
  type Team,
  defaultWeights,
  type MatchQuery,
  type SavedNeedInput,
  type SavedNeedUpdate,
  type SuggestionQuery,
  type TeamInvitation,
  type TeamQuery,
} from "../../../shared/discovery.ts";
import {
  type CandidateProfile,
  type RequesterSide,
  type TermStats,
  prepareNeed,
  rankCandidates,
} from "../../../shared/discovery/score.ts";
import { suggestCapacities } from "../../../shared/discovery/suggest.ts";
import { type Element, buildTeam } from "../../../shared/discovery/team.ts";
import type { Vocabulary } from "../../../shared/taxonomies.ts";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Forbidden, Invalid, NotFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import type { Actor } from "../auth/actor.ts";
import type { CoalitionsService } from "../coalitions/coalitions.service.ts";
import type { MembershipService } from "../coalitions/membership.service.ts";
import type { OrganizationsRepo } from "../organizations/organizations.repo.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import type { DiscoveryRepo, NeedRow, Summary } from "./discovery.repo.ts";

type Resolved = {
  side: RequesterSide;
  /** Organisations through which shared coalitions count (the searcher sees their members). */
  through: string[];
  except: string | null;
  name: string;
  memberOf: Set<string>;
};

const pendingOrInside = new Set(["invited", "applied", "active", "suspended"]);
const insideStatuses = new Set(["active", "suspended"]);
const signedInMay = (v: string | undefined) => v === "public" || v === "signed_in";

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
 * Partner discovery for a signed-in person searching on behalf of one of their
 * organisations or a coalition they are inside. Candidates are scored as the searcher may
 * see them (see DiscoveryIndex); the requester side is likewise described only by what the
 * searcher may read of it.
 */
export function createDiscoveryService(deps: {
  database: Database;
  repo: DiscoveryRepo;
  organizationsRepo: OrganizationsRepo;
  coalitions: CoalitionsService;
  membership: MembershipService;
  taxonomies: TaxonomiesService;
  clock: Clock;
}) {
  const { repo, taxonomies } = deps;
  let taxonomyMaps: Promise<Pick<TermStats, "issueParent" | "countryRegion">> | null = null;
  const maps = () =>
    (taxonomyMaps ??= taxonomies.all().then((all) => ({
      issueParent: new Map(
        (all.issue ?? []).filter((t) => t.parent).map((t) => [t.key, t.parent as string]),
      ),
      countryRegion: new Map(
        (all.country ?? []).filter((t) => t.region).map((t) => [t.key, t.region as string]),
      ),
    })));

  async function checkKeys(lists: Partial<Record<ListField, readonly string[]>>, at: string) {
    const problems: { field: string; message: string }[] = [];
    for (const [field, vocabulary] of needVocabularies) {
      const values = lists[field];
      if (!values?.length) continue;
      const unknown = await taxonomies.unknownKeys(vocabulary, values);
      if (unknown.length) {
        problems.push({ field: `${at}.${field}`, message: `unknown: ${unknown.join(", ")}` });
      }
    }
    if (problems.length) throw new Invalid("Some terms of the need are not known.", problems);
  }

  async function resolve(actor: Actor, requester: Requester): Promise<Resolved> {
    const memberOf = await repo.organizationsOf(actor.userId);
    if ("organizationId" in requester) {
      const id = requester.organizationId;
      if (!memberOf.has(id)) {
        const org = await deps.organizationsRepo.findById(id);
        if (!org || org.hiddenFromDirectory) throw new NotFound("No such organisation.");
        throw new Forbidden("Only members of an organisation search for partners on its behalf.");
      }
      const [own] = await repo.profilesOf([id]);
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
    const standing = await deps.coalitions.standing(actor, id);
    if (!standing.inside) {
      throw new Forbidden("Only organisations inside a coalition search on its behalf.");
    }
    const members = await repo.coalitionMembers(id);
    const active = members.filter((m) => m.status === "active").map((m) => m.organizationId);
    const profiles = await repo.profilesOf(active);
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
      through: standing.memberships
        .filter((m) => insideStatuses.has(m.status))
        .map((m) => m.organizationId),
      except: id,
      name: standing.coalition.name,
      memberOf,
    };
  }

  async function prepare(
    actor: Actor,
    query: { need: Need; requester: Requester; weights?: Partial<DiscoveryWeights> },
  ) {
    await checkKeys(query.need, "body.need");
    const weights = { ...defaultWeights, ...query.weights };
    const [resolved, index, taxonomy] = await Promise.all([
      resolve(actor, query.requester),
      repo.index(),
      maps(),
    ]);
    const shared = await repo.sharedCoalitions(resolved.through, resolved.except);
    const stats = index.stats(taxonomy);
    const prepared = prepareNeed(query.need, resolved.side, stats, weights);
    const candidates = () => index.candidates(resolved.memberOf, shared);
    return { resolved, index, prepared, candidates, weights };
  }

  const organizationOf = (s: Summary): Match["organization"] => ({
    id: s.id,
    name: s.name,
    acronym: s.acronym,
    types: s.types,
    level: s.level,
    headquartersCountry: s.headquartersCountry,
    verified: s.verified,
  });

  async function suggestions(
    actor: Actor,
    query: z.output<typeof SuggestionQuery>,
  ): Promise<SuggestionResult> {
    await checkKeys(query, "body");
    const [index, taxonomy, memberships, resolved] = await Promise.all([
      repo.index(),
      maps(),
      repo.visibleMemberships(actor.userId),
      query.requester ? resolve(actor, query.requester) : null,
    ]);
    const memberOf = resolved?.memberOf ?? (await repo.organizationsOf(actor.userId));
    const coalitions = new Map<string, string[]>();
    for (const m of memberships) {
      const list = coalitions.get(m.coalition_id) ?? [];
      list.push(m.organization_id);
      coalitions.set(m.coalition_id, list);
    }
    return suggestCapacities({
      issues: query.issues,
      countries: query.countries,
      regions: query.regions,
      candidates: index.views(memberOf),
      coalitions: [...coalitions.values()],
      held: resolved?.side.capacities ?? new Set(),
      taxonomy,
    });
  }

  function needRequester(row: NeedRow): Requester {
    return row.organizationId
      ? { organizationId: row.organizationId }
      : { coalitionId: row.coalitionId as string };
  }

  async function presentNeed(actor: Actor, row: NeedRow): Promise<SavedNeed> {
    const resolved = await resolve(actor, needRequester(row));
    return {
      id: row.id,
      title: row.title,
      need: row.need,
      requester: needRequester(row),
      requesterName: resolved.name,
      weights: row.weights,
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      canEdit: true,
    };
  }

  /** A saved need, to anyone who may search for its requester; others get 404. */
  async function readableNeed(actor: Actor, id: string): Promise<NeedRow> {
    const row = await repo.findNeed(id);
    if (!row) throw new NotFound("No such saved need.");
    try {
      await resolve(actor, needRequester(row));
    } catch (error) {
      if (error instanceof Forbidden || error instanceof NotFound) {
        throw new NotFound("No such saved need.");
      }
      throw error;
    }
    return row;
  }

  return {
    async matches(actor: Actor, query: z.output<typeof MatchQuery>): Promise<MatchResult> {
      const { resolved, prepared, candidates, weights } = await prepare(actor, query);
      const ranked = rankCandidates(prepared, candidates(), query.limit);
      const summaries = await repo.summaries(ranked.items.map((r) => r.id));
      const items: Match[] = [];
      for (const r of ranked.items) {
        const summary = summaries.get(r.id);
        if (!summary) continue;
        items.push({
          organization: organizationOf(summary),
          score: r.score,
          parts: r.parts,
          points: r.points,
          reasons: r.reasons,
        });
      }
      return {
        items,
        considered: ranked.considered,
        weights,
        requester: {
          capacities: [...resolved.side.capacities].sort(),
          types: [...resolved.side.types].sort(),
          countries: [...resolved.side.countries].sort(),
        },
      };
    },

    async team(actor: Actor, query: z.output<typeof TeamQuery>): Promise<Team> {
      const { index, prepared, candidates, resolved } = await prepare(actor, query);
      const known = new Set(
        index.profiles(new Set(query.locked), resolved.memberOf).map((p) => p.id),
      );
      const unknown = query.locked.filter((id) => !known.has(id) || resolved.side.excluded.has(id));
      if (unknown.length) {
        throw new Invalid("A kept organisation cannot be part of this team.", [
          {
            field: "body.locked",
            message: `not an organisation discovery can suggest: ${unknown.join(", ")}`,
          },
        ]);
      }
      const plan = buildTeam(prepared, candidates(), {
        locked: query.locked,
        excluded: query.excluded,
      });
      const summaries = await repo.summaries(plan.members.map((m) => m.id));
      const split = (list: Element[]) => ({
        capacities: list.filter((e) => e.kind === "capacity").map((e) => e.key),
        places: list.filter((e) => e.kind === "place").map((e) => e.key),
      });
      const fromMask = (mask: number) => split(plan.elements.filter((_, i) => (mask >>> i) & 1));
      const coveredMask = plan.members.reduce((m, x) => m | x.mask, 0);
      return {
        members: plan.members.flatMap((m) => {
          const summary = summaries.get(m.id);
          if (!summary) return [];
          return [
            {
              organization: organizationOf(summary),
              locked: m.locked,
              brings: fromMask(m.mask),
              onlyOne: fromMask(m.onlyMask),
              localLeader: m.localLeader,
              score: m.score,
            },
          ];
        }),
        alreadyCovered: split(plan.alreadyCovered),
        covered: fromMask(coveredMask),
        uncovered: split(plan.uncoverable),
        frames: plan.frames,
      };
    },

    suggestions,

    /** "Partners for us" / "what this coalition is missing": a need from the requester. */
    async draft(actor: Actor, requester: Requester) {
      const resolved = await resolve(actor, requester);
      const profiles = await repo.profilesOf([...resolved.side.excluded]);
      const visible = profiles.filter(
        (p) => resolved.memberOf.has(p.id) || signedInMay(p.visibility.work),
      );
      const common = (pick: (p: (typeof profiles)[number]) => string[], max: number) => {
        const counts = new Map<string, number>();
        for (const p of visible) for (const k of pick(p)) counts.set(k, (counts.get(k) ?? 0) + 1);
        return [...counts.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, max)
          .map(([k]) => k);
      };
      const issues = common((p) => p.issues, 5);
      const countries = common((p) => p.countries, 3);
      const suggested = await suggestions(actor, {
        issues,
        countries,
        regions: [],
        requester,
      });
      const need: Need = {
        issues,
        countries,
        regions: [],
        capacities: suggested.items
          .filter((s) => !s.alreadyHeld)
          .slice(0, 4)
          .map((s) => s.capacity),
        languages: common((p) => p.workingLanguages, 3),
        languagesRequired: false,
        levels: [],
        includeTypes: [],
        excludeTypes: [],
        postures: [],
        posturesRequired: false,
      };
      return { need, requester, requesterName: resolved.name };
    },

    async listNeeds(actor: Actor, requester: Requester) {
      await resolve(actor, requester);
      const rows = await repo.needsOf(requester);
      return { items: await Promise.all(rows.map((row) => presentNeed(actor, row))) };
    },

    async getNeed(actor: Actor, id: string) {
      return presentNeed(actor, await readableNeed(actor, id));
    },

    async saveNeed(actor: Actor, input: z.output<typeof SavedNeedInput>) {
      await checkKeys(input.need, "body.need");
      await resolve(actor, input.requester);
      const now = deps.clock.now();
      const row: NeedRow = {
        id: newId(),
        organizationId: "organizationId" in input.requester ? input.requester.organizationId : null,
        coalitionId: "coalitionId" in input.requester ? input.requester.coalitionId : null,
        title: input.title,
        need: input.need,
        weights: input.weights ?? {},
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      };
      await deps.database.db.transaction((tx) => repo.insertNeed(tx, row));
      return presentNeed(actor, row);
    },

    async updateNeed(actor: Actor, id: string, input: z.output<typeof SavedNeedUpdate>) {
      const row = await readableNeed(actor, id);
      if (input.need) await checkKeys(input.need, "body.need");
      const set: Partial<NeedRow> = { updatedAt: deps.clock.now() };
      if (input.title !== undefined) set.title = input.title;
      if (input.need !== undefined) set.need = input.need;
      if (input.weights !== undefined) set.weights = input.weights;
      await deps.database.db.transaction((tx) => repo.updateNeed(tx, id, set));
      return presentNeed(actor, { ...row, ...set });
    },

    async deleteNeed(actor: Actor, id: string) {
      await readableNeed(actor, id);
      await deps.database.db.transaction((tx) => repo.deleteNeed(tx, id));
    },

    /**
     * Invites a team into a coalition the searcher convenes. Each invitation is the
     * coalition's own (same checks, same notifications); organisations already members or
     * invited are skipped and listed.
     */
    async inviteTeam(actor: Actor, input: z.output<typeof TeamInvitation>) {
      // Every check that could refuse comes before the first invitation is written.
      const standing = await deps.coalitions.standing(actor, input.coalitionId);
      if (!standing.convenes) {
        throw new Forbidden("Only representatives of the convener invite organisations.");
      }
      const found = await repo.summaries(input.organizationIds);
      const missing = input.organizationIds.filter((id) => !found.has(id));
      if (missing.length) {
        throw new Invalid("Some organisations do not exist.", [
          { field: "body.organizationIds", message: `unknown: ${missing.join(", ")}` },
        ]);
      }
      const invited: string[] = [];
      const skipped: string[] = [];
      for (const organizationId of input.organizationIds) {
        try {
          await deps.membership.invite(actor, input.coalitionId, {
            organizationId,
            role: "member",
          });
          invited.push(organizationId);
        } catch (error) {
          if (error instanceof Conflict) skipped.push(organizationId);
          else throw error;
        }
      }
      return { invited, skipped };
    },
  };
}
export type DiscoveryService = ReturnType<typeof createDiscoveryService>;

export type { CandidateProfile };
