// zod/mini: the search schemas ship in the entry chunk with the routes (see directory-search.ts).
import { z } from "zod/mini";
import { recordKinds } from "../../../../shared/records/fields.ts";

/*
 * A value the address holds that the API would refuse is dropped rather than sent: a
 * mistyped link still opens the page, without that filter.
 */
const optional = (pattern: RegExp) =>
  z.catch(z.optional(z.string().check(z.regex(pattern))), undefined);
const id = optional(/^[0-9a-f-]{36}$/);
const day = optional(/^\d{4}-\d{2}-\d{2}$/);
const kind = z.catch(z.optional(z.enum(recordKinds)), undefined);

/** The filters of the list, its exports and its statistics, in the address so they can be shared. */
export const RecordsFilters = z.object({
  organizationId: id,
  kind,
  country: optional(/^[A-Z]{2}$/),
  violationType: optional(/^[a-z_]{2,60}$/),
  from: day,
  to: day,
});
export type RecordsFilters = z.infer<typeof RecordsFilters>;

export const statisticsRowKinds = ["month", "country", "area"] as const;
export const StatisticsSearch = z.extend(RecordsFilters, {
  rows: z.catch(z.optional(z.enum(statisticsRowKinds)), undefined),
});
export type StatisticsSearch = z.infer<typeof StatisticsSearch>;

/** Opened from the list with the organisation (and perhaps the kind) already chosen. */
export const NewRecordSearch = z.object({ organizationId: id, kind });
