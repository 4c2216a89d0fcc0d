import { z } from "zod";
import { Charter } from "./coalitions.ts";
import { proposalSubjects } from "./decisions/charter-rule.ts";
import { DecisionResult, ProposalRules, withheldReasons } from "./decisions/index.ts";
import { localizedText } from "./localized-text.ts";
import { ProposalPermissions } from "./policy/permissions.ts";
import { Day, Id } from "./problem.ts";

/**
 * What a proposal decides. A general proposal carries its own rules. A joint statement,
 * spending and a charter amendment are decided under the charter's rule for that kind of
 * decision (an adopted amendment becomes the next charter version). Admission and removal
 * are membership decisions under the charter's admission rule: an admission proposal opens
 * by itself when an organisation applies, and a removal proposal names the member to remove.
 */
export const ProposalSubject = z.enum(proposalSubjects);
export type ProposalSubject = z.infer<typeof ProposalSubject>;

export { charterRuleFor, decisionFor } from "./decisions/charter-rule.ts";

export const ProposalInput = z
  .object({
    /** The member organisation proposing, which the author represents. */
    organizationId: Id,
    title: z.string().trim().min(3).max(200),
    body: localizedText(10000).optional(),
    subject: ProposalSubject.default("general"),
    /**
     * The proposal's own rules: required for a general proposal and where the charter leaves
     * the method open; refused where the charter fixes the rule for this kind of decision.
     */
    rules: ProposalRules.optional(),
    /** The amended charter, for a charter amendment. */
    charter: Charter.optional(),
    /** The member organisation a removal proposal would remove. */
    targetOrganizationId: Id.optional(),
    closesAt: z.iso.datetime({ offset: true }),
    /** Tallies stay hidden until the proposal closes. */
    hiddenResults: z.boolean().default(false),
    /** Counts are shown but not which organisation took which stance. */
    anonymous: z.boolean().default(false),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.subject === "general" && !p.rules) {
      ctx.addIssue({ code: "custom", path: ["rules"], message: "a general proposal needs rules" });
    }
    if (p.subject === "charter" && !p.charter) {
      ctx.addIssue({
        code: "custom",
        path: ["charter"],
        message: "an amendment needs the charter",
      });
    }
    if (p.subject === "admission") {
      ctx.addIssue({
        code: "custom",
        path: ["subject"],
        message: "an admission proposal opens by itself when an organisation applies",
      });
    }
    if (p.subject === "removal" && !p.targetOrganizationId) {
      ctx.addIssue({
        code: "custom",
        path: ["targetOrganizationId"],
        message: "a removal proposal names the member to remove",
      });
    }
    if (p.subject !== "removal" && p.targetOrganizationId) {
      ctx.addIssue({
        code: "custom",
        path: ["targetOrganizationId"],
        message: "only a removal proposal names a member",
      });
    }
    if (p.subject !== "charter" && p.charter) {
      ctx.addIssue({
        code: "custom",
        path: ["charter"],
        message: "only a charter amendment carries a charter",
      });
    }
  });
export type ProposalInput = z.input<typeof ProposalInput>;

export const StanceInput = z.object({ ballot: z.unknown() }).strict();

export const OutcomeInput = z
  .object({
    statement: localizedText(4000),
    reviewDate: Day.optional(),
  })
  .strict();

const OrgRef = z.object({ organizationId: Id, name: z.string() });

export const Proposal = z
  .object({
    id: Id,
    coalitionId: Id,
    subject: ProposalSubject,
    title: z.string(),
    body: localizedText(10000).nullable(),
    rules: ProposalRules,
    proposedCharter: Charter.nullable(),
    status: z.enum(["open", "closed"]),
    closesAt: z.iso.datetime({ offset: true }),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
    hiddenResults: z.boolean(),
    anonymous: z.boolean(),
    openedBy: OrgRef,
    /** The organisation an admission or removal proposal is about. */
    target: OrgRef.nullable(),
    /** Organisations that may take a stance now (open) or could at closing (closed). */
    eligible: z.number().int(),
    /** How many took a stance; null while results are hidden (see `disclosure`). */
    participation: z.number().int().nullable(),
    /** The count so far or at closing; null while it is withheld. */
    result: DecisionResult.nullable(),
    /** Why the count is not shown yet: hidden until closing, or anonymous and too few stances. */
    withheld: z.enum(withheldReasons).nullable(),
    /** Who took which stance; null while hidden, and always in anonymous mode. */
    stances: z
      .array(OrgRef.extend({ ballot: z.unknown(), updatedAt: z.iso.datetime({ offset: true }) }))
      .nullable(),
    /** In anonymous mode, after closing: who took part, without their stance. */
    participants: z.array(OrgRef).nullable(),
    /** The stances of the reader's own organisations, always visible to them. */
    myStances: z.array(z.object({ organizationId: Id, ballot: z.unknown() })),
    /** What the reader may do with it, as the server decides it. */
    permissions: ProposalPermissions,
    outcome: z
      .object({
        statement: localizedText(4000),
        reviewDate: Day.nullable(),
        recordedAt: z.iso.datetime({ offset: true }),
      })
      .nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Proposal" });
export type Proposal = z.infer<typeof Proposal>;

export const ProposalSummary = Proposal.pick({
  id: true,
  subject: true,
  title: true,
  status: true,
  closesAt: true,
  closedAt: true,
}).extend({ kind: z.string(), outcome: z.string().nullable() });
export const ProposalList = z.object({ items: z.array(ProposalSummary) });

export const StanceParams = z.object({ id: Id, organizationId: Id }).strict();
