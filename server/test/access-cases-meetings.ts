import type { Case } from "./access-policy.ts";

/** Meetings, their attendance, minutes and action items, and the calendar feed. */
export const meetingCases: Case[] = [];
