import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { users } from "../auth/auth.table.ts";
import { organizationMembers, organizations } from "../organizations/organizations.table.ts";
import { coalitionMembers, coalitionRepresentatives } from "../coalitions/coalitions.table.ts";
import { proposals } from "../proposals/proposals.table.ts";
import { meetingAttendance, meetings } from "./meetings.table.ts";

type Executor = Db | Tx;
export type MeetingRow = typeof meetings.$inferSelect;
/** A position in a list: the sort value and the id that breaks ties. */
export type Keyset = { k: string; id: string };

export function createMeetingsRepo(db: Db) {
  return {
    async insert(tx: Executor, row: typeof meetings.$inferInsert) {
      await tx.insert(meetings).values(row);
    },

    async findById(id: string, tx: Executor = db): Promise<MeetingRow | undefined> {
      const [row] = await tx.select().from(meetings).where(eq(meetings.id, id));
      return row;
    },

    /** Serialises changes to one meeting, so each change gets its own SEQUENCE. */
    async lock(tx: Tx, id: string): Promise<MeetingRow | undefined> {
      const [row] = await tx.select().from(meetings).where(eq(meetings.id, id)).for("update");
      return row;
    },

    async update(tx: Executor, id: string, set: Partial<typeof meetings.$inferInsert>) {
      await tx.update(meetings).set(set).where(eq(meetings.id, id));
    },

    async list(
      coalitionId: string,
      options: {
        when?: "upcoming" | "past" | undefined;
        now: Date;
        after: Keyset | null;
        limit: number;
      },
    ): Promise<MeetingRow[]> {
      const { when, now, after, limit } = options;
      const latestFirst = when === "past";
      const position = after
        ? latestFirst
          ? sql`(${meetings.startsAt}, ${meetings.id}) < (${after.k}::timestamptz, ${after.id}::uuid)`
          : sql`(${meetings.startsAt}, ${meetings.id}) > (${after.k}::timestamptz, ${after.id}::uuid)`
        : undefined;
      const period =
        when === "upcoming"
          ? gte(meetings.endsAt, now)
          : when === "past"
            ? lt(meetings.endsAt, now)
            : undefined;
      return db
        .select()
        .from(meetings)
        .where(and(eq(meetings.coalitionId, coalitionId), period, position))
        .orderBy(
          ...(latestFirst
            ? [desc(meetings.startsAt), desc(meetings.id)]
            : [asc(meetings.startsAt), asc(meetings.id)]),
        )
        .limit(limit);
    },

    /** Meetings for the calendar feed: those starting on or after `since`. */
    async forFeed(coalitionId: string, since: Date, limit: number) {
      return db
        .select()
        .from(meetings)
        .where(and(eq(meetings.coalitionId, coalitionId), gte(meetings.startsAt, since)))
        .orderBy(asc(meetings.startsAt))
        .limit(limit);
    },

    async attendance(meetingId: string, tx: Executor = db) {
      return tx
        .select({
          organizationId: meetingAttendance.organizationId,
          name: organizations.name,
          status: meetingAttendance.status,
          recordedBy: meetingAttendance.recordedBy,
          recorderName: users.name,
          recordedFor: meetingAttendance.recordedFor,
          recordedAt: meetingAttendance.recordedAt,
        })
        .from(meetingAttendance)
        .innerJoin(organizations, eq(organizations.id, meetingAttendance.organizationId))
        .leftJoin(users, eq(users.id, meetingAttendance.recordedBy))
        .where(eq(meetingAttendance.meetingId, meetingId));
    },

    async recordAttendance(tx: Tx, values: typeof meetingAttendance.$inferInsert) {
      await tx
        .insert(meetingAttendance)
        .values(values)
        .onConflictDoUpdate({
          target: [meetingAttendance.meetingId, meetingAttendance.organizationId],
          set: {
            status: values.status,
            recordedBy: values.recordedBy,
            recordedFor: values.recordedFor,
            recordedAt: values.recordedAt,
          },
        });
    },

    /**
     * The coalition memberships of the organisations this user represents there, counting only
     * organisations the user still belongs to.
     */
    async representedMemberships(coalitionId: string, userId: string, tx: Executor = db) {
      return tx
        .select({
          organizationId: coalitionMembers.organizationId,
          role: coalitionMembers.role,
          status: coalitionMembers.status,
        })
        .from(coalitionRepresentatives)
        .innerJoin(
          coalitionMembers,
          and(
            eq(coalitionMembers.coalitionId, coalitionRepresentatives.coalitionId),
            eq(coalitionMembers.organizationId, coalitionRepresentatives.organizationId),
          ),
        )
        .innerJoin(
          organizationMembers,
          and(
            eq(organizationMembers.organizationId, coalitionRepresentatives.organizationId),
            eq(organizationMembers.userId, coalitionRepresentatives.userId),
          ),
        )
        .where(
          and(
            eq(coalitionRepresentatives.coalitionId, coalitionId),
            eq(coalitionRepresentatives.userId, userId),
          ),
        );
    },

    /** The coalition each of these proposals belongs to. */
    async proposalCoalitions(ids: string[], tx: Executor = db) {
      if (!ids.length) return new Map<string, string>();
      const rows = await tx
        .select({ id: proposals.id, coalitionId: proposals.coalitionId })
        .from(proposals)
        .where(inArray(proposals.id, ids));
      return new Map(rows.map((r) => [r.id, r.coalitionId]));
    },

    async names(userIds: (string | null)[], organizationIds: (string | null)[]) {
      const u = userIds.filter((id): id is string => !!id);
      const o = organizationIds.filter((id): id is string => !!id);
      const [people, orgs] = await Promise.all([
        u.length
          ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, u))
          : [],
        o.length
          ? db
              .select({ id: organizations.id, name: organizations.name })
              .from(organizations)
              .where(inArray(organizations.id, o))
          : [],
      ]);
      return {
        user: new Map(people.map((p) => [p.id, p.name])),
        organization: new Map(orgs.map((p) => [p.id, p.name])),
      };
    },
  };
}
export type MeetingsRepo = ReturnType<typeof createMeetingsRepo>;
