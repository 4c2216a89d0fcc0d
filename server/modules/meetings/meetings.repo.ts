import { and, asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
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
          status: meetingAttendance.status,
          recordedBy: meetingAttendance.recordedBy,
          recordedFor: meetingAttendance.recordedFor,
          recordedAt: meetingAttendance.recordedAt,
        })
        .from(meetingAttendance)
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
  };
}
export type MeetingsRepo = ReturnType<typeof createMeetingsRepo>;
