import { useMemo } from "react";
import { useTranslation } from "react-i18next";

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/**
 * Keeps a date that ends in a Latin zone name ("UTC") in one piece inside an Arabic
 * sentence, so brackets around it do not jump to the wrong side.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The reader's own time zone, as the browser knows it. */
export const readerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Dates and times in the interface language: "in 3 days" and "12 Jun 2026, 14:00 CEST", so
 * a closing time is both quick to grasp and exact across time zones.
 */
export function useTimeFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    // dateStyle cannot be combined with timeZoneName, so the parts are spelled out.
    const absoluteFormat = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    });
    const longFormat = new Intl.DateTimeFormat(locale, {
      weekday: "long",
      day: "numeric",
      month: "long",
      hour: "numeric",
      minute: "2-digit",
      timeZoneName: "short",
    });
    const shortSlotFormat = new Intl.DateTimeFormat(locale, {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "numeric",
      minute: "2-digit",
    });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
    return {
      relative(iso: string, now = Date.now()) {
        const seconds = Math.round((Date.parse(iso) - now) / 1000);
        for (const [unit, size] of units) {
          if (Math.abs(seconds) >= size)
            return relativeFormat.format(Math.round(seconds / size), unit);
        }
        return relativeFormat.format(Math.round(seconds / 60), "minute");
      },
      absolute: (iso: string) => isolate(absoluteFormat.format(new Date(iso))),
      /** A candidate meeting time, with the weekday people plan by. */
      slot: (iso: string) => isolate(longFormat.format(new Date(iso))),
      slotShort: (iso: string) => isolate(shortSlotFormat.format(new Date(iso))),
      /** A calendar date (yyyy-mm-dd) as written, whatever the reader's time zone. */
      date: (isoDate: string) => dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
      number: (n: number) => new Intl.NumberFormat(locale).format(n),
      percent: (share: number) =>
        new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share),
    };
  }, [locale]);
}

/** "2026-06-12T14:00" in the reader's zone, for a datetime-local input. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value read in the reader's zone, as an ISO instant; null when not a time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
