/** Filled in by the pages of this part of records (issue 14). */
export const agreementsRoutes = [] as const;
