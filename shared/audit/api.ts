import { z } from "zod";
import { Id } from "../problem.ts";

/*
 * The audit as an organisation reads it (issue 14): who, for which organisation, did what to
 * which of its records, and when. No entry holds record content, so nobody (a platform
 * administrator included) reads a record through its audit.
 */
export const AuditEntryView = z.object({
  seq: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  action: z.string(),
  actorName: z.string().nullable(),
  actorOrganizationId: Id.nullable(),
  actorOrganizationName: z.string().nullable(),
  subjectKind: z.string(),
  subjectId: z.string().nullable(),
  /** What the entry says besides: the version read, the fields a partner saw, a reason. */
  details: z.record(z.string(), z.unknown()),
  /** The entry's place in the chain, to compare with a kept checkpoint. */
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditPage = z.object({
  entries: z.array(AuditEntryView),
  /** Pass as `before` for older entries; null at the start of the log. */
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditQuery = z
  .object({
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(100),
  })
  .strict();
