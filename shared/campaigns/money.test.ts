import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type MoneyEntry,
  addDecimals,
  compareDecimals,
  decimalPattern,
  fromUnits,
  moneyMeasures,
  normalizeDecimal,
  subtractDecimals,
  toUnits,
  totalsByCurrency,
} from "./money.ts";

/** A decimal string the API accepts: up to 16 digits, up to 4 decimals. */
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 9999 }), fc.nat(4))
  .map(([whole, fraction, digits]) =>
    digits === 0 ? `${whole}` : `${whole}.${String(fraction).padStart(4, "0").slice(0, digits)}`,
  );
const currency = fc.constantFrom("EUR", "USD", "YER", "GBP", "JPY");
const entry: fc.Arbitrary<MoneyEntry> = fc.record({
  currency,
  measure: fc.constantFrom(...moneyMeasures),
  amount,
});

describe("exact decimals", () => {
  it("adds without floating-point error", () => {
    expect(0.1 + 0.2).not.toBe(0.3); // what floats do, and why amounts are never numbers
    expect(addDecimals("0.1", "0.2")).toBe("0.3");
    expect(addDecimals("1234567890123456.9999", "0.0001")).toBe("1234567890123457");
    expect(subtractDecimals("100", "100.0001")).toBe("-0.0001");
    expect(normalizeDecimal("100.5000")).toBe("100.5");
  });

  it("sums n tenths to exactly n/10, in any order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (n) => {
        const sum = addDecimals(...Array.from({ length: n }, () => "0.1"));
        expect(toUnits(sum)).toBe(BigInt(n) * 1000n);
      }),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (values) => {
        expect(addDecimals(...values)).toBe(addDecimals(...[...values].reverse()));
      }),
    );
  });

  it("reads back what it writes, in the shortest form the pattern accepts", () => {
    fc.assert(
      fc.property(amount, (value) => {
        const written = normalizeDecimal(value);
        expect(written).toMatch(decimalPattern);
        expect(toUnits(written)).toBe(toUnits(value));
        expect(compareDecimals(written, value)).toBe(0);
        expect(written).not.toMatch(/\.\d*0$/);
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (units) => {
        expect(toUnits(fromUnits(units))).toBe(units);
      }),
    );
    expect(() => toUnits("0.00001")).toThrow(RangeError);
    expect(() => toUnits("1e3")).toThrow(RangeError);
  });
});

describe("totals per currency", () => {
  it("never mixes currencies: each total is the sum of that currency's amounts alone", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const totals = totalsByCurrency(entries);
        expect(totals.map((t) => t.currency)).toEqual(
          [...new Set(entries.map((e) => e.currency))].sort(),
        );
        for (const total of totals) {
          for (const measure of moneyMeasures) {
            const own = entries.filter(
              (e) => e.currency === total.currency && e.measure === measure,
            );
            expect(total[measure]).toBe(addDecimals(...own.map((e) => e.amount)));
          }
        }
      }),
    );
  });

  it("gives the same totals whichever order the amounts come in", () => {
    fc.assert(
      fc.property(
        fc
          .array(entry, { maxLength: 40 })
          .chain((es) =>
            fc.tuple(
              fc.constant(es),
              fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length }),
            ),
          ),
        ([entries, shuffled]) => {
          expect(totalsByCurrency(shuffled)).toEqual(totalsByCurrency(entries));
        },
      ),
    );
  });

  it("takes the variance as the budget less confirmed spending, pending left out", () => {
    const [eur, usd] = totalsByCurrency([
      { currency: "EUR", measure: "budgeted", amount: "1000" },
      { currency: "EUR", measure: "confirmed", amount: "250.1" },
      { currency: "EUR", measure: "confirmed", amount: "0.2" },
      { currency: "EUR", measure: "pending", amount: "500" },
      { currency: "USD", measure: "confirmed", amount: "10" },
    ]);
    expect(eur).toMatchObject({ confirmed: "250.3", pending: "500", variance: "749.7" });
    expect(usd).toMatchObject({ budgeted: "0", variance: "-10" });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        for (const t of totalsByCurrency(entries)) {
          expect(addDecimals(t.variance, t.confirmed)).toBe(t.budgeted);
        }
      }),
    );
  });
});
