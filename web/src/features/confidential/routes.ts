import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { page, rootRoute } from "../../route-kit.ts";
import { ConfidentialFilters } from "./confidential-search.ts";

const list = createRoute({
  getParentRoute: () => rootRoute,
  path: "/confidential",
  validateSearch: ConfidentialFilters,
  component: lazyRouteComponent(() => import("./ConfidentialListPage.tsx"), "ConfidentialListPage"),
});

/** Confidential records: the list searched in the browser, the form, one record's page. */
export const confidentialRoutes = [
  list,
  page("/confidential/new", () => import("./ConfidentialFormPage.tsx"), "ConfidentialCreatePage"),
  page("/confidential/$id", () => import("./ConfidentialViewPage.tsx"), "ConfidentialViewPage"),
  page(
    "/confidential/$id/edit",
    () => import("./ConfidentialFormPage.tsx"),
    "ConfidentialEditPage",
  ),
] as const;
