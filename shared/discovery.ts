import { z } from "zod";
import { LanguageCode } from "./localized-text.ts";
import { termKey } from "./taxonomies.ts";

/**
 * Partner discovery: what a need says, how a match is scored and explained, and what a team
 * and the network look like on the wire. The scoring itself is pure code in
 * ./discovery/score.ts and ./discovery/team.ts, used by the server and pinned by tests.
 */

const countryCode = z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code");
const unique = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, "must not repeat a value")
    .default([]);

/** The named parts of a score, in the order they are shown. */
export const scoreParts = [
  "complementarity",
  "commonGround",
  "reach",
  "localLeadership",
  "fit",
  "trust",
] as const;
export type ScorePart = (typeof scoreParts)[number];

const weight = z.number().min(0).max(10);
export const DiscoveryWeights = z
  .object({
    complementarity: weight,
    commonGround: weight,
    reach: weight,
    localLeadership: weight,
    fit: weight,
    trust: weight,
  })
  .strict();
export type DiscoveryWeights = z.infer<typeof DiscoveryWeights>;

/**
 * Complementarity leads because a partner is first of all someone who brings what is
 * missing; common ground next, because shared issues and places are what a joint effort
 * stands on; reach and local leadership are the two corrections the seeds insist on (the
 * unlikely ally, local groups leading); fit and trust refine. docs/ARCHITECTURE.md explains.
 */
export const defaultWeights: DiscoveryWeights = {
  complementarity: 3,
  commonGround: 2,
  reach: 1.5,
  localLeadership: 1.5,
  fit: 1,
  trust: 1,
};

/**
 * A need. Team building covers each wanted capacity and each place, one bit per element,
 * so the lists are bounded to 30 elements in all (15 + 10 + 5).
 */
export const Need = z
  .object({
    issues: unique(termKey, 20),
    capacities: unique(termKey, 15),
    countries: unique(countryCode, 10),
    regions: unique(termKey, 5),
    languages: unique(LanguageCode, 10),
    /** Only organisations working in one of `languages`. */
    languagesRequired: z.boolean().default(false),
    /** Only these levels, when any are given. */
    levels: unique(termKey, 4),
    /** Only organisations of one of these types, when any are given. */
    includeTypes: unique(termKey, 16),
    /** Never organisations of these types. */
    excludeTypes: unique(termKey, 16),
    postures: unique(termKey, 5),
    /** Only organisations showing every one of `postures`. */
    posturesRequired: z.boolean().default(false),
  })
  .strict();
export type Need = z.output<typeof Need>;

/** A need that asks for nothing yet: where a form or a draft starts. */
export const emptyNeed = (): Need => ({
  issues: [],
  capacities: [],
  countries: [],
  regions: [],
  languages: [],
  languagesRequired: false,
  levels: [],
  includeTypes: [],
  excludeTypes: [],
  postures: [],
  posturesRequired: false,
});
export type NeedInput = z.input<typeof Need>;

/** Whom the search is for: one of my organisations, or a coalition I am inside. */
export const Requester = z.union([
  z.object({ organizationId: z.uuid() }).strict(),
  z.object({ coalitionId: z.uuid() }).strict(),
]);
export type Requester = z.infer<typeof Requester>;

export const MatchQuery = z
  .object({
    need: Need,
    requester: Requester,
    weights: DiscoveryWeights.partial().strict().optional(),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();
export type MatchQuery = z.input<typeof MatchQuery>;

/** Why a candidate was suggested, as keys the reader's language turns into a sentence. */
export const MatchReasons = z.object({
  /** Wanted capacities the requester lacks and the candidate has. */
  brings: z.array(z.string()),
  /** Shared issues, rarest first. */
  sharedIssues: z.array(z.string()),
  sharedCountries: z.array(z.string()),
  sharedRegions: z.array(z.string()),
  /** Its types that no organisation on the requester's side has: a different frame. */
  newTypes: z.array(z.string()),
  /** Set for a local or national organisation working in the need's places. */
  localIn: z.array(z.string()).nullable(),
  languages: z.array(z.string()),
  postures: z.array(z.string()),
  verified: z.boolean(),
  /** Coalitions it shares with the requester. */
  sharedCoalitions: z.number().int(),
});
export type MatchReasons = z.infer<typeof MatchReasons>;

const partValues = z.object({
  complementarity: z.number(),
  commonGround: z.number(),
  reach: z.number(),
  localLeadership: z.number(),
  fit: z.number(),
  trust: z.number(),
});

export const Match = z.object({
  organization: z.object({
    id: z.uuid(),
    name: z.string(),
    acronym: z.string().nullable(),
    types: z.array(z.string()),
    level: z.string(),
    headquartersCountry: z.string().nullable(),
    verified: z.boolean(),
  }),
  /** 0–100: the weighted mean of the parts. */
  score: z.number(),
  /** Each part from 0 to 1, before weighting. */
  parts: partValues,
  /** Each part's share of `score` (they add up to it). */
  points: partValues,
  reasons: MatchReasons,
});
export type Match = z.infer<typeof Match>;

export const MatchResult = z.object({
  items: z.array(Match),
  /** Organisations that passed the need's filters and were scored. */
  considered: z.number().int(),
  weights: DiscoveryWeights,
  /** What the requester side already has, so the page can say what is missing. */
  requester: z.object({
    capacities: z.array(z.string()),
    types: z.array(z.string()),
    countries: z.array(z.string()),
  }),
});
export type MatchResult = z.infer<typeof MatchResult>;

/** "Not sure what you need?": capacities organisations on these issues and places combine. */
export const SuggestionQuery = z
  .object({
    issues: unique(termKey, 20),
    countries: unique(countryCode, 10),
    regions: unique(termKey, 5),
    requester: Requester.optional(),
  })
  .strict();
export const CapacitySuggestion = z.object({
  capacity: z.string(),
  /** Share of similar organisations that have it. */
  organizationShare: z.number(),
  /** Share of coalitions working on these issues whose members together have it. */
  coalitionShare: z.number(),
  /** How much more common it is among similar organisations than among all (≥ 1 is more). */
  lift: z.number(),
  /** The requester side already has it. */
  alreadyHeld: z.boolean(),
});
export type CapacitySuggestion = z.infer<typeof CapacitySuggestion>;
export const SuggestionResult = z.object({
  items: z.array(CapacitySuggestion),
  similarOrganizations: z.number().int(),
  similarCoalitions: z.number().int(),
});
export type SuggestionResult = z.infer<typeof SuggestionResult>;

export const TeamQuery = z
  .object({
    need: Need,
    requester: Requester,
    weights: DiscoveryWeights.partial().strict().optional(),
    /** Organisations kept in the team whatever they cover. */
    locked: unique(z.uuid(), 20),
    /** Organisations left out of this team. */
    excluded: unique(z.uuid(), 200),
  })
  .strict();
export type TeamQuery = z.input<typeof TeamQuery>;

const coverage = z.object({ capacities: z.array(z.string()), places: z.array(z.string()) });
export const TeamMember = z.object({
  organization: Match.shape.organization,
  locked: z.boolean(),
  /** Elements of the need this member covers. */
  brings: coverage,
  /** Covered by this member alone in the team. */
  onlyOne: coverage,
  localLeader: z.boolean(),
  score: z.number(),
  /**
   * How it fits the need's issues and places (shared/discovery/fit.ts): strong when both,
   * weak when one, none when neither. What only weak or unfitting members bring is `weak`.
   */
  fit: z.enum(["strong", "weak", "none"]),
});
export type TeamMember = z.infer<typeof TeamMember>;
export const Team = z.object({
  members: z.array(TeamMember),
  /** What the requester side covers already. */
  alreadyCovered: coverage,
  /** What the team covers. */
  covered: coverage,
  /** What no organisation visible to the searcher covers. */
  uncovered: coverage,
  /** Covered, but only by members that do not fit the need's issues and places. */
  weak: coverage,
  /** Distinct organisation types in the team. */
  frames: z.array(z.string()),
});
export type Team = z.infer<typeof Team>;

/** A saved need, readable by the members of its organisation (and its coalition, if any). */
export const SavedNeedInput = z
  .object({
    title: z.string().trim().min(2).max(200),
    need: Need,
    requester: Requester,
    weights: DiscoveryWeights.partial().strict().optional(),
  })
  .strict();
export type SavedNeedInput = z.input<typeof SavedNeedInput>;
export const SavedNeedUpdate = SavedNeedInput.omit({ requester: true }).partial().strict();
export const SavedNeed = z.object({
  id: z.uuid(),
  title: z.string(),
  need: Need,
  requester: Requester,
  requesterName: z.string(),
  weights: DiscoveryWeights.partial(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  canEdit: z.boolean(),
});
export type SavedNeed = z.infer<typeof SavedNeed>;
export const SavedNeedList = z.object({ items: z.array(SavedNeed) });

/** A need filled in from a requester's own profile or coalition ("partners for us"). */
/** The lists of a need a few sentences can fill (./discovery/need-from-text.ts). */
export const textLists = ["issues", "capacities", "countries", "regions"] as const;
export type TextList = (typeof textLists)[number];

export const NeedDraft = z.object({
  need: Need,
  requester: Requester,
  requesterName: z.string(),
  /**
   * For a coalition: `set` when the need starts from its charter's scope, `unset` when the
   * charter names no scope yet (the need is then empty); null for an organisation.
   */
  charterScope: z.enum(["set", "unset"]).nullable(),
  /** With a text: the lists of `need` it named terms for (they replace the drafted ones). */
  named: z.array(z.enum(textLists)),
});
export type NeedDraft = z.infer<typeof NeedDraft>;

/** Invite a built team into a coalition the searcher convenes, in one step. */
export const TeamInvitation = z
  .object({
    coalitionId: z.uuid(),
    organizationIds: unique(z.uuid(), 50).pipe(z.array(z.uuid()).min(1)),
  })
  .strict();
export const TeamInvitationResult = z.object({
  invited: z.array(z.uuid()),
  /** Already members or invited: left as they were. */
  skipped: z.array(z.uuid()),
});

export const NetworkQuery = z
  .object({
    issue: termKey.optional(),
    region: termKey.optional(),
    /** Centre on one of my organisations. */
    organizationId: z.uuid().optional(),
    limit: z.coerce.number().int().min(10).max(3000).default(2000),
  })
  .strict();
export const NetworkNode = z.object({
  id: z.uuid(),
  name: z.string(),
  types: z.array(z.string()),
  level: z.string(),
  /** Normalised betweenness centrality, 0–1. */
  betweenness: z.number(),
  /** Connects groups that would otherwise be apart. */
  bridge: z.boolean(),
  mine: z.boolean(),
  coalitions: z.number().int(),
});
export const NetworkEdge = z.object({
  source: z.uuid(),
  target: z.uuid(),
  /** Coalitions the two share. */
  weight: z.number().int(),
});
export const Network = z.object({
  nodes: z.array(NetworkNode),
  edges: z.array(NetworkEdge),
  /** Coalitions whose membership the searcher may see and that drew the links. */
  coalitions: z.number().int(),
  truncated: z.boolean(),
});
export type Network = z.infer<typeof Network>;
