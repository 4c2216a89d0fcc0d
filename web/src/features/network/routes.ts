import { page } from "../../route-kit.ts";

/** The network view; its page (and sigma.js with it) is a chunk of its own. */
export const networkRoutes = [
  page("/network", () => import("./NetworkPage.tsx"), "NetworkPage"),
] as const;
