import { z } from "zod";

const list = z.array(z.string()).optional().catch(undefined);

/** The directory's state lives in the URL, so a search can be bookmarked and shared. */
export const DirectorySearch = z.object({
  q: z.string().optional().catch(undefined),
  type: list,
  level: list,
  region: list,
  country: list,
  issue: list,
  capacity: list,
  language: list,
  verified: z.enum(["true", "false"]).optional().catch(undefined),
  sort: z.enum(["relevance", "name"]).optional().catch(undefined),
});
export type DirectorySearch = z.infer<typeof DirectorySearch>;
