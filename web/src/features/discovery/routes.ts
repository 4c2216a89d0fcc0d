import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
// zod/mini: route files ship in the entry chunk (see directory-search.ts).
import { z } from "zod/mini";
import { rootRoute } from "../../route-kit.ts";

const id = z.catch(z.optional(z.string().check(z.regex(/^[0-9a-f-]{36}$/))), undefined);

/** Whom the search is for, or which saved need to open; at most one is used. */
export const DiscoverSearch = z.object({ organizationId: id, coalitionId: id, needId: id });
export type DiscoverSearch = z.infer<typeof DiscoverSearch>;

const discover = createRoute({
  getParentRoute: () => rootRoute,
  path: "/discover",
  validateSearch: DiscoverSearch,
  component: lazyRouteComponent(() => import("./DiscoverPage.tsx"), "DiscoverPage"),
});

/**
 * This feature's pages. Keep the list `as const` so links stay type-checked against the
 * route tree.
 */
export const discoveryRoutes = [discover] as const;
