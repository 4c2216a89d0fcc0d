/*
 * Whether an objective is on track: its latest value against a straight line from the
 * baseline (on the day it was measured) to the target (on the deadline). Direction-aware, so
 * an objective to bring a number down (deaths, licences granted) reads the same way as one to
 * raise it. The one rule, used by the objectives page, the dashboard and the public page.
 */

export const tracks = ["achieved", "on_track", "behind", "missed", "no_data"] as const;
export type Track = (typeof tracks)[number];

export type TrackedObjective = {
  baseline: number;
  target: number;
  /** ISO days. */
  baselineOn: string;
  deadline: string;
};
export type Reading = { value: number; measuredOn: string };

/** How far behind the line a reading may be and still count as on track, as a share of the way. */
export const trackTolerance = 0.1;

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The share of the way from baseline to target the line expects on a day, clamped to 0–1. */
export function expectedShare(o: TrackedObjective, day: string): number {
  const span = dayNumber(o.deadline) - dayNumber(o.baselineOn);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (dayNumber(day) - dayNumber(o.baselineOn)) / span));
}

/** The value the straight line expects on a day. */
export function expectedValue(o: TrackedObjective, day: string): number {
  return o.baseline + (o.target - o.baseline) * expectedShare(o, day);
}

/** The share of the way a value has come (may be below 0 or above 1). */
export function shareDone(o: Pick<TrackedObjective, "baseline" | "target">, value: number): number {
  if (o.target === o.baseline) return value === o.target ? 1 : 0;
  return (value - o.baseline) / (o.target - o.baseline);
}

/** The objective's track today, from its latest reading (null when none was reported). */
export function trackOf(o: TrackedObjective, latest: Reading | null, today: string): Track {
  if (latest && shareDone(o, latest.value) >= 1) return "achieved";
  if (today > o.deadline) return "missed";
  if (!latest) return "no_data";
  return shareDone(o, latest.value) >= expectedShare(o, latest.measuredOn) - trackTolerance
    ? "on_track"
    : "behind";
}
