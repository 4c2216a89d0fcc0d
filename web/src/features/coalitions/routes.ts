import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
// zod/mini: route files ship in the entry chunk (see directory-search.ts).
import { z } from "zod/mini";
import { page, rootRoute } from "../../route-kit.ts";

const version = z.catch(z.optional(z.number().check(z.int(), z.positive())), undefined);

const charter = createRoute({
  getParentRoute: () => rootRoute,
  path: "/coalitions/$id/charter",
  validateSearch: z.object({ version }),
  component: lazyRouteComponent(() => import("./CharterPage.tsx"), "CharterPage"),
});

const uuid = z.string().check(z.regex(/^[0-9a-f-]{36}$/));
/**
 * A team built in partner discovery, carried here by "Use the full form instead" so it is
 * invited once the coalition starts, with the name and purpose already typed.
 */
export const CreateSearch = z.object({
  team: z.catch(z.optional(z.array(uuid).check(z.maxLength(50))), undefined),
  name: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
  purpose: z.catch(z.optional(z.string().check(z.maxLength(4000))), undefined),
});
const create = createRoute({
  getParentRoute: () => rootRoute,
  path: "/coalitions/new",
  validateSearch: CreateSearch,
  component: lazyRouteComponent(() => import("./CoalitionCreatePage.tsx"), "CoalitionCreatePage"),
});

const compare = createRoute({
  getParentRoute: () => rootRoute,
  path: "/coalitions/$id/charter/compare",
  validateSearch: z.object({ from: version, to: version }),
  component: lazyRouteComponent(() => import("./CharterComparePage.tsx"), "CharterComparePage"),
});

/**
 * This feature's pages, built with `page` or `createRoute` from ../../route-kit.ts. Keep the
 * list `as const` so links stay type-checked against the route tree. The coalition's own
 * page shows other features' sections, so router.tsx puts it together.
 */
export const coalitionRoutes = [
  page("/coalitions", () => import("./CoalitionsPage.tsx"), "CoalitionsPage"),
  create,
  charter,
  compare,
  page("/coalitions/$id/charter/amend", () => import("./CharterAmendPage.tsx"), "CharterAmendPage"),
  page(
    "/coalitions/$id/members",
    () => import("./CoalitionMembersPage.tsx"),
    "CoalitionMembersPage",
  ),
] as const;
