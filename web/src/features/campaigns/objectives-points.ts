import type { Objective } from "../../../../shared/campaigns/objectives.ts";

export const dayTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
export const todayIso = () => new Date().toISOString().slice(0, 10);

export type Point = { at: number; expected?: number; reported?: number };

/**
 * The points of the chart on a time axis: the expected line from the baseline to the target
 * (with today on it, so a tooltip there reads what the line expects), and the reported values
 * starting from the baseline (the last reading of a day stands for that day).
 */
export function chartPoints(objective: Objective, today = todayIso()): Point[] {
  const points = new Map<number, Point>();
  const at = (day: string) => {
    const key = dayTime(day);
    const point = points.get(key) ?? { at: key };
    points.set(key, point);
    return point;
  };
  const start = at(objective.baselineOn);
  start.expected = objective.baseline;
  start.reported = objective.baseline;
  at(objective.deadline).expected = objective.target;
  if (today > objective.baselineOn && today < objective.deadline) {
    at(today).expected = objective.expected;
  }
  for (const reading of objective.progress) at(reading.measuredOn).reported = reading.value;
  return [...points.values()].sort((a, b) => a.at - b.at);
}

/** The line's value today, rounded as finely as the objective's range makes worth reading. */
export function roundedExpected(objective: Objective): number {
  const span = Math.abs(objective.target - objective.baseline);
  const digits = span >= 20 ? 0 : span >= 2 ? 1 : 2;
  return Number(objective.expected.toFixed(digits));
}
