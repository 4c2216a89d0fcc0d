import type { z } from "zod";
import {
  type DiscoveryWeights,
  type Match,
  type MatchResult,
  type Need,
  type NeedDraft,
  type Requester,
  type SuggestionResult,
  type Team,
  defaultWeights,
  emptyNeed,
  type MatchQuery,
  type SuggestionQuery,
  type TeamInvitation,
  type TeamQuery,
  type TextList,
} from "../../../shared/discovery.ts";
import { charterScopeOf, coalitionGaps } from "../../../shared/discovery/gaps.ts";
import { prepareNeed } from "../../../shared/discovery/need.ts";
import { rankCandidates } from "../../../shared/discovery/score.ts";
import { suggestCapacities } from "../../../shared/discovery/suggest.ts";
import { type Element, buildTeam } from "../../../shared/discovery/team.ts";
import type { Database } from "../../db/client.ts";
import type { Clock } from "../../lib/clock.ts";
import { Conflict, Invalid } from "../../lib/errors.ts";
import type { Actor } from "../auth/actor.ts";
import { canOnOrganization } from "../../../shared/policy/index.ts";
import type { CoalitionDirectory, CoalitionsModule } from "../coalitions/coalitions.module.ts";
import type { OrganizationDirectory } from "../organizations/organizations.module.ts";
import type { TaxonomiesService } from "../taxonomies/taxonomies.service.ts";
import { createDiscoveryRequester, signedInMay } from "./discovery-requester.ts";
import type { DiscoveryRepo } from "./discovery.repo.ts";
import type { DiscoverySources, Summary } from "./discovery.sources.ts";
import { createSavedNeedsService } from "./saved-needs.service.ts";
import { type TermMatcher, createTermMatcher } from "../../../shared/search/index.ts";
import { listsNamedIn } from "../../../shared/discovery/need-from-text.ts";

/**
 * Partner discovery for a signed-in person searching on behalf of one of their
 * organisations or a coalition they are inside. Candidates are scored as the searcher may
 * see them (see DiscoveryIndex); the requester side is likewise described only by what the
 * searcher may read of it.
 */
export function createDiscoveryService(deps: {
  database: Database;
  repo: DiscoveryRepo;
  sources: DiscoverySources;
  coalitions: Pick<CoalitionDirectory, "authorize" | "charterInForce">;
  membership: Pick<CoalitionsModule["membership"], "invite">;
  organizations: Pick<OrganizationDirectory, "find" | "roleOf">;
  taxonomies: TaxonomiesService;
  clock: Clock;
}) {
  const { repo, sources } = deps;
  const requesters = createDiscoveryRequester(deps);
  const { maps, checkKeys, resolve } = requesters;
  let termMatcher: Promise<TermMatcher> | null = null;
  const terms = () => (termMatcher ??= deps.taxonomies.all().then(createTermMatcher));
  const needs = createSavedNeedsService({
    database: deps.database,
    repo,
    requesters,
    clock: deps.clock,
  });

  async function prepare(
    actor: Actor,
    query: { need: Need; requester: Requester; weights?: Partial<DiscoveryWeights> },
  ) {
    await checkKeys(query.need, "body.need");
    const weights = { ...defaultWeights, ...query.weights };
    const [resolved, index, taxonomy] = await Promise.all([
      resolve(actor, query.requester),
      sources.index(),
      maps(),
    ]);
    const shared = await sources.sharedCoalitions(resolved.through, resolved.except);
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
      sources.index(),
      maps(),
      sources.visibleMemberships(actor.userId),
      query.requester ? resolve(actor, query.requester) : null,
    ]);
    const memberOf = resolved?.memberOf ?? (await sources.organizationsOf(actor.userId));
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

  /**
   * "Partners for us": a need from the organisation's own profile. "What this coalition is
   * missing": a need from the coalition's charter scope (shared/discovery/gaps.ts), never
   * from its members' other work; empty, and saying so, while the charter names no scope.
   */
  async function draftFor(actor: Actor, requester: Requester): Promise<Omit<NeedDraft, "named">> {
    const resolved = await resolve(actor, requester);
    const profiles = await sources.profilesOf([...resolved.side.excluded]);
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
    const empty = emptyNeed();
    if ("coalitionId" in requester) {
      const charter = await deps.coalitions.charterInForce(requester.coalitionId);
      const scope = charterScopeOf(charter?.scopeTerms);
      if (!scope) {
        return { need: empty, requester, requesterName: resolved.name, charterScope: "unset" };
      }
      const [index, taxonomy] = await Promise.all([sources.index(), maps()]);
      const gaps = coalitionGaps(
        scope,
        [{ capacities: [...resolved.side.capacities] }],
        index.views(resolved.memberOf),
        taxonomy,
      );
      const need: Need = {
        ...empty,
        issues: gaps.issues,
        countries: gaps.countries,
        regions: gaps.regions,
        capacities: gaps.capacities.slice(0, 6).map((g) => g.capacity),
        languages: common((p) => p.workingLanguages, 3),
      };
      return { need, requester, requesterName: resolved.name, charterScope: "set" };
    }
    const issues = common((p) => p.issues, 5);
    const countries = common((p) => p.countries, 3);
    const suggested = await suggestions(actor, {
      issues,
      countries,
      regions: [],
      requester,
    });
    const need: Need = {
      ...empty,
      issues,
      countries,
      capacities: suggested.items
        .filter((s) => !s.alreadyHeld)
        .slice(0, 4)
        .map((s) => s.capacity),
      languages: common((p) => p.workingLanguages, 3),
    };
    return { need, requester, requesterName: resolved.name, charterScope: null };
  }

  return {
    /**
     * Loads the in-memory index (seconds for 100,000 organisations) so the first search
     * after a start does not wait for it; the app calls it once it is listening.
     */
    async warm(): Promise<number> {
      return (await sources.index()).size;
    },

    async matches(actor: Actor, query: z.output<typeof MatchQuery>): Promise<MatchResult> {
      const { resolved, prepared, candidates, weights } = await prepare(actor, query);
      const ranked = rankCandidates(prepared, candidates(), query.limit);
      const summaries = await sources.summaries(ranked.items.map((r) => r.id));
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
      const summaries = await sources.summaries(plan.members.map((m) => m.id));
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
              fit: m.fit,
            },
          ];
        }),
        alreadyCovered: split(plan.alreadyCovered),
        covered: fromMask(coveredMask),
        uncovered: split(plan.uncoverable),
        weak: split(plan.weak),
        frames: plan.frames,
      };
    },

    suggestions,

    /** The requester's draft, or with `text` the terms that text names in any language. */
    async draft(actor: Actor, requester: Requester, text?: string): Promise<NeedDraft> {
      const drafted = await draftFor(actor, requester);
      if (!text?.trim()) return { ...drafted, named: [] };
      const lists = listsNamedIn(text, await terms());
      return {
        ...drafted,
        need: { ...drafted.need, ...lists },
        named: Object.keys(lists) as TextList[],
      };
    },

    // listNeeds, getNeed, saveNeed, updateNeed, deleteNeed (see saved-needs.service.ts).
    ...needs,

    /**
     * Invites a team into a coalition the searcher convenes. Each invitation is the
     * coalition's own (same checks, same notifications); organisations already members or
     * invited are skipped and listed.
     */
    async inviteTeam(actor: Actor, input: z.output<typeof TeamInvitation>) {
      // Every check that could refuse comes before the first invitation is written.
      await deps.coalitions.authorize(
        actor,
        input.coalitionId,
        { unknown: "No such coalition." },
        "membership.invite",
      );
      // A hidden organisation is not known to the searcher: it is as missing as an unknown id.
      const known = await Promise.all(
        input.organizationIds.map(async (id) => {
          const org = await deps.organizations.find(id);
          const role = org ? await deps.organizations.roleOf(id, actor.userId) : null;
          const viewer = { signedIn: true, platformAdmin: actor.isPlatformAdmin, role };
          return !!org && canOnOrganization(viewer, org, "organization.read");
        }),
      );
      const missing = input.organizationIds.filter((_, i) => !known[i]);
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

export type { CandidateProfile } from "../../../shared/discovery/types.ts";
