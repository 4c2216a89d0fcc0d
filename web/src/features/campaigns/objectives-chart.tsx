import { LineChart } from "@mantine/charts";
import { Box } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Objective } from "../../../../shared/campaigns/objectives.ts";
import { pickText } from "../../../../shared/locales.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { chartPoints, dayTime, todayIso } from "./objectives-points.ts";

/**
 * An objective's progress over time against its straight line. The chart is one picture with
 * a name that says what it shows (latest value, target, deadline); the readings are listed in
 * text beside it for those who do not see it.
 */
export function ObjectiveChart({ objective }: { objective: Objective }) {
  const { t, i18n } = useTranslation("campaign-objectives");
  const time = useTimeFormat();
  const data = useMemo(() => chartPoints(objective), [objective]);
  const amount = (value: number) => `${time.number(value)} ${objective.unit}`;
  const label = t("chart.label", {
    statement: pickText(objective.statement, i18n.language),
    latest: objective.latest
      ? t("chart.latest", {
          value: amount(objective.latest.value),
          date: time.date(objective.latest.measuredOn),
        })
      : t("chart.noLatest"),
    target: amount(objective.target),
    deadline: time.date(objective.deadline),
  });
  const today = dayTime(todayIso());
  // Counts of licences or cases get no "0.75" ticks; a percentage may.
  const wholeNumbers = [
    objective.baseline,
    objective.target,
    ...objective.progress.map((p) => p.value),
  ].every(Number.isInteger);
  const shortDate = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language, { month: "short", year: "numeric", timeZone: "UTC" }),
    [i18n.language],
  );
  return (
    <Box role="img" aria-label={label} data-testid="objective-chart" dir="ltr">
      <LineChart
        h={220}
        data={data}
        dataKey="at"
        curveType="linear"
        connectNulls
        accessibilityLayer={false}
        withLegend
        legendProps={{ verticalAlign: "bottom", height: 40 }}
        series={[
          {
            name: "expected",
            label: t("chart.expected"),
            color: "gray.6",
            strokeDasharray: "6 4",
          },
          { name: "reported", label: t("chart.reported"), color: "teal.8" },
        ]}
        xAxisProps={{
          type: "number",
          scale: "time",
          domain: ["dataMin", "dataMax"],
          tickFormatter: (value: number) => shortDate.format(new Date(value)),
          minTickGap: 24,
        }}
        yAxisProps={{ width: 48, allowDecimals: !wholeNumbers }}
        valueFormatter={(value) => time.number(value)}
        tooltipProps={{
          // Recharts also asks with no label at all, before the pointer is on a point.
          labelFormatter: (value: unknown) =>
            Number.isFinite(Number(value)) && value !== null && value !== ""
              ? time.date(new Date(Number(value)).toISOString())
              : "",
        }}
        referenceLines={[
          { y: objective.target, color: "gray.5", label: t("chart.target") },
          ...(today > (data[0]?.at ?? today) && today < (data.at(-1)?.at ?? today)
            ? [{ x: today, color: "gray.5", label: t("chart.today") }]
            : []),
        ]}
      />
    </Box>
  );
}
