/*
 * Query keys of the records pages, in one place so that a change made on one page (a new
 * grant, a consent, an edit) refreshes what the others show.
 */
export const recordsKey = ["records"] as const;
export const recordListKey = (query: object) => [...recordsKey, "list", query] as const;
export const recordKey = (id: string) => [...recordsKey, "one", id] as const;
export const recordFilesKey = (id: string) => [...recordKey(id), "files"] as const;
export const recordGrantsKey = (id: string) => [...recordKey(id), "grants"] as const;
export const recordAuditKey = (id: string) => [...recordKey(id), "audit"] as const;
export const statisticsKey = (query: object) => [...recordsKey, "statistics", query] as const;
export const agreementsKey = ["agreements"] as const;
export const agreementKey = (id: string) => [...agreementsKey, id] as const;
export const organizationGrantsKey = (organizationId: string) =>
  ["organization", organizationId, "grants"] as const;
export const organizationAuditKey = (organizationId: string) =>
  ["organization", organizationId, "audit"] as const;
