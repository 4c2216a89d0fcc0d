import { page } from "../../route-kit.ts";

/** One record: its fields as the viewer may see them, its files, consent and sharing. */
export const recordRoutes = [
  page("/records/$id", () => import("./record-view.tsx"), "RecordViewPage"),
] as const;
