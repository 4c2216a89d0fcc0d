export * from "../modules/auth/auth.table.ts";
export * from "../modules/taxonomies/taxonomies.table.ts";
export * from "../modules/organizations/organizations.table.ts";
export * from "../modules/directory/directory.table.ts";
export * from "../modules/coalitions/coalitions.table.ts";
export * from "../modules/coalitions/meetings.table.ts";
export * from "../modules/coalitions/discussions.table.ts";
export * from "../modules/notifications/notifications.table.ts";
