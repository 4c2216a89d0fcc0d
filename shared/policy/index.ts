/**
 * Who may do what: the viewer's standing in a coalition and on an organisation's profile,
 * the one rule per action (`check`, `can`), and the permissions each response carries.
 */
export * from "./standing.ts";
export * from "./coalition.ts";
export * from "./membership.ts";
export * from "./permissions.ts";
export * from "./organization.ts";
export * from "./terms.ts";
export * from "./campaign.ts";
export * from "./record.ts";
