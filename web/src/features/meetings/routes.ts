/**
 * This feature's pages, built with `page` or `createRoute` from ../../route-kit.ts. Keep the
 * list `as const` so links stay type-checked against the route tree.
 */
export const meetingRoutes = [] as const;
