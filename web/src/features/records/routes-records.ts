import { createRoute, lazyRouteComponent } from "@tanstack/react-router";
import { page, rootRoute } from "../../route-kit.ts";
import { NewRecordSearch, RecordsFilters, StatisticsSearch } from "./records-search.ts";

const list = createRoute({
  getParentRoute: () => rootRoute,
  path: "/records",
  validateSearch: RecordsFilters,
  component: lazyRouteComponent(() => import("./RecordsListPage.tsx"), "RecordsListPage"),
});

const create = createRoute({
  getParentRoute: () => rootRoute,
  path: "/records/new",
  validateSearch: NewRecordSearch,
  component: lazyRouteComponent(() => import("./RecordsFormPage.tsx"), "RecordCreatePage"),
});

const statistics = createRoute({
  getParentRoute: () => rootRoute,
  path: "/records/statistics",
  validateSearch: StatisticsSearch,
  component: lazyRouteComponent(
    () => import("./RecordsStatisticsPage.tsx"),
    "RecordsStatisticsPage",
  ),
});

/** The records list, the record form (new and edit), the CSV import and the statistics. */
export const recordsRoutes = [
  list,
  create,
  statistics,
  page("/records/$id/edit", () => import("./RecordsFormPage.tsx"), "RecordEditPage"),
  page(
    "/organizations/$id/records/import",
    () => import("./RecordsImportPage.tsx"),
    "RecordsImportPage",
  ),
] as const;
