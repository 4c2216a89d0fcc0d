import type { Case } from "./access-policy.ts";

/** The campaign's stakeholders routes: see campaign-access-kit.ts for the world they meet. */
export const stakeholderCases: Case[] = [];
