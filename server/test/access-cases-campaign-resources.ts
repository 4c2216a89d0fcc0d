import type { Case } from "./access-policy.ts";

/** The campaign's resources routes: see campaign-access-kit.ts for the world they meet. */
export const resourceCases: Case[] = [];
