import type { TFunction } from "i18next";
import type { Notification } from "../../../../shared/notifications.ts";

/**
 * A notification's sentence in the reader's language, from its kind and data: dates and
 * times are formatted here, in the time zone the event is planned in when it has one.
 */
export function notificationText(t: TFunction, locale: string, n: Notification): string {
  const { data } = n;
  const when = data.at
    ? new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: "short",
        ...(data.timeZone ? { timeZone: data.timeZone } : {}),
      }).format(new Date(data.at))
    : data.date
      ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(
          new Date(`${data.date}T00:00:00Z`),
        )
      : "";
  const outcome = data.outcome ? t(`notifications:outcomes.${data.outcome}`) : "";
  // Amounts are exact decimal strings; Intl formats them as they are, in the reader's language.
  const money =
    data.amount && data.currency
      ? new Intl.NumberFormat(locale, {
          style: "currency",
          currency: data.currency,
          maximumFractionDigits: 4,
        }).format(data.amount as Intl.StringNumericLiteral)
      : "";
  // Names and titles keep their own direction inside the sentence (an English title in an
  // Arabic sentence), so each value is a Unicode isolate.
  const isolated = Object.fromEntries(
    Object.entries({ ...data, when, outcome, money }).map(([k, v]) => [k, `\u2068${v}\u2069`]),
  );
  // A block on an anonymous proposal names nobody, so it has a sentence of its own.
  const kind =
    n.kind === "proposal_blocked" && !data.organization ? "proposal_blocked_unnamed" : n.kind;
  return t(`notifications:kinds.${kind}`, isolated);
}
