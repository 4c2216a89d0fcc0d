import type { Case } from "./access-policy.ts";

/** Discussion threads, concerns and comments. */
export const discussionCases: Case[] = [];
