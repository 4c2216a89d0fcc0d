/**
 * Quorums and thresholds are given as plain numbers (0.5, 2/3, 0.7) but compared as exact
 * fractions: `0.7 * 10` is 7.000000000000001 in floating point, so "at least 70 % of 10"
 * would wrongly need 8 votes, and `Math.ceil(0.3 * 10)` is 4, not 3.
 */

/** The largest denominator a quorum or threshold may have once read as a fraction. */
export const maxDenominator = 10_000;

/**
 * Two distinct fractions with denominators up to 10,000 are at least 1e-8 apart, so a number
 * this close to one of them can only mean that one.
 */
const tolerance = 1e-9;

export type Fraction = { numerator: number; denominator: number };

/**
 * The fraction in lowest terms that `x` (in [0, 1]) stands for: 2/3 for 0.6666666666666666,
 * 7/10 for 0.7. A number that is no such simple fraction (the schemas refuse those) gets the
 * closest fraction with a denominator up to 10,000, so that the arithmetic stays exact.
 */
export function toFraction(x: number): Fraction {
  if (!Number.isFinite(x) || x <= 0) return { numerator: 0, denominator: 1 };
  if (x >= 1) return { numerator: 1, denominator: 1 };
  let best: Fraction = { numerator: Math.round(x), denominator: 1 };
  let bestError = Math.abs(x - best.numerator);
  // The smallest denominator that fits comes first, so the fraction is in lowest terms.
  for (let denominator = 1; denominator <= maxDenominator; denominator++) {
    const numerator = Math.round(x * denominator);
    const error = Math.abs(x - numerator / denominator);
    if (error <= tolerance) return { numerator, denominator };
    if (error < bestError) {
      best = { numerator, denominator };
      bestError = error;
    }
  }
  return best;
}

/** Whether `x` is (within rounding) a fraction whose denominator is at most 10,000. */
export function isSimpleFraction(x: number): boolean {
  const { numerator, denominator } = toFraction(x);
  return Math.abs(x - numerator / denominator) <= tolerance;
}

/** ⌈a / b⌉ for non-negative integers, without a floating-point division. */
export function ceilDiv(a: number, b: number): number {
  const rest = a % b;
  return (a - rest) / b + (rest === 0 ? 0 : 1);
}
