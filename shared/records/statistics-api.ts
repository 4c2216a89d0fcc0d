import { z } from "zod";
import { Id } from "../problem.ts";
import { keysOf, violationTypes } from "./vocab.ts";

/*
 * Statistics of incidents (issue 14): counts by month, country or area against violation
 * type, over the records the viewer reads in full whose owners recorded consent to
 * statistics, with small cells suppressed.
 */
export const statisticsRows = ["month", "country", "area"] as const;
export type StatisticsRows = (typeof statisticsRows)[number];

export const StatisticsQuery = z
  .object({
    rows: z.enum(statisticsRows).default("month"),
    organizationId: Id.optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
      .optional(),
    violationType: z.enum(keysOf(violationTypes) as [string, ...string[]]).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    /** The smallest count shown: cells from 1 to k − 1 are hidden. Never below 3. */
    k: z.coerce.number().int().min(3).max(100).default(5),
  })
  .strict();
export type StatisticsQuery = z.infer<typeof StatisticsQuery>;

const Count = z.number().int().nullable();
const Position = z.object({
  row: z.union([z.number().int(), z.literal("total")]),
  column: z.union([z.number().int(), z.literal("total")]),
});

export const Statistics = z.object({
  rows: z.array(z.string()),
  columns: z.array(z.string()),
  k: z.number().int(),
  /** Each cell's count, or null where it is hidden. */
  /** An incident counts once in each violation type it has: totals count violations. */
  cells: z.array(z.array(Count)),
  rowTotals: z.array(Count),
  columnTotals: z.array(Count),
  grandTotal: Count,
  primary: z.array(Position),
  complementary: z.array(Position),
});
export type Statistics = z.infer<typeof Statistics>;

/**
 * Counts of confidential incidents an organisation's browser computed over the records whose
 * consent to statistics stands (issue 15): the server cannot count them itself. Each cell is
 * a month, a country, an area (optional) and a violation type; a new contribution replaces
 * the last. Shown only to the organisation's own people unless it chooses everyone.
 */
export const ConfidentialCountsInput = z
  .object({
    audience: z.enum(["organization", "everyone"]).default("organization"),
    counts: z
      .array(
        z
          .object({
            month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month such as 2026-03"),
            country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
            area: z.string().trim().max(200).default(""),
            violationType: z.enum(keysOf(violationTypes) as [string, ...string[]]),
            count: z.number().int().min(1).max(1_000_000),
          })
          .strict(),
      )
      .max(5000),
  })
  .strict();
export type ConfidentialCountsInput = z.input<typeof ConfidentialCountsInput>;

export const ConfidentialCountsView = z.object({
  organizationId: Id,
  contribution: z
    .object({
      audience: z.enum(["organization", "everyone"]),
      cells: z.number().int(),
      /** The sum of the counts: an incident counts once in each of its violation types. */
      total: z.number().int(),
      contributedAt: z.iso.datetime({ offset: true }),
      contributedByName: z.string().nullable(),
    })
    .nullable(),
});
export type ConfidentialCountsView = z.infer<typeof ConfidentialCountsView>;
