/**
 * Deterministic generator of one large coalition for the coalition benchmark: its member
 * organisations and their representatives, charter versions, proposals of every kind with
 * stances and stance history, meetings, action items and discussions.
 *
 * Rows go in with bulk INSERT ... SELECT over JSON (as bench/generate-organizations.ts does),
 * not through the services, but they are the rows the services would have written: the same
 * columns, rules and ballots checked by shared/decisions, closed results computed by its
 * `evaluate`, comment HTML rendered by server/lib/markdown.ts. Organisations are inserted by
 * generate-organizations.ts, whose rows the directory trigger copies into directory_entries.
 * Times are relative to `now`, so open proposals and upcoming meetings stay in the future.
 */
import { sql } from "drizzle-orm";
import {
  type Charter,
  type CoalitionRole,
  type MembershipStatus,
  defaultDecisionRules,
} from "../shared/coalitions.ts";
import {
  type Ballot,
  type DecisionResult,
  type ProposalRules,
  evaluate,
} from "../shared/decisions/index.ts";
import type { LocalizedText } from "../shared/locales.ts";
import { type ProposalSubject, decisionFor } from "../shared/proposals.ts";
import { type Database, rowsOf } from "../server/db/client.ts";
import { ballotsFor, kinds, rulesFor } from "./coalition-ballots.ts";
import { generateActivity } from "./generate-coalition-activity.ts";
import { type CoalitionSizes, type Member, day, insertRows, text } from "./coalition-rows.ts";
import {
  type Random,
  createRandom,
  generateOrganizations,
  uuidV7,
} from "./generate-organizations.ts";

const extras: { role: CoalitionRole; status: MembershipStatus; count: number }[] = [
  { role: "observer", status: "active", count: 12 },
  { role: "member", status: "suspended", count: 5 },
  { role: "member", status: "invited", count: 6 },
  { role: "member", status: "applied", count: 4 },
  { role: "member", status: "left", count: 8 },
  { role: "member", status: "declined", count: 3 },
];

const charterText = {
  purpose: text(
    "Coordinate documentation, advocacy and protection for people detained without trial, and speak with one voice where members agree.",
  ),
  goals: text("Joint shadow reports every year; a rapid-response list for new detentions."),
  scope: text("Joint statements, shared case files under the data-sharing protocol."),
  limits: text("No litigation in the coalition's name; members litigate on their own behalf."),
  applicationQuestions: [
    { key: "work", text: text("What is your organisation's work on detention?") },
  ],
  collaborationLevel: "joint_action",
  meetingRhythm: text("Monthly online, twice a year in person."),
} as const;

function charterVersion(version: number, focal: string[]): Charter {
  return {
    ...charterText,
    applicationQuestions: [...charterText.applicationQuestions],
    decisionRules: {
      admission: { method: "consent", quorum: 0.25 },
      statements: { method: "consent", quorum: 0.5 },
      charter: {
        method: "supermajority",
        quorum: 0.5,
        threshold: { numerator: 2, denominator: 3, of: "cast" },
      },
      spending: { method: "majority", quorum: 0.5 },
    },
    focalPoints: focal
      .slice(0, version + 2)
      .map((organizationId, i) => ({ activity: text(`Working group ${i + 1}`), organizationId })),
  };
}

// ---------------------------------------------------------------------------------------------
// Proposals
// ---------------------------------------------------------------------------------------------

const topics = [
  "Joint statement on enforced disappearances in",
  "Shadow report to the Committee against Torture:",
  "Rapid-response protocol for detentions in",
  "Budget for interpretation at the meeting in",
  "Advocacy visit to the Human Rights Council on",
  "Open letter on prison conditions in",
  "Shared case database: access rules for",
  "Training on documentation standards in",
];
const regions = [
  "the Sahel",
  "the Great Lakes",
  "Central America",
  "the Gulf",
  "South-East Asia",
  "the Caucasus",
  "North Africa",
  "the Andes",
];

type ProposalSpec = {
  id: string;
  subject: ProposalSubject;
  title: string;
  rules: ProposalRules;
  createdAt: Date;
  closesAt: Date;
  open: boolean;
  hidden: boolean;
  anonymous: boolean;
  stances: number;
  target: string | null;
  proposedCharter: Charter | null;
};

/**
 * Stance counts over the proposals: the `full` ones have every voter, the others a skewed
 * share, scaled so the counts add up to `total` exactly.
 */
function stanceCounts(random: Random, n: number, full: Set<number>, voters: number, total: number) {
  const left = total - full.size * voters;
  if (left < 0 || left > (n - full.size) * voters) throw new Error("stances do not fit");
  const weights = Array.from({ length: n }, (_, i) =>
    full.has(i) ? 0 : 0.03 + random.next() ** 2,
  );
  const at = (scale: number) => weights.map((w) => Math.min(voters, Math.floor(w * scale)));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let [lo, hi] = [0, voters * 1000];
  while (hi - lo > 1e-6) {
    const mid = (lo + hi) / 2;
    if (sum(at(mid)) < left) lo = mid;
    else hi = mid;
  }
  const counts = at(lo);
  for (let i = 0, missing = left - sum(counts); missing > 0; i = (i + 1) % n) {
    if (!full.has(i) && (counts[i] ?? 0) < voters) {
      counts[i] = (counts[i] ?? 0) + 1;
      missing--;
    }
  }
  return counts.map((c, i) => (full.has(i) ? voters : c));
}

function shuffled<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random.next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

export type GeneratedCoalition = {
  coalitionId: string;
  counts: Record<string, number>;
  organizationsMs: number;
  totalMs: number;
};

export async function generateCoalition(
  database: Database,
  options: { sizes: CoalitionSizes; seed: number; now: Date; log?: (message: string) => void },
): Promise<GeneratedCoalition> {
  const { db } = database;
  const { sizes, seed } = options;
  const log = options.log ?? (() => {});
  const started = performance.now();
  const now = Math.floor(options.now.getTime() / 60_000) * 60_000;
  const random = createRandom(seed);
  const extraCount = extras.reduce((a, e) => a + e.count, 0);
  if (sizes.organizations < sizes.members + extraCount) {
    throw new Error(`need at least ${sizes.members + extraCount} organisations`);
  }

  log(`  ${sizes.organizations} organisations...`);
  await generateOrganizations(database, { count: sizes.organizations, seed });
  const organizationsMs = performance.now() - started;

  // Members: organisations spread over the whole platform, in a fixed order.
  const orgs = rowsOf<{ id: string; name: string }>(
    await db.execute(
      sql`select id, name from organizations where not hidden_from_directory order by md5(id::text || ${String(seed)})`,
    ),
  ).slice(0, sizes.members + extraCount);
  const founded = now - 1000 * day;
  const members: Member[] = [];
  const users: Record<string, unknown>[] = [];
  const newUser = (label: string, at: number) => {
    const id = uuidV7(random, at);
    users.push({
      id,
      name: label,
      email: `${label}@bench.example.org`,
      email_verified: true,
      created_at: new Date(at),
      updated_at: new Date(at),
    });
    return id;
  };
  const roles: { role: CoalitionRole; status: MembershipStatus }[] = [
    ...Array.from({ length: sizes.members }, (_, i) => ({
      role: (i === 0 ? "convener" : i < 5 ? "co_lead" : "member") as CoalitionRole,
      status: "active" as MembershipStatus,
    })),
    ...extras.flatMap((e) => Array.from({ length: e.count }, () => e)),
  ];
  const orgMembers: Record<string, unknown>[] = [];
  orgs.forEach((org, i) => {
    const spec = roles[i];
    if (!spec) return;
    // Voters join within the coalition's first 60 days; later statuses come later.
    const joined = i === 0 ? founded : founded + random.int(1, 60) * day;
    const since =
      spec.status === "active"
        ? joined
        : now - random.int(5, spec.status === "left" ? 300 : 40) * day;
    const owner = newUser(`rep-${i}`, joined);
    const reps = [owner];
    orgMembers.push({
      organization_id: org.id,
      user_id: owner,
      role: "owner",
      created_at: new Date(joined),
    });
    if (random.chance(0.3)) {
      const second = newUser(`rep-${i}-b`, joined);
      reps.push(second);
      orgMembers.push({
        organization_id: org.id,
        user_id: second,
        role: "admin",
        created_at: new Date(joined),
      });
    }
    const represented = ["active", "suspended", "applied"].includes(spec.status);
    members.push({
      organizationId: org.id,
      name: org.name,
      role: spec.role,
      status: spec.status,
      since: new Date(since),
      representatives: represented ? (spec.status === "applied" ? [owner] : reps) : [],
    });
  });
  const convener = members[0] as Member;
  const convenerUser = convener.representatives[0] as string;
  const voters = members.slice(0, sizes.members);

  const coalitionId = uuidV7(random, founded);
  const focal = voters.slice(0, 6).map((m) => m.organizationId);
  const charters = [1, 2, 3].map((version) => charterVersion(version, focal));

  // Proposals: the six sample ones (open and closed; normal, hidden, anonymous) are full.
  const specs: ProposalSpec[] = [];
  const samples = [
    { open: true, hidden: false, anonymous: false },
    { open: true, hidden: true, anonymous: false },
    { open: true, hidden: false, anonymous: true },
    { open: false, hidden: false, anonymous: false },
    { open: false, hidden: true, anonymous: false },
    { open: false, hidden: false, anonymous: true },
  ];
  const openSamples = samples.filter((s) => s.open).length;
  if (sizes.open < openSamples || sizes.proposals < sizes.open + samples.length - openSamples) {
    throw new Error("too few proposals for the samples");
  }
  const applied = members.filter((m) => m.status === "applied");
  const fixed = (charter: Charter | undefined, subject: "admission" | "charter") => {
    const decision = decisionFor(charter ?? { decisionRules: defaultDecisionRules }, subject);
    if (decision.by !== "charter") throw new Error("charter rules decide by the convener");
    return decision.rules;
  };
  const admissionRules = fixed(charters[2], "admission");
  const charterRules = fixed(charters[0], "charter");
  for (let i = 0; i < sizes.proposals; i++) {
    const sample = samples[i];
    const open = sample ? sample.open : i < samples.length + sizes.open - openSamples;
    const createdMs = open
      ? now - random.int(1, 14 * 24) * 3_600_000
      : founded + 65 * day + Math.floor(random.next() * (now - founded - 95 * day));
    const closesMs = open
      ? now + random.int(1, 21 * 24) * 3_600_000
      : createdMs + random.int(7, 21) * day;
    let subject: ProposalSubject = "general";
    let target: string | null = null;
    let rules: ProposalRules;
    const admission =
      open && !sample ? applied[specs.filter((s) => s.subject === "admission").length] : undefined;
    const amendment =
      !open && !sample && i % 700 === 11 && specs.filter((s) => s.subject === "charter").length < 2;
    if (admission) {
      [subject, target, rules] = ["admission", admission.organizationId, admissionRules];
    } else if (amendment) {
      [subject, rules] = ["charter", charterRules];
    } else {
      rules = rulesFor(random, kinds.pick(random), createdMs);
    }
    const title =
      subject === "admission"
        ? `Admission: ${admission?.name ?? ""}`.slice(0, 200)
        : subject === "charter"
          ? "Charter amendment: focal points for the working groups"
          : `${random.pick(topics)} ${random.pick(regions)}`;
    specs.push({
      id: "",
      subject,
      title,
      rules,
      createdAt: new Date(createdMs),
      closesAt: new Date(closesMs),
      open,
      hidden: sample ? sample.hidden : subject === "general" && random.chance(0.15),
      anonymous: sample ? sample.anonymous : subject === "general" && random.chance(0.1),
      stances: 0,
      target,
      proposedCharter: null,
    });
  }
  // Every 25th proposal is full too, besides the six samples.
  const full = new Set(
    specs.flatMap((s, i) =>
      i < samples.length || (i % 25 === 0 && s.subject === "general") ? [i] : [],
    ),
  );
  const counts = stanceCounts(random, specs.length, full, voters.length, sizes.stances);
  specs.forEach((s, i) => {
    s.stances = counts[i] ?? 0;
  });
  specs.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const s of specs) s.id = uuidV7(random, s.createdAt.getTime());
  let adopted = 1;
  for (const s of specs) {
    if (s.subject === "charter") s.proposedCharter = charters[adopted++] ?? null;
  }

  // Stances and their history; closed proposals get the result `evaluate` gives at closing.
  const proposalRows: Record<string, unknown>[] = [];
  const stanceRows: Record<string, unknown>[] = [];
  const historyRows: Record<string, unknown>[] = [];
  const charterRows: Record<string, unknown>[] = [
    {
      coalition_id: coalitionId,
      version: 1,
      charter: charters[0],
      proposal_id: null,
      created_by: convenerUser,
      created_at: new Date(founded),
    },
  ];
  for (const s of specs) {
    const ballot = ballotsFor(random, s.rules);
    const chosen = s.stances === voters.length ? voters : shuffled(random, voters, s.stances);
    // Closed by the timer at the deadline, or now and then early by the convener.
    const early = !s.open && random.chance(0.1);
    const closedAt = s.open
      ? null
      : early
        ? new Date(s.closesAt.getTime() - random.int(1, 3) * day)
        : s.closesAt;
    const closedBy = early ? convenerUser : null;
    const endMs = Math.min(closedAt?.getTime() ?? s.closesAt.getTime(), now) - 60_000;
    const ballots: Ballot[] = [];
    for (const m of chosen) {
      const castBy = random.pick(m.representatives);
      let at = s.createdAt.getTime() + Math.floor(random.next() * (endMs - s.createdAt.getTime()));
      let current = ballot();
      historyRows.push({
        id: uuidV7(random, at),
        proposal_id: s.id,
        organization_id: m.organizationId,
        ballot: current,
        cast_by: castBy,
        cast_at: new Date(at),
      });
      if (random.chance(0.08) && endMs - at > 120_000) {
        // A changed stance: the history keeps the first one.
        at += Math.floor(random.next() * (endMs - at));
        current = ballot();
        historyRows.push({
          id: uuidV7(random, at),
          proposal_id: s.id,
          organization_id: m.organizationId,
          ballot: current,
          cast_by: castBy,
          cast_at: new Date(at),
        });
      }
      ballots.push(current);
      stanceRows.push({
        proposal_id: s.id,
        organization_id: m.organizationId,
        ballot: current,
        cast_by: castBy,
        updated_at: new Date(at),
      });
    }
    let result: DecisionResult | null = null;
    let outcome: LocalizedText | null = null;
    let outcomeAt: Date | null = null;
    if (closedAt) {
      result = evaluate(s.rules, { eligible: voters.length, ballots });
      if (s.subject === "charter" && result.outcome === "adopted") {
        charterRows.push({
          coalition_id: coalitionId,
          version: charterRows.length + 1,
          charter: s.proposedCharter,
          proposal_id: s.id,
          created_by: closedBy,
          created_at: closedAt,
        });
      }
      if (result.outcome === "adopted" && random.chance(0.5)) {
        outcome = text(
          "Adopted: the secretariat publishes it and reports back at the next meeting.",
        );
        outcomeAt = new Date(closedAt.getTime() + random.int(1, 5) * day);
      }
    }
    const opener =
      s.subject === "admission" && s.target
        ? members.find((m) => m.organizationId === s.target)
        : random.pick(voters);
    proposalRows.push({
      id: s.id,
      coalition_id: coalitionId,
      subject: s.subject,
      title: s.title,
      body:
        s.subject === "admission"
          ? null
          : text(
              `${s.title}.\n\nWhy: members asked for it at the last meeting. What: a text the coalition can sign, prepared by the working group, with the sources each member contributed. When: before the next session.`,
            ),
      rules: s.rules,
      proposed_charter: s.proposedCharter,
      target_organization_id: s.target,
      closes_at: s.closesAt,
      hidden_results: s.hidden,
      anonymous: s.anonymous,
      status: s.open ? "open" : "closed",
      result,
      opened_for: opener?.organizationId ?? convener.organizationId,
      opened_by: opener?.representatives[0] ?? convenerUser,
      closed_at: closedAt,
      closed_by: closedBy,
      outcome_statement: outcome,
      review_date:
        outcome && random.chance(0.4)
          ? new Date(now + random.int(30, 300) * day).toISOString().slice(0, 10)
          : null,
      outcome_recorded_at: outcomeAt,
      created_at: s.createdAt,
    });
  }

  log(`  coalition, ${members.length} members, ${users.length} users...`);
  await db.transaction(async (tx) => {
    await insertRows(
      tx,
      "users",
      {
        id: "text",
        name: "text",
        email: "text",
        email_verified: "boolean",
        created_at: "timestamptz",
        updated_at: "timestamptz",
      },
      users,
    );
    await insertRows(
      tx,
      "organization_members",
      { organization_id: "uuid", user_id: "text", role: "text", created_at: "timestamptz" },
      orgMembers,
    );
    await insertRows(
      tx,
      "coalitions",
      {
        id: "uuid",
        name: "text",
        visibility: "text",
        member_list_visibility: "text",
        charter_version: "integer",
        created_by: "text",
        created_at: "timestamptz",
        updated_at: "timestamptz",
      },
      [
        {
          id: coalitionId,
          name: "Coalition against Arbitrary Detention",
          visibility: "public",
          member_list_visibility: "public",
          charter_version: charterRows.length,
          created_by: convenerUser,
          created_at: new Date(founded),
          updated_at: new Date(founded),
        },
      ],
    );
    await insertRows(
      tx,
      "coalition_members",
      {
        coalition_id: "uuid",
        organization_id: "uuid",
        role: "text",
        status: "text",
        named_publicly: "boolean",
        answers: "jsonb",
        acted_by: "text",
        status_since: "timestamptz",
        created_at: "timestamptz",
      },
      members.map((m, i) => ({
        coalition_id: coalitionId,
        organization_id: m.organizationId,
        role: m.role,
        status: m.status,
        named_publicly: i % 17 !== 5,
        answers:
          i === 0 || m.status === "invited"
            ? null
            : { work: "We document detentions and visit detainees in three provinces." },
        acted_by:
          m.status === "applied" || m.status === "left"
            ? (m.representatives[0] ?? null)
            : convenerUser,
        status_since: m.since,
        created_at: i < voters.length ? m.since : new Date(m.since.getTime() - 30 * day),
      })),
    );
    await insertRows(
      tx,
      "coalition_representatives",
      { coalition_id: "uuid", organization_id: "uuid", user_id: "text", created_at: "timestamptz" },
      members.flatMap((m) =>
        m.representatives.map((userId) => ({
          coalition_id: coalitionId,
          organization_id: m.organizationId,
          user_id: userId,
          created_at: m.since,
        })),
      ),
    );
    await insertRows(
      tx,
      "coalition_charters",
      {
        coalition_id: "uuid",
        version: "integer",
        charter: "jsonb",
        proposal_id: "uuid",
        created_by: "text",
        created_at: "timestamptz",
      },
      charterRows,
    );
  });

  log(
    `  ${proposalRows.length} proposals, ${stanceRows.length} stances, ${historyRows.length} history rows...`,
  );
  await insertRows(
    db,
    "proposals",
    {
      id: "uuid",
      coalition_id: "uuid",
      subject: "text",
      title: "text",
      body: "jsonb",
      rules: "jsonb",
      proposed_charter: "jsonb",
      target_organization_id: "uuid",
      closes_at: "timestamptz",
      hidden_results: "boolean",
      anonymous: "boolean",
      status: "text",
      result: "jsonb",
      opened_for: "uuid",
      opened_by: "text",
      closed_at: "timestamptz",
      closed_by: "text",
      outcome_statement: "jsonb",
      review_date: "text",
      outcome_recorded_at: "timestamptz",
      created_at: "timestamptz",
    },
    proposalRows,
    1000,
  );
  await insertRows(
    db,
    "proposal_stances",
    {
      proposal_id: "uuid",
      organization_id: "uuid",
      ballot: "jsonb",
      cast_by: "text",
      updated_at: "timestamptz",
    },
    stanceRows,
  );
  await insertRows(
    db,
    "proposal_stance_history",
    {
      id: "uuid",
      proposal_id: "uuid",
      organization_id: "uuid",
      ballot: "jsonb",
      cast_by: "text",
      cast_at: "timestamptz",
    },
    historyRows,
  );

  log(`  meetings, action items, discussions...`);
  const activity = await generateActivity(db, {
    random,
    sizes,
    now,
    founded,
    coalitionId,
    members,
    voters,
    proposals: specs.map((s, i) => ({
      id: s.id,
      createdAt: s.createdAt,
      closesAt: s.closesAt,
      open: s.open,
      openedFor: proposalRows[i]?.opened_for as string,
      openedBy: proposalRows[i]?.opened_by as string,
    })),
  });

  for (const table of [
    "users",
    "organization_members",
    "coalitions",
    "coalition_members",
    "coalition_representatives",
    "coalition_charters",
    "proposals",
    "proposal_stances",
    "proposal_stance_history",
    "meetings",
    "meeting_attendance",
    "action_items",
    "action_item_status_changes",
    "discussion_threads",
    "concern_participants",
    "discussion_comments",
    "comment_revisions",
  ]) {
    await db.execute(sql.raw(`vacuum analyze ${table}`));
  }
  return {
    coalitionId,
    counts: {
      organizations: sizes.organizations,
      members: members.length,
      activeVoters: voters.length,
      users: users.length,
      proposals: proposalRows.length,
      openProposals: specs.filter((s) => s.open).length,
      fullProposals: full.size,
      stances: stanceRows.length,
      stanceHistory: historyRows.length,
      ...activity,
    },
    organizationsMs,
    totalMs: performance.now() - started,
  };
}
