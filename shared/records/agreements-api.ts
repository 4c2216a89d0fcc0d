import { z } from "zod";
import { SealedShare } from "./confidential-api.ts";
import { Id } from "../problem.ts";
import { type FieldKey, allFields, consentUses, recordKinds } from "./fields.ts";
import { dataCategories, onwardRules } from "./terms.ts";

/*
 * Information-sharing agreements and grants (issue 14): what the API takes and gives. An
 * agreement's terms change only by a new version, which every party accepts again; a grant
 * shares a record, or a saved filter over the owner's records, under the agreement's
 * current version.
 */

const At = z.iso.datetime({ offset: true });
const Day = z.iso.date();

const termsShape = {
  title: z.string().trim().min(1).max(200),
  purpose: z.string().trim().min(1).max(5000),
  dataCategories: z
    .array(z.enum(dataCategories))
    .min(1)
    .max(dataCategories.length)
    .refine((c) => new Set(c).size === c.length, "must not repeat a category"),
  /** The record fields that may be shared (minimum data): at least one. */
  fields: z
    .array(z.enum(allFields as [FieldKey, ...FieldKey[]]))
    .min(1)
    .max(allFields.length)
    .refine((f) => new Set(f).size === f.length, "must not repeat a field"),
  onwardRule: z.enum(onwardRules),
  /** For `within_coalition`: the coalition inside which a grantee may share onward. */
  onwardCoalitionId: Id.optional(),
  retentionDays: z.number().int().min(1).max(3650),
  /** The consent a record needs before it is shared; null when none is asked. */
  consentRequired: z.enum(consentUses).nullable().default("named_partners"),
};

const onwardNamesCoalition = (t: { onwardRule: string; onwardCoalitionId?: string | undefined }) =>
  (t.onwardRule === "within_coalition") === (t.onwardCoalitionId !== undefined);
const onwardMessage = {
  message: "name a coalition for within_coalition, and only for it",
  path: ["onwardCoalitionId"],
};

export const AgreementTerms = z
  .object(termsShape)
  .strict()
  .refine(onwardNamesCoalition, onwardMessage);
export type AgreementTerms = z.input<typeof AgreementTerms>;

export const AgreementInput = z
  .object({
    ...termsShape,
    /** The organisation proposing it; the caller is one of its owners or admins. */
    proposedBy: Id,
    /** The other parties (at least one). */
    partyIds: z
      .array(Id)
      .min(1)
      .max(20)
      .refine((p) => new Set(p).size === p.length, "must not repeat a party"),
  })
  .strict()
  .refine(onwardNamesCoalition, onwardMessage);
export type AgreementInput = z.input<typeof AgreementInput>;

/** New terms, put by a party, which accepts them by putting them. */
export const AgreementAmendment = z
  .object({ ...termsShape, organizationId: Id })
  .strict()
  .refine(onwardNamesCoalition, onwardMessage);
export type AgreementAmendment = z.input<typeof AgreementAmendment>;

/** A party's owner or admin acting for it. */
export const PartyAction = z.object({ organizationId: Id }).strict();

export const AgreementStatus = z.enum(["proposed", "in_force", "ended"]);

export const AgreementVersionView = z.object({
  version: z.number().int(),
  title: z.string(),
  purpose: z.string(),
  dataCategories: z.array(z.string()),
  fields: z.array(z.string()),
  onwardRule: z.enum(onwardRules),
  onwardCoalitionId: Id.nullable(),
  retentionDays: z.number().int(),
  consentRequired: z.enum(consentUses).nullable(),
  createdAt: At,
});

export const AgreementView = z.object({
  id: Id,
  status: AgreementStatus,
  proposedBy: Id,
  version: z.number().int(),
  /** The terms of the current version. */
  terms: AgreementVersionView,
  /** Every version, newest first. */
  versions: z.array(AgreementVersionView),
  /** Each party, and whether it accepted the current version. */
  parties: z.array(
    z.object({
      organizationId: Id,
      name: z.string(),
      accepted: z.boolean(),
      acceptedAt: At.nullable(),
    }),
  ),
  createdAt: At,
  endedAt: At.nullable(),
  endedBy: Id.nullable(),
  /** What the viewer may do: accept for a party that has not, end it, put new terms. */
  may: z.object({ accept: z.boolean(), end: z.boolean(), amend: z.boolean() }),
});
export type AgreementView = z.infer<typeof AgreementView>;

export const AgreementList = z.object({ items: z.array(AgreementView) });

/** A saved filter over the owner's records: every condition given must hold. */
export const GrantFilter = z
  .object({
    kind: z.enum(recordKinds).optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
      .optional(),
    violationType: z.string().min(1).max(100).optional(),
    from: Day.optional(),
    to: Day.optional(),
  })
  .strict();

const grantShape = {
  agreementId: Id,
  toOrganizationId: Id,
  /** Until when; without it, until revoked, withdrawn or past the agreement's retention. */
  expiresAt: At.optional(),
};

export const RecordGrantInput = z
  .object({
    ...grantShape,
    /** Sharing without the consent the agreement needs: why (audited, told to the owner). */
    overrideReason: z.string().trim().min(10).max(2000).optional(),
    /** For a confidential record: the agreed fields sealed to the recipient, and the signed statement. */
    sealedShare: SealedShare.optional(),
  })
  .strict();
export type RecordGrantInput = z.input<typeof RecordGrantInput>;

export const FilterGrantInput = z.object({ ...grantShape, filter: GrantFilter }).strict();
export type FilterGrantInput = z.input<typeof FilterGrantInput>;

export const GrantView = z.object({
  id: Id,
  agreementId: Id,
  agreementVersion: z.number().int(),
  fromOrganizationId: Id,
  fromName: z.string(),
  toOrganizationId: Id,
  toName: z.string(),
  recordId: Id.nullable(),
  filter: GrantFilter.nullable(),
  parentGrantId: Id.nullable(),
  overrideReason: z.string().nullable(),
  grantedAt: At,
  expiresAt: At.nullable(),
  endedAt: At.nullable(),
  endReason: z.string().nullable(),
  live: z.boolean(),
});
export type GrantView = z.infer<typeof GrantView>;

export const GrantList = z.object({ items: z.array(GrantView) });
