import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { currencyCodes } from "../../../../shared/campaigns/currencies.ts";
import { isPositiveDecimal } from "../../../../shared/campaigns/money.ts";
import { Amount } from "../../../../shared/campaigns/resources.ts";

const arabicIndic = /[\u0660-\u0669]/g;
const easternArabicIndic = /[\u06F0-\u06F9]/g;
const thousandsOnly = { ",": /^\d{1,3}(,\d{3})+$/, ".": /^\d{1,3}(\.\d{3})+$/ };

/** The decimal and grouping marks a language writes numbers with. */
function marksOf(locale: string) {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? ",",
  };
}

/**
 * An amount as typed, in the reader's way of writing numbers ("1 250,50", "1,250.50",
 * "١٢٥٠٫٥"), as the exact decimal string the API takes ("1250.5"-like), or null when it is
 * not a number. Nothing goes through a float.
 */
export function parseAmountInput(typed: string, locale: string): string | null {
  let s = typed
    .trim()
    .replace(arabicIndic, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(easternArabicIndic, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066B/g, ".")
    .replace(/[\u066C'’\s\u00A0\u202F]/g, "");
  if (!s) return null;
  const { decimal, group } = marksOf(locale);
  const hasComma = s.includes(",");
  const hasDot = s.includes(".");
  if (hasComma && hasDot) {
    // Both marks: the last one is the decimal point, the other groups thousands.
    const point = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    s = s.replaceAll(point === "," ? "." : ",", "").replace(point, ".");
  } else if (hasComma) {
    s = decimal !== "," && thousandsOnly[","].test(s) ? s.replaceAll(",", "") : s.replace(",", ".");
  } else if (hasDot && group === "." && thousandsOnly["."].test(s)) {
    s = s.replaceAll(".", "");
  }
  return Amount.safeParse(s).success ? s : null;
}

/** Why a typed amount cannot be sent, as a translation key, or null when it can. */
export function amountProblem(
  typed: string,
  locale: string,
  { allowZero = false } = {},
): "required" | "notNumber" | "notPositive" | null {
  if (!typed.trim()) return "required";
  const value = parseAmountInput(typed, locale);
  if (value === null) return "notNumber";
  if (!allowZero && !isPositiveDecimal(value)) return "notPositive";
  return null;
}

/**
 * Amounts in the reader's language. The exact decimal string goes to Intl as it is (a string,
 * not a float), so "0.3" stays 0.3 and a large sum loses no cent.
 */
export function useAmountFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
    const money = new Map<string, Intl.NumberFormat>();
    return {
      money(amount: string, currency: string) {
        let format = money.get(currency);
        if (!format) {
          try {
            format = new Intl.NumberFormat(locale, {
              style: "currency",
              currency,
              maximumFractionDigits: 4,
            });
          } catch {
            return `${plain.format(amount as `${number}`)} ${currency}`;
          }
          money.set(currency, format);
        }
        return format.format(amount as `${number}`);
      },
      quantity: (amount: string) => plain.format(amount as `${number}`),
      /** An amount as it is shown in a form field, for changing it. */
      forInput: (amount: string) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false }).format(
          amount as `${number}`,
        ),
    };
  }, [locale]);
}

/** Every currency the API takes, named in the reader's language ("EUR — euro"). */
export function useCurrencyOptions() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale], { type: "currency" });
    } catch {
      names = null;
    }
    return currencyCodes.map((code) => {
      const name = names?.of(code);
      return { value: code, label: name && name !== code ? `${code} — ${name}` : code };
    });
  }, [locale]);
}
