import { z } from "zod";
import { localizedText } from "../localized-text.ts";
import { Id } from "../problem.ts";
import { statementAnswers } from "./signatories.ts";

/*
 * Joint statements (issue 13): what the API takes and gives. A statement belongs to a
 * coalition (and may belong to one of its campaigns); its text is kept in versions that are
 * never changed, and each organisation answers once, bound to the version it answered.
 */

export const statementStatuses = ["draft", "open", "published", "withdrawn"] as const;
export type StatementStatus = (typeof statementStatuses)[number];

const Title = localizedText(300);
const Body = localizedText(20_000);
const At = z.iso.datetime({ offset: true });
const Ids = z.array(Id);
const OrgRef = z.object({ organizationId: Id, name: z.string() });

export const StatementInput = z
  .object({
    title: Title,
    text: Body,
    /** One of the coalition's campaigns the statement belongs to. */
    campaignId: Id.optional(),
    /** When sign-on closes; answers after it are refused. */
    signOnClosesAt: At.optional(),
    /**
     * Whether the public page says "and N organisations that support privately" (never below
     * three). Off by default: counting private support is a choice the coalition makes.
     */
    showPrivateCount: z.boolean().default(false),
  })
  .strict();
export type StatementInput = z.input<typeof StatementInput>;

/** A new version of the text: those who answered an earlier one are asked to confirm again. */
export const StatementVersionInput = z.object({ title: Title, text: Body }).strict();

/** Opening sign-on, withdrawing, or changing the deadline and the private count. */
export const StatementPatch = z
  .object({
    status: z.enum(["open", "withdrawn"]).optional(),
    signOnClosesAt: At.nullable().optional(),
    showPrivateCount: z.boolean().optional(),
  })
  .strict();

export const AnswerInput = z
  .object({
    organizationId: Id,
    answer: z.enum(statementAnswers),
    /** The version the organisation read and answers: refused when it is no longer current. */
    versionId: Id,
    /** Seen only by the convening side. */
    declineReason: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((a) => a.answer === "decline" || a.declineReason === undefined, {
    message: "only a decline carries a reason",
    path: ["declineReason"],
  });
export type AnswerInput = z.input<typeof AnswerInput>;

export const StatementVersion = z.object({
  id: Id,
  number: z.number().int(),
  title: Title,
  text: Body,
  /** SHA-256 of the title and text, what a signature binds to. */
  hash: z.string(),
  createdAt: At,
});
export type StatementVersion = z.infer<typeof StatementVersion>;

export const StatementPermissions = z.object({
  /** New versions, sign-on, the invitation link, the risk assessment. */
  draft: z.boolean(),
  /** Every answer with its organisation, declines' reasons included. */
  readAnswers: z.boolean(),
  /** The organisations the viewer may answer for. */
  answerFor: Ids,
});

/** An organisation's own answer, as it and the convening side see it. */
export const OwnAnswer = OrgRef.extend({
  answer: z.enum(statementAnswers),
  versionId: Id,
  versionNumber: z.number().int(),
  /** Given on an earlier version: asked to confirm again. */
  confirmAgain: z.boolean(),
  declineReason: z.string().nullable(),
  /** Answered through the invitation link, from outside the coalition. */
  outside: z.boolean(),
  answeredAt: At,
});

export const Statement = z
  .object({
    id: Id,
    coalitionId: Id,
    campaignId: Id.nullable(),
    status: z.enum(statementStatuses),
    signOnClosesAt: At.nullable(),
    showPrivateCount: z.boolean(),
    current: StatementVersion,
    versionCount: z.number().int(),
    publishedVersionId: Id.nullable(),
    publishedAt: At.nullable(),
    /** The statement's discussion in the coalition's threads. */
    threadId: Id.nullable(),
    /** The joint risk assessment of the statement, if one was opened. */
    riskAssessmentId: Id.nullable(),
    /** Who speaks for it publicly, as the coalition decided. */
    messengers: z.array(OrgRef),
    /** Those that signed the current version publicly: a coalition's members may see them. */
    publicSigners: z.array(OrgRef),
    /** Private supporters of the current version, counted only from three. */
    privateSupporters: z.number().int().nullable(),
    /** The viewer's organisations' own answers. */
    mine: z.array(OwnAnswer),
    /** Every answer and who has not answered: the convening side only, else null. */
    answers: z.array(OwnAnswer).nullable(),
    notYet: z.array(OrgRef).nullable(),
    /** The public address, once published. */
    publicUrl: z.string().nullable(),
    permissions: StatementPermissions,
    createdAt: At,
  })
  .meta({ id: "Statement" });
export type Statement = z.infer<typeof Statement>;

export const StatementSummary = z.object({
  id: Id,
  campaignId: Id.nullable(),
  status: z.enum(statementStatuses),
  title: Title,
  signOnClosesAt: At.nullable(),
  publishedAt: At.nullable(),
  messengers: z.array(OrgRef),
});
export const StatementList = z.object({ items: z.array(StatementSummary) });
export const StatementListQuery = z.object({ campaignId: Id.optional() }).strict();

export const StatementVersions = z.object({ items: z.array(StatementVersion) });

/** The link that lets organisations outside the coalition sign on. */
export const StatementInvitation = z.object({ token: z.string(), url: z.string() });
export const TokenParams = z.object({ token: z.string().min(20).max(100) }).strict();

/** What an outside organisation sees through an invitation link, once signed in. */
export const InvitedStatement = z.object({
  id: Id,
  status: z.enum(statementStatuses),
  signOnClosesAt: At.nullable(),
  current: StatementVersion,
  /** Organisations the viewer manages that may answer through the link. */
  answerFor: z.array(OrgRef),
  mine: z.array(OwnAnswer),
});

/** The published statement, for anyone. */
export const PublicStatement = z
  .object({
    id: Id,
    /** Null for a secret coalition: the statement is published without naming it. */
    coalition: z.object({ id: Id, name: z.string() }).nullable(),
    title: Title,
    text: Body,
    hash: z.string(),
    publishedAt: At,
    signatories: z.array(OrgRef),
    privateSupporters: z.number().int().nullable(),
    messengers: z.array(OrgRef),
    url: z.string(),
  })
  .meta({ id: "PublicStatement" });
export type PublicStatement = z.infer<typeof PublicStatement>;
