import { and, asc, count, eq } from "drizzle-orm";
import type { Db, Tx } from "../../db/client.ts";
import { campaignMessages, campaignStories, messageStories } from "./messages.table.ts";

type Executor = Db | Tx;
export type MessageRow = typeof campaignMessages.$inferSelect;
export type StoryRow = typeof campaignStories.$inferSelect;
export type LinkRow = typeof messageStories.$inferSelect;

/** The SQL of a campaign's messages, its stories and which message tells which story. */
export function createMessagesRepo(db: Db) {
  return {
    async messages(campaignId: string, tx: Executor = db): Promise<MessageRow[]> {
      return tx
        .select()
        .from(campaignMessages)
        .where(eq(campaignMessages.campaignId, campaignId))
        .orderBy(asc(campaignMessages.createdAt), asc(campaignMessages.id));
    },

    /** One message of the campaign, locked against concurrent changes to it and its stories. */
    async lockMessage(tx: Tx, campaignId: string, id: string): Promise<MessageRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignMessages)
        .where(and(eq(campaignMessages.campaignId, campaignId), eq(campaignMessages.id, id)))
        .for("update");
      return row;
    },

    async countMessages(tx: Tx, campaignId: string): Promise<number> {
      const [row] = await tx
        .select({ n: count() })
        .from(campaignMessages)
        .where(eq(campaignMessages.campaignId, campaignId));
      return row?.n ?? 0;
    },

    async insertMessage(tx: Tx, row: typeof campaignMessages.$inferInsert) {
      await tx.insert(campaignMessages).values(row);
    },

    async updateMessage(tx: Tx, id: string, values: Partial<typeof campaignMessages.$inferInsert>) {
      await tx.update(campaignMessages).set(values).where(eq(campaignMessages.id, id));
    },

    async deleteMessage(tx: Tx, id: string) {
      await tx.delete(campaignMessages).where(eq(campaignMessages.id, id));
    },

    async stories(campaignId: string, tx: Executor = db): Promise<StoryRow[]> {
      return tx
        .select()
        .from(campaignStories)
        .where(eq(campaignStories.campaignId, campaignId))
        .orderBy(asc(campaignStories.createdAt), asc(campaignStories.id));
    },

    /**
     * One story of the campaign, locked: a withdrawal and an attachment to a public message
     * cannot pass each other.
     */
    async lockStory(tx: Tx, campaignId: string, id: string): Promise<StoryRow | undefined> {
      const [row] = await tx
        .select()
        .from(campaignStories)
        .where(and(eq(campaignStories.campaignId, campaignId), eq(campaignStories.id, id)))
        .for("update");
      return row;
    },

    async countStories(tx: Tx, campaignId: string): Promise<number> {
      const [row] = await tx
        .select({ n: count() })
        .from(campaignStories)
        .where(eq(campaignStories.campaignId, campaignId));
      return row?.n ?? 0;
    },

    async insertStory(tx: Tx, row: typeof campaignStories.$inferInsert) {
      await tx.insert(campaignStories).values(row);
    },

    async updateStory(tx: Tx, id: string, values: Partial<typeof campaignStories.$inferInsert>) {
      await tx.update(campaignStories).set(values).where(eq(campaignStories.id, id));
    },

    /** Which message tells which story, across the campaign. */
    async links(campaignId: string, tx: Executor = db): Promise<LinkRow[]> {
      return tx
        .select({
          messageId: messageStories.messageId,
          storyId: messageStories.storyId,
          use: messageStories.use,
        })
        .from(messageStories)
        .innerJoin(campaignMessages, eq(campaignMessages.id, messageStories.messageId))
        .where(eq(campaignMessages.campaignId, campaignId))
        .orderBy(asc(messageStories.messageId), asc(messageStories.storyId));
    },

    /** The stories one message tells, with their consent (the message is locked by the caller). */
    async storiesOf(tx: Tx, messageId: string) {
      return tx
        .select({ use: messageStories.use, story: campaignStories })
        .from(messageStories)
        .innerJoin(campaignStories, eq(campaignStories.id, messageStories.storyId))
        .where(eq(messageStories.messageId, messageId))
        .orderBy(asc(campaignStories.createdAt), asc(campaignStories.id))
        .for("update", { of: campaignStories });
    },

    /** Whether any message tells the story. */
    async isTold(tx: Tx, storyId: string): Promise<boolean> {
      const [row] = await tx
        .select({ storyId: messageStories.storyId })
        .from(messageStories)
        .where(eq(messageStories.storyId, storyId))
        .limit(1);
      return !!row;
    },

    /** Attaches the story, or changes the use it is told for. */
    async putLink(tx: Tx, link: LinkRow) {
      await tx
        .insert(messageStories)
        .values(link)
        .onConflictDoUpdate({
          target: [messageStories.messageId, messageStories.storyId],
          set: { use: link.use },
        });
    },

    async deleteLink(tx: Tx, messageId: string, storyId: string): Promise<boolean> {
      const gone = await tx
        .delete(messageStories)
        .where(and(eq(messageStories.messageId, messageId), eq(messageStories.storyId, storyId)))
        .returning({ storyId: messageStories.storyId });
      return gone.length > 0;
    },
  };
}
export type MessagesRepo = ReturnType<typeof createMessagesRepo>;
