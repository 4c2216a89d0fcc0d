import { Text, VisuallyHidden } from "@mantine/core";
import { type CSSProperties, useId } from "react";
import { useTranslation } from "react-i18next";
import type { Activity } from "../../../../shared/campaigns/workplan.ts";
import { pickText } from "../../../../shared/locales.ts";
import { isolate } from "../../lib/bidi.ts";
import classes from "./Workplan.module.css";
import { useDayFormat } from "./workplan-ui.ts";

const dayMs = 86_400_000;
/** Wide enough for a short month name in every language; a long plan scrolls sideways. */
const monthWidth = 64;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The whole months from the earliest start to the latest due date. */
function monthsOf(activities: Activity[]) {
  const starts = activities.map((a) => a.startsOn).sort();
  const dues = activities.map((a) => a.dueOn).sort();
  const first = new Date(utc(starts[0] as string));
  const last = new Date(utc(dues.at(-1) as string));
  const months: Date[] = [];
  for (
    let m = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
    m <= last;
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))
  ) {
    months.push(m);
  }
  const end = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  return { months, start: (months[0] as Date).getTime(), end };
}

/**
 * A Gantt-like picture of the workplan: one bar per activity from its start to its due date,
 * on a scale of months. It is drawn with logical positions (inset-inline-start), so in Arabic
 * it is mirrored: time runs from right to left, as the page reads. Wider than a phone, it
 * scrolls inside its own region, which the keyboard can focus; the names stay in view. Each
 * row says its dates and status in words, so the picture has a text equivalent.
 */
export function ActivityTimeline({ activities }: { activities: Activity[] }) {
  const { t, i18n } = useTranslation("campaign-workplan");
  const day = useDayFormat();
  const hintId = useId();
  if (!activities.length) return null;
  const { months, start, end } = monthsOf(activities);
  const span = end - start;
  const at = (ms: number) => `${((ms - start) / span) * 100}%`;
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: "short", timeZone: "UTC" });
  const year = new Intl.DateTimeFormat(i18n.language, { year: "numeric", timeZone: "UTC" });
  const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  return (
    <div>
      <div
        className={classes.scroller}
        role="region"
        // Focusable so the keyboard can scroll it (axe: scrollable-region-focusable).
        tabIndex={0}
        aria-label={t("timeline.label")}
        aria-describedby={hintId}
      >
        <div
          className={classes.chart}
          style={{ minWidth: months.length * monthWidth } as CSSProperties}
        >
          <div className={classes.months} aria-hidden>
            {months.map((m, i) => (
              <div
                key={m.getTime()}
                className={classes.month}
                style={{ width: `${100 / months.length}%` }}
              >
                {monthName.format(m)}
                {(i === 0 || m.getUTCMonth() === 0) && (
                  <>
                    <br />
                    {year.format(m)}
                  </>
                )}
              </div>
            ))}
          </div>
          <ul className={classes.rows} style={{ "--months": months.length } as CSSProperties}>
            {activities.map((a) => {
              const from = utc(a.startsOn);
              const to = utc(a.dueOn) + dayMs;
              return (
                <li key={a.id} className={classes.row}>
                  <div className={classes.label}>
                    <span dir="auto">{pickText(a.title, i18n.language)}</span>
                    <Text span size="xs" c="gray.7">
                      {" · "}
                      {isolate(a.leadOrganization.name)}
                    </Text>
                    <VisuallyHidden>
                      {t("timeline.when", {
                        start: day(a.startsOn),
                        end: day(a.dueOn),
                        status: t(`status.${a.status}`),
                      })}
                    </VisuallyHidden>
                    {a.dependsOn.length > 0 && (
                      <Text size="xs" c={a.blocked ? "red.8" : "gray.7"}>
                        {t("timeline.after", {
                          titles: a.dependsOn
                            .map((d) => isolate(pickText(d.title, i18n.language)))
                            .join(", "),
                        })}
                      </Text>
                    )}
                  </div>
                  <div className={classes.track} aria-hidden>
                    <div
                      className={classes.bar}
                      data-status={a.status}
                      data-waiting={a.blocked}
                      style={{ insetInlineStart: at(from), width: at(start + (to - from)) }}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
          {today >= start && today < end && (
            <div className={classes.today} style={{ insetInlineStart: at(today) }} aria-hidden />
          )}
        </div>
      </div>
      <Text id={hintId} size="xs" c="gray.7" mt={4}>
        {t("timeline.hint")}
        {today >= start && today < end && ` ${t("timeline.todayLine")}`}
      </Text>
    </div>
  );
}
