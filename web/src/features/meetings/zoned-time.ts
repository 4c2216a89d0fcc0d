import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { isolate } from "../../lib/bidi.ts";

/** The reader's own time zone, as the browser knows it. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

const partsFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in a zone. */
function wallClock(instant: number, timeZone: string) {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: field("year"),
    month: field("month"),
    day: field("day"),
    hour: field("hour"),
    minute: field("minute"),
    second: field("second"),
  };
}

/** How far a zone's clock is ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string) {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})/;

/**
 * The instant at which a zone's clocks show this date and time, as ISO; null when the input
 * is not a date and time. A time skipped by a daylight-saving change lands just after it.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): string | null {
  const d = datePattern.exec(date);
  const t = timePattern.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  try {
    // The offset depends on the instant we are looking for, so guess with it twice.
    let instant = wall - offsetAt(wall, timeZone);
    instant = wall - offsetAt(instant, timeZone);
    return new Date(instant).toISOString();
  } catch {
    return null;
  }
}

/** An instant as the date and time a zone's clocks show, for date and time inputs. */
export function instantToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const w = wallClock(Date.parse(iso), timeZone);
  const pad = (n: number, size = 2) => String(n).padStart(size, "0");
  return {
    date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`,
    time: `${pad(w.hour)}:${pad(w.minute)}`,
  };
}

/** Every IANA zone the browser knows, with the reader's own and UTC always present. */
export function timeZoneNames(): string[] {
  const known =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([...known, browserTimeZone(), "UTC"])].sort();
}

/** The localised name of a zone ("heure du Japon") and its offset at an instant ("GMT+9"). */
export function zoneLabel(timeZone: string, locale: string, at = Date.now()) {
  const part = (style: "longGeneric" | "shortOffset") => {
    try {
      return (
        new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
          .formatToParts(new Date(at))
          .find((p) => p.type === "timeZoneName")?.value ?? ""
      );
    } catch {
      return "";
    }
  };
  return { name: part("longGeneric") || timeZone, offset: part("shortOffset") };
}

/** A zone's IANA name as people read it: "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export const cityOf = (timeZone: string) =>
  (timeZone.split("/").at(-1) ?? timeZone).replaceAll("_", " ");

const genericLocation = (timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "shortGeneric" })
    .formatToParts(0)
    .find((p) => p.type === "timeZoneName")?.value ?? "";

const locationPatterns = new Map<string, [string, string] | null>();

/**
 * How a language wraps a place into a zone's name ("{0} Time", "توقيت {0}", "heure : {0}"),
 * learnt from Riyadh, whose zone is named after its country in every language.
 */
function locationPattern(locale: string): [string, string] | null {
  let pattern = locationPatterns.get(locale);
  if (pattern === undefined) {
    pattern = null;
    try {
      const country = new Intl.DisplayNames(locale, { type: "region" }).of("SA") ?? "";
      const name = genericLocation("Asia/Riyadh", locale);
      const at = country ? name.indexOf(country) : -1;
      if (at >= 0) pattern = [name.slice(0, at), name.slice(at + country.length)];
    } catch {
      pattern = null;
    }
    locationPatterns.set(locale, pattern);
  }
  return pattern;
}

/**
 * Where a zone is, in the reader's language: its city or country as the browser's time-zone
 * data names it ("عدن" is "اليمن", "Buenos Aires" "بوينوس أيرس"), or the IANA city when the
 * language has no such name (English writes "ET" for New York).
 */
export function placeOf(timeZone: string, locale: string): string {
  const pattern = locationPattern(locale);
  if (!pattern) return cityOf(timeZone);
  let name: string;
  try {
    name = genericLocation(timeZone, locale);
  } catch {
    return cityOf(timeZone);
  }
  const [before, after] = pattern;
  const place =
    name.startsWith(before) && name.endsWith(after)
      ? name.slice(before.length, name.length - after.length).trim()
      : "";
  return place || cityOf(timeZone);
}

/** Meeting times in the interface language, in a zone the caller names. */
export function useZonedFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const formats = new Map<string, Intl.DateTimeFormat>();
    const formatIn = (timeZone: string, withDate: boolean) => {
      const key = `${timeZone}|${withDate}`;
      let format = formats.get(key);
      if (!format) {
        format = new Intl.DateTimeFormat(locale, {
          timeZone,
          ...(withDate ? { weekday: "long", day: "numeric", month: "long", year: "numeric" } : {}),
          hour: "numeric",
          minute: "2-digit",
          timeZoneName: "short",
        });
        formats.set(key, format);
      }
      return format;
    };
    return {
      /** "Thursday 12 June 2026, 14:00–16:00 GMT+9", or both dates when it spans days. */
      range(startIso: string, endIso: string, timeZone: string) {
        const start = new Date(startIso);
        const end = new Date(endIso);
        return isolate(formatIn(timeZone, true).formatRange(start, end));
      },
      /** "Thu 12 Jun, 14:00", short enough for a list. */
      short(iso: string, timeZone: string) {
        return isolate(
          new Intl.DateTimeFormat(locale, {
            timeZone,
            weekday: "short",
            day: "numeric",
            month: "short",
            hour: "numeric",
            minute: "2-digit",
            timeZoneName: "short",
          }).format(new Date(iso)),
        );
      },
      zone: (timeZone: string, at?: number) => zoneLabel(timeZone, locale, at),
      place: (timeZone: string) => placeOf(timeZone, locale),
    };
  }, [locale]);
}
