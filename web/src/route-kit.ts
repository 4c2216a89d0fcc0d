import type { QueryClient } from "@tanstack/react-query";
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
} from "@tanstack/react-router";
import { type ComponentType, createElement } from "react";
import { Layout } from "./components/Layout.tsx";
import { NotFoundPage } from "./components/NotFoundPage.tsx";

/** The root every page hangs from; feature route files build on it (see router.tsx). */
export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
});

/** Each page is its own chunk, so the first visit loads only what it shows. */
export const page = <P extends string>(
  path: P,
  load: Parameters<typeof lazyRouteComponent>[0],
  exportName?: string,
) =>
  createRoute({
    getParentRoute: () => rootRoute,
    path,
    component: lazyRouteComponent(load, exportName),
  });

/**
 * A page whose component takes other features' sections as props: `load` brings the page and
 * its sections (in parallel, each its own chunk), and the page is shown with them.
 */
export const composedPage = <P extends string, Props extends object>(
  path: P,
  load: () => Promise<{ Page: ComponentType<Props>; props: Props }>,
) =>
  page(path, async () => {
    const { Page, props } = await load();
    return {
      default: function ComposedPage() {
        return createElement(Page, props);
      },
    };
  });
