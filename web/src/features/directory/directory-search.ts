// zod/mini: the router validates search params on every page, so this ships in the entry
// chunk, where the full Zod would add about 25 KB gzip.
import { z } from "zod/mini";

const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const list = optional(z.array(z.string()));

/** The directory's state lives in the URL, so a search can be bookmarked and shared. */
export const DirectorySearch = z.object({
  q: optional(z.string()),
  type: list,
  level: list,
  humanitarianRegion: list,
  region: list,
  country: list,
  issue: list,
  capacity: list,
  language: list,
  verified: optional(z.enum(["true", "false"])),
  sort: optional(z.enum(["relevance", "name"])),
});
export type DirectorySearch = z.infer<typeof DirectorySearch>;
