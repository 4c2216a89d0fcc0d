/**
 * The coalition benchmark's meetings (with attendance and minutes), action items (with their
 * status history) and discussions (threads on the coalition and on proposals, concerns with
 * their participants, comments with edits and withdrawals), as the services write them.
 */
import type { ActionItemStatus } from "../shared/meetings.ts";
import type { Db } from "../server/db/client.ts";
import { renderMarkdown } from "../server/lib/markdown.ts";
import { type CoalitionSizes, type Member, day, insertRows, text } from "./coalition-rows.ts";
import { type Random, uuidV7 } from "./generate-organizations.ts";

type ProposalRef = {
  id: string;
  createdAt: Date;
  closesAt: Date;
  open: boolean;
  openedFor: string;
  openedBy: string;
};

const zones = ["Europe/Zurich", "Africa/Nairobi", "Asia/Amman", "America/Bogota", "Asia/Bangkok"];
const commentTexts = [
  "We can contribute **two cases** from our files; both families agreed to be named.",
  "Agree with the draft. One point: the dates in paragraph 3 should follow the court records.",
  "Our lawyers ask that the annex stays confidential until the hearing.\n\n- case files\n- medical reports",
  "Could the working group share the sources list before Friday? [Template](https://example.org/template)",
  "> the coalition calls on the authorities\n\nWe would add: *and on the prosecutors*.",
  "Thanks, this reads well. We will translate it into French and Arabic.",
];

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function generateActivity(
  db: Db,
  input: {
    random: Random;
    sizes: CoalitionSizes;
    now: number;
    founded: number;
    coalitionId: string;
    members: Member[];
    voters: Member[];
    proposals: ProposalRef[];
  },
): Promise<Record<string, number>> {
  const { random, sizes, now, founded, coalitionId, voters } = input;
  const [convener] = voters;
  if (!convener) throw new Error("no convener");
  const convenerUser = convener.representatives[0] as string;
  const convenerSide = voters.slice(0, 5);
  const inside = input.members.filter(
    (m) => (m.status === "active" || m.status === "suspended") && m.representatives.length,
  );
  const rep = (m: Member) => random.pick(m.representatives);
  const closed = input.proposals.filter((p) => !p.open);

  // Meetings: a few upcoming, the rest spread over the coalition's life, most with minutes.
  const upcoming = Math.max(1, Math.round(sizes.meetings * 0.08));
  const past = sizes.meetings - upcoming;
  const meetingRows: Record<string, unknown>[] = [];
  const attendanceRows: Record<string, unknown>[] = [];
  const pastMeetings: { id: string; startsAt: number }[] = [];
  const first = founded + 70 * day;
  for (let i = 0; i < sizes.meetings; i++) {
    const isPast = i < past;
    const dayMs = isPast
      ? first + Math.floor((i * (now - 7 * day - first)) / Math.max(1, past))
      : now + (2 + (i - past) * 9) * day;
    const startsAt = Math.floor(dayMs / day) * day + random.int(8, 15) * 3_600_000;
    const endsAt = startsAt + random.pick([1, 2, 2, 3]) * 3_600_000;
    const organizer = random.pick(convenerSide);
    const cancelled = random.chance(0.04);
    const minutes = isPast && !cancelled && random.chance(0.85);
    const createdAt = startsAt - random.int(10, 30) * day;
    const recordedAt = minutes ? endsAt + random.int(1, 4) * day : null;
    const id = uuidV7(random, createdAt);
    const decisionProposals = closed.filter((p) => p.closesAt.getTime() < startsAt).slice(-3);
    meetingRows.push({
      id,
      coalition_id: coalitionId,
      title: random.pick([
        "Monthly call",
        "Working group: documentation",
        "General assembly",
        "Steering group",
      ]),
      starts_at: new Date(startsAt),
      ends_at: new Date(endsAt),
      time_zone: random.pick(zones),
      location: random.chance(0.3) ? "Palais Wilson, Geneva" : null,
      online_url: random.chance(0.8) ? "https://meet.example.org/coalition" : null,
      agenda: text("1. News from members\n2. Joint statement\n3. Any other business"),
      status: cancelled ? "cancelled" : "scheduled",
      sequence: random.int(0, 3),
      minutes: minutes
        ? text("Members shared updates; the statement goes to a decision next week.")
        : null,
      decisions: minutes
        ? decisionProposals.map((p) => ({
            text: text("Endorsed the working group's text."),
            proposalId: p.id,
          }))
        : [],
      minutes_recorded_at: recordedAt ? new Date(recordedAt) : null,
      minutes_recorded_by: recordedAt ? rep(organizer) : null,
      organized_by: organizer.organizationId,
      created_by: rep(organizer),
      created_at: new Date(createdAt),
      updated_at: new Date(recordedAt ?? createdAt),
    });
    if (!isPast || cancelled) continue;
    pastMeetings.push({ id, startsAt });
    const recorder = random.pick(convenerSide);
    const present = inside.filter(() => random.chance(0.1 + random.next() * 0.2));
    for (const m of present) {
      attendanceRows.push({
        meeting_id: id,
        organization_id: m.organizationId,
        status: random.chance(0.8) ? "present" : random.chance(0.6) ? "apologies" : "absent",
        recorded_by: rep(recorder),
        recorded_for: recorder.organizationId,
        recorded_at: new Date(endsAt + 3_600_000),
      });
    }
  }

  // Action items: mostly from past meetings; old ones done, recent ones still open.
  const itemRows: Record<string, unknown>[] = [];
  const changeRows: Record<string, unknown>[] = [];
  for (let i = 0; i < sizes.actionItems; i++) {
    const meeting = pastMeetings.length && random.chance(0.85) ? random.pick(pastMeetings) : null;
    const createdAt = meeting
      ? meeting.startsAt + 3 * 3_600_000
      : founded + 70 * day + Math.floor(random.next() * (now - founded - 80 * day));
    const dueMs = createdAt + random.int(7, 60) * day;
    const owner = random.pick(voters.slice(0, 120));
    const old = dueMs < now - 30 * day;
    const x = random.next();
    const status: ActionItemStatus = old
      ? x < 0.85
        ? "done"
        : x < 0.92
          ? "cancelled"
          : x < 0.96
            ? "open"
            : "in_progress"
      : x < 0.55
        ? "open"
        : x < 0.9
          ? "in_progress"
          : "done";
    const path: ActionItemStatus[] =
      status === "open"
        ? ["open"]
        : status === "cancelled"
          ? ["open", "cancelled"]
          : status === "in_progress"
            ? ["open", "in_progress"]
            : random.chance(0.5)
              ? ["open", "in_progress", "done"]
              : ["open", "done"];
    const id = uuidV7(random, createdAt);
    let at = createdAt;
    path.forEach((to, k) => {
      if (k > 0) at = Math.min(now - 3_600_000, at + random.int(1, 20) * day);
      changeRows.push({
        id: uuidV7(random, at),
        action_item_id: id,
        from_status: k === 0 ? null : path[k - 1],
        to_status: to,
        changed_by: k === 0 ? convenerUser : rep(owner),
        changed_for: k === 0 ? convener.organizationId : owner.organizationId,
        changed_at: new Date(at),
      });
    });
    itemRows.push({
      id,
      coalition_id: coalitionId,
      meeting_id: meeting?.id ?? null,
      title: random.pick([
        "Send the case list",
        "Translate the statement",
        "Book the room",
        "Draft the letter",
        "Collect signatures",
      ]),
      owner_organization_id: owner.organizationId,
      due_date: isoDate(dueMs),
      status,
      sequence: path.length - 1,
      created_by: convenerUser,
      created_at: new Date(createdAt),
      updated_at: new Date(at),
    });
  }

  // Threads: on the coalition, on proposals (the proposal's id), and concerns.
  const proposalThreads = Math.round(sizes.threads * 0.3);
  const concerns = Math.round(sizes.threads * 0.07);
  const threadRows: Record<string, unknown>[] = [];
  const participantRows: Record<string, unknown>[] = [];
  const commentRows: Record<string, unknown>[] = [];
  const revisionRows: Record<string, unknown>[] = [];
  const onProposals = [...input.proposals]
    .sort(() => random.next() - 0.5)
    .slice(0, proposalThreads);
  const weights = Array.from({ length: sizes.threads }, () => 0.2 + random.next() ** 3);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let commentsLeft = sizes.comments;
  const html = new Map(commentTexts.map((t) => [t, renderMarkdown(t)]));
  for (let i = 0; i < sizes.threads; i++) {
    const proposal = onProposals[i];
    const concern = !proposal && i < proposalThreads + concerns;
    const openedBy = random.pick(voters);
    const createdAt = proposal
      ? proposal.createdAt.getTime()
      : founded + 70 * day + Math.floor(random.next() * (now - founded - 75 * day));
    const id = proposal?.id ?? uuidV7(random, createdAt);
    const participants = concern
      ? [
          openedBy,
          ...voters
            .slice(5)
            .sort(() => random.next() - 0.5)
            .slice(0, random.int(3, 8)),
        ]
      : [];
    const speakers = concern ? [...participants, ...convenerSide] : voters;
    const wanted =
      i === sizes.threads - 1
        ? commentsLeft
        : Math.max(1, Math.round((sizes.comments * (weights[i] ?? 0)) / totalWeight));
    const count = Math.max(0, Math.min(commentsLeft, wanted));
    commentsLeft -= count;
    let at = createdAt;
    const end = proposal ? Math.min(proposal.closesAt.getTime(), now) : now;
    for (let k = 0; k < count; k++) {
      at = Math.min(
        end - 60_000,
        at + Math.floor(random.next() * Math.max(60_000, (end - at) / 4)),
      );
      const speaker = random.pick(speakers);
      const author = rep(speaker);
      const source = random.pick(commentTexts);
      const cid = uuidV7(random, at);
      const edited = random.chance(0.03);
      const withdrawn = !edited && random.chance(0.01);
      const editedAt = edited ? at + 3_600_000 : null;
      commentRows.push({
        id: cid,
        thread_id: id,
        organization_id: speaker.organizationId,
        author_id: author,
        text: withdrawn ? null : source,
        html: withdrawn ? null : html.get(source),
        revision_count: edited || withdrawn ? 1 : 0,
        created_at: new Date(at),
        edited_at: editedAt ? new Date(editedAt) : null,
        withdrawn_at: withdrawn ? new Date(at + 7_200_000) : null,
        withdrawn_for: withdrawn ? speaker.organizationId : null,
        withdrawn_by: withdrawn ? author : null,
      });
      if (edited || withdrawn) {
        const before = edited ? `${source}\n\n(draft)` : source;
        revisionRows.push({
          id: uuidV7(random, at + 3_600_000),
          comment_id: cid,
          text: before,
          html: renderMarkdown(before),
          mentions: [],
          reason: edited ? "edited" : "withdrawn",
          written_at: new Date(at),
          replaced_at: new Date(editedAt ?? at + 7_200_000),
          replaced_by: author,
        });
      }
    }
    const resolved = concern && random.chance(0.4);
    threadRows.push({
      id,
      coalition_id: coalitionId,
      proposal_id: proposal?.id ?? null,
      kind: concern ? "concern" : "discussion",
      title: proposal
        ? null
        : concern
          ? "Concern: the statement names partners at risk"
          : random.pick([
              "Shadow report: who writes what",
              "Funding for the next assembly",
              "Security of shared case files",
              "Welcome, new members",
            ]),
      opened_for: proposal?.openedFor ?? openedBy.organizationId,
      opened_by: proposal?.openedBy ?? rep(openedBy),
      concern: concern
        ? {
            problem: text("The draft names partners who could be arrested."),
            endGoal: text("A statement that protects them."),
            potentialAllies: random.chance(0.5) ? text("The regional bar association.") : null,
          }
        : null,
      concern_status: concern ? (resolved ? "resolved" : "open") : null,
      resolution: resolved ? text("Names removed; the partners agreed to the new text.") : null,
      resolved_for: resolved ? convener.organizationId : null,
      resolved_by: resolved ? convenerUser : null,
      resolved_at: resolved ? new Date(at + day) : null,
      comment_count: count,
      last_activity_at: new Date(at),
      created_at: new Date(createdAt),
    });
    for (const p of new Set(participants.slice(1))) {
      participantRows.push({ thread_id: id, organization_id: p.organizationId });
    }
  }

  await insertRows(
    db,
    "meetings",
    {
      id: "uuid",
      coalition_id: "uuid",
      title: "text",
      starts_at: "timestamptz",
      ends_at: "timestamptz",
      time_zone: "text",
      location: "text",
      online_url: "text",
      agenda: "jsonb",
      status: "text",
      sequence: "integer",
      minutes: "jsonb",
      decisions: "jsonb",
      minutes_recorded_at: "timestamptz",
      minutes_recorded_by: "text",
      organized_by: "uuid",
      created_by: "text",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    meetingRows,
  );
  await insertRows(
    db,
    "meeting_attendance",
    {
      meeting_id: "uuid",
      organization_id: "uuid",
      status: "text",
      recorded_by: "text",
      recorded_for: "uuid",
      recorded_at: "timestamptz",
    },
    attendanceRows,
  );
  await insertRows(
    db,
    "action_items",
    {
      id: "uuid",
      coalition_id: "uuid",
      meeting_id: "uuid",
      title: "text",
      owner_organization_id: "uuid",
      due_date: "date",
      status: "text",
      sequence: "integer",
      created_by: "text",
      created_at: "timestamptz",
      updated_at: "timestamptz",
    },
    itemRows,
  );
  await insertRows(
    db,
    "action_item_status_changes",
    {
      id: "uuid",
      action_item_id: "uuid",
      from_status: "text",
      to_status: "text",
      changed_by: "text",
      changed_for: "uuid",
      changed_at: "timestamptz",
    },
    changeRows,
  );
  await insertRows(
    db,
    "discussion_threads",
    {
      id: "uuid",
      coalition_id: "uuid",
      proposal_id: "uuid",
      kind: "text",
      title: "text",
      opened_for: "uuid",
      opened_by: "text",
      concern: "jsonb",
      concern_status: "text",
      resolution: "jsonb",
      resolved_for: "uuid",
      resolved_by: "text",
      resolved_at: "timestamptz",
      comment_count: "integer",
      last_activity_at: "timestamptz",
      created_at: "timestamptz",
    },
    threadRows,
  );
  await insertRows(
    db,
    "concern_participants",
    { thread_id: "uuid", organization_id: "uuid" },
    participantRows,
  );
  await insertRows(
    db,
    "discussion_comments",
    {
      id: "uuid",
      thread_id: "uuid",
      organization_id: "uuid",
      author_id: "text",
      text: "text",
      html: "text",
      revision_count: "integer",
      created_at: "timestamptz",
      edited_at: "timestamptz",
      withdrawn_at: "timestamptz",
      withdrawn_for: "uuid",
      withdrawn_by: "text",
    },
    commentRows,
  );
  await insertRows(
    db,
    "comment_revisions",
    {
      id: "uuid",
      comment_id: "uuid",
      text: "text",
      html: "text",
      mentions: "jsonb",
      reason: "text",
      written_at: "timestamptz",
      replaced_at: "timestamptz",
      replaced_by: "text",
    },
    revisionRows,
  );
  return {
    meetings: meetingRows.length,
    upcomingMeetings: upcoming,
    attendance: attendanceRows.length,
    actionItems: itemRows.length,
    pendingActionItems: itemRows.filter((r) => r.status === "open" || r.status === "in_progress")
      .length,
    actionItemChanges: changeRows.length,
    threads: threadRows.length,
    concerns,
    comments: commentRows.length,
    commentRevisions: revisionRows.length,
  };
}
