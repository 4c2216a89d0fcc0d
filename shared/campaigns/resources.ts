import { z } from "zod";
import { Cursor, Day, Id, pageQuery } from "../problem.ts";
import { pledgeKinds, spendingStatuses } from "./catalogue.ts";
import { currencyCodes } from "./currencies.ts";
import { decimalPattern, isPositiveDecimal } from "./money.ts";

/*
 * A campaign's pooled resources: what each organisation pledges (money, staff days, in kind)
 * and what has arrived, the budget lines, and spending against them, which the fund monitor
 * confirms or queries. Amounts are exact decimal strings; every total is per currency.
 */

/** An amount: a decimal string with at most 4 decimals ("1250.5"), never a number. */
export const Amount = z
  .string()
  .regex(decimalPattern, "must be a decimal number like 1250.50, with at most 4 decimals");
// Zod runs the refinement even when the pattern failed: only a decimal is judged.
const PositiveAmount = Amount.refine(
  (v) => !decimalPattern.test(v) || isPositiveDecimal(v),
  "must be more than zero",
);
export const Currency = z.enum(currencyCodes);
const Text = (max: number) => z.string().trim().min(1).max(max);
const OrgRef = z.object({ organizationId: Id, name: z.string() });
const Person = z.object({ userId: z.string(), name: z.string() });
const Instant = z.iso.datetime({ offset: true });

const pledgeFields = {
  kind: z.enum(pledgeKinds),
  /** ISO 4217, for money only. */
  currency: Currency.nullable().optional(),
  /** Money in the currency, a number of staff days, or a quantity in kind. */
  amount: PositiveAmount,
  /** What has arrived so far, in the same unit. */
  received: Amount.optional(),
  description: Text(2000).nullable().optional(),
  /** The budget line the pledge goes to, if any. */
  budgetLineId: Id.nullable().optional(),
};

/** Money comes with its currency; staff days and things in kind have none. */
const currencyFitsKind = (v: { kind?: string; currency?: string | null }) =>
  v.kind === undefined || (v.kind === "money") === !!v.currency;
const currencyMessage = {
  message: "money needs a currency; staff days and things in kind have none",
  path: ["currency"],
};

export const PledgeInput = z
  .object({ organizationId: Id.describe("The organisation that pledges"), ...pledgeFields })
  .strict()
  .refine(currencyFitsKind, currencyMessage)
  .refine((v) => v.kind !== "in_kind" || !!v.description, {
    message: "say what is given in kind",
    path: ["description"],
  });
export type PledgeInput = z.infer<typeof PledgeInput>;

/** Change a pledge (its organisation), or record what has arrived (those running it too). */
export const PledgePatch = z
  .object({
    ...pledgeFields,
    kind: pledgeFields.kind.optional(),
    amount: PositiveAmount.optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "say what to change" });
export type PledgePatch = z.infer<typeof PledgePatch>;

export const Pledge = z
  .object({
    id: Id,
    organization: OrgRef,
    kind: z.enum(pledgeKinds),
    currency: Currency.nullable(),
    amount: Amount,
    received: Amount,
    description: z.string().nullable(),
    budgetLineId: Id.nullable(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: "CampaignPledge" });
export type Pledge = z.infer<typeof Pledge>;
export const PledgeList = z.object({ items: z.array(Pledge) });

export const BudgetLineInput = z
  .object({ label: Text(200), currency: Currency, amount: Amount })
  .strict();
export type BudgetLineInput = z.infer<typeof BudgetLineInput>;
export const BudgetLinePatch = BudgetLineInput.partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "say what to change" });
export type BudgetLinePatch = z.infer<typeof BudgetLinePatch>;

/** A budget line with its spending so far, in its own currency. */
export const BudgetLine = z
  .object({
    id: Id,
    label: z.string(),
    currency: Currency,
    amount: Amount,
    /** Spending the fund monitor confirmed. */
    confirmed: Amount,
    /** Spending recorded and awaiting confirmation. */
    pending: Amount,
    /** Spending the fund monitor queried. */
    queried: Amount,
    /** The budget less confirmed spending (negative when overspent). */
    variance: z.string(),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .meta({ id: "CampaignBudgetLine" });
export type BudgetLine = z.infer<typeof BudgetLine>;
export const BudgetLineList = z.object({ items: z.array(BudgetLine) });

const spendingFields = {
  budgetLineId: Id,
  /** Must be the budget line's currency. */
  currency: Currency,
  amount: PositiveAmount,
  spentOn: Day,
  description: Text(2000),
  /** The receipt's reference or a link to it. */
  receipt: Text(2000),
};

export const SpendingInput = z
  .object({ organizationId: Id.describe("The organisation that spent"), ...spendingFields })
  .strict();
export type SpendingInput = z.infer<typeof SpendingInput>;
export const SpendingPatch = z
  .object(spendingFields)
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: "say what to change" });
export type SpendingPatch = z.infer<typeof SpendingPatch>;

/** The fund monitor's question about an entry: it goes back to the organisation that spent. */
export const SpendingQueryInput = z.object({ note: Text(2000) }).strict();

export const Spending = z
  .object({
    id: Id,
    budgetLineId: Id,
    organization: OrgRef,
    currency: Currency,
    amount: Amount,
    spentOn: Day,
    description: z.string(),
    receipt: z.string().nullable(),
    status: z.enum(spendingStatuses),
    /** Who confirmed or queried it, and when. */
    reviewedBy: Person.nullable(),
    reviewedAt: Instant.nullable(),
    queryNote: z.string().nullable(),
    recordedBy: Person.nullable(),
    createdAt: Instant,
  })
  .meta({ id: "CampaignSpending" });
export type Spending = z.infer<typeof Spending>;

export const SpendingListQuery = z
  .object({
    budgetLineId: Id.optional(),
    organizationId: Id.optional(),
    status: z.enum(spendingStatuses).optional(),
    ...pageQuery,
  })
  .strict();
/** Newest spending first. */
export const SpendingList = z.object({ items: z.array(Spending), nextCursor: Cursor.nullable() });

const Totals = z.object({
  currency: Currency,
  pledged: Amount,
  received: Amount,
  budgeted: Amount,
  confirmed: Amount,
  pending: Amount,
  queried: Amount,
  variance: z.string(),
});

/** Totals per currency (never converted), staff days and things in kind apart, and each line. */
export const ResourcesSummary = z
  .object({
    currencies: z.array(Totals),
    staffDays: z.object({ pledged: Amount, received: Amount }),
    inKind: z.object({ pledges: z.number().int(), receivedInFull: z.number().int() }),
    lines: z.array(BudgetLine),
    /** Spending entries awaiting the fund monitor. */
    awaitingConfirmation: z.number().int(),
  })
  .meta({ id: "CampaignResourcesSummary" });
export type ResourcesSummary = z.infer<typeof ResourcesSummary>;

export const PledgeParams = z.object({ id: Id, pledgeId: Id }).strict();
export const BudgetLineParams = z.object({ id: Id, budgetLineId: Id }).strict();
export const SpendingParams = z.object({ id: Id, spendingId: Id }).strict();
