/*
 * Money as exact decimals. Amounts travel as strings ("1250.5") and are kept as numeric(20, 4);
 * arithmetic here is on whole ten-thousandths in BigInt, so 0.1 + 0.2 is 0.3 and nothing is
 * ever rounded. Totals are per currency: amounts in different currencies are never added.
 */

/** Up to 16 digits before the point and 4 after: exactly what numeric(20, 4) keeps. */
export const decimalPattern = /^\d{1,16}(\.\d{1,4})?$/;

const places = 4;
const scale = 10n ** BigInt(places);
const anyDecimal = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A decimal string as whole ten-thousandths; throws for anything else (or finer than that). */
export function toUnits(value: string): bigint {
  const match = anyDecimal.exec(value.trim());
  if (!match) throw new RangeError(`Not a decimal: ${value}`);
  const [, sign, whole = "0", fraction = ""] = match;
  const trimmed = fraction.replace(/0+$/, "");
  if (trimmed.length > places) throw new RangeError(`More than ${places} decimals: ${value}`);
  const units = BigInt(whole) * scale + BigInt(trimmed.padEnd(places, "0") || "0");
  return sign ? -units : units;
}

/** Whole ten-thousandths as the shortest decimal string: "1250.5", "-3", "0". */
export function fromUnits(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / scale;
  const fraction = (abs % scale).toString().padStart(places, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** The same amount, written the shortest way ("100.0000" from the database is "100"). */
export const normalizeDecimal = (value: string) => fromUnits(toUnits(value));

export const addDecimals = (...values: string[]) =>
  fromUnits(values.reduce((sum, v) => sum + toUnits(v), 0n));

export const subtractDecimals = (a: string, b: string) => fromUnits(toUnits(a) - toUnits(b));

export const compareDecimals = (a: string, b: string) => {
  const d = toUnits(a) - toUnits(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

export const isPositiveDecimal = (value: string) => toUnits(value) > 0n;

/** What an amount counts towards in a campaign's totals. */
export const moneyMeasures = [
  "pledged",
  "received",
  "budgeted",
  "confirmed",
  "pending",
  "queried",
] as const;
export type MoneyMeasure = (typeof moneyMeasures)[number];

export type MoneyEntry = { currency: string; measure: MoneyMeasure; amount: string };

/**
 * One currency's totals: pledged against received; the budget against spending, confirmed by
 * the fund monitor, pending (awaiting confirmation) and queried, kept apart; and the variance,
 * the budget less confirmed spending.
 */
export type CurrencyTotals = { currency: string } & Record<MoneyMeasure, string> & {
    variance: string;
  };

/**
 * Totals per currency, in currency-code order. Each amount counts only in its own currency:
 * there is no exchange rate anywhere, so a total never mixes two.
 */
export function totalsByCurrency(entries: Iterable<MoneyEntry>): CurrencyTotals[] {
  const sums = new Map<string, Record<MoneyMeasure, bigint>>();
  for (const entry of entries) {
    let sum = sums.get(entry.currency);
    if (!sum) {
      sum = Object.fromEntries(moneyMeasures.map((m) => [m, 0n])) as Record<MoneyMeasure, bigint>;
      sums.set(entry.currency, sum);
    }
    sum[entry.measure] += toUnits(entry.amount);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, sum]) => ({
      currency,
      ...(Object.fromEntries(moneyMeasures.map((m) => [m, fromUnits(sum[m])])) as Record<
        MoneyMeasure,
        string
      >),
      variance: fromUnits(sum.budgeted - sum.confirmed),
    }));
}
