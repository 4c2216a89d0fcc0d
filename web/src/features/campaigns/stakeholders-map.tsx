import { Box, Button, Group, Slider, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useElementSize, useReducedMotion } from "@mantine/hooks";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { allyPositions, positionValue } from "../../../../shared/campaigns/catalogue.ts";
import type { PowerMapDot } from "../../../../shared/campaigns/stakeholders.ts";
import { isRtl } from "../../../../shared/locales.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { usePowerMap } from "./stakeholders-data.ts";

/**
 * The spectrum's colours, from active opposition to active ally: dark enough for text on
 * white and on the map's bands (at least 4.5:1).
 */
export const positionColors = ["#c92a2a", "#a34b00", "#495057", "#4d7a0a", "#237032"] as const;
const bandColors = ["#fff5f5", "#fff9db", "#f8f9fa", "#f4fce3", "#ebfbee"] as const;
const roleColor = "#1c7ed6";

type Point = {
  dot: PowerMapDot;
  number: number;
  x: number;
  y: number;
  r: number;
  /** The width of the dot's share of its cell: its label must fit in it. */
  slot: number;
  /** The height of its row in the cell: a label goes under the dot only if there is room. */
  rowHeight: number;
};

/**
 * Lays the dots out: one column per place on the spectrum, one row per level of influence
 * (5 at the top); the dots that share a cell sit in a small grid inside it.
 */
function layout(
  dots: PowerMapDot[],
  numbers: Map<string, number>,
  size: { width: number; height: number; left: number; right: number; top: number; bottom: number },
  mirrored: boolean,
): Point[] {
  const cellW = (size.width - size.left - size.right) / 5;
  const cellH = (size.height - size.top - size.bottom) / 5;
  const cells = new Map<string, PowerMapDot[]>();
  for (const dot of dots) {
    const key = `${dot.position}:${dot.influence}`;
    cells.set(key, [...(cells.get(key) ?? []), dot]);
  }
  const points: Point[] = [];
  for (const group of cells.values()) {
    const first = group[0]!;
    const column = positionValue(first.position) + 2;
    const shown = mirrored ? 4 - column : column;
    const x0 = size.left + shown * cellW;
    const y0 = size.top + (5 - first.influence) * cellH;
    const cols = Math.ceil(Math.sqrt(group.length * (cellW / cellH)));
    const rows = Math.ceil(group.length / cols);
    const r = Math.max(3, Math.min(13, cellW / cols / 2.4, cellH / rows / 2.4));
    group.forEach((dot, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      points.push({
        dot,
        number: numbers.get(dot.id) ?? 0,
        x: x0 + ((col + 0.5) * cellW) / cols,
        y: y0 + ((row + 0.5) * cellH) / rows,
        r,
        slot: cellW / cols,
        rowHeight: cellH / rows,
      });
    });
  }
  return points;
}

/** A name cut to about `width` pixels of 11 px text; the whole name is in the dot's title and the table. */
function fit(name: string, width: number) {
  const chars = Math.max(3, Math.floor(width / 6.2));
  return name.length <= chars ? name : `${name.slice(0, chars - 1)}…`;
}

/**
 * The power map: where each stakeholder stands on the spectrum of allies (across) against its
 * influence (up), one dot per stakeholder, numbered as in the table under it, which is the
 * map's text alternative. The replay steps through every day on which something moved.
 */
export function PowerMapView({
  campaignId,
  numbers,
}: {
  campaignId: string;
  /** Each stakeholder's number, shared with the list of stakeholders. */
  numbers: Map<string, number>;
}) {
  const { t, i18n } = useTranslation("campaign-stakeholders");
  const format = useTimeFormat();
  const reduceMotion = useReducedMotion();
  const now = usePowerMap(campaignId);
  const dates = now.data?.dates ?? [];
  // The replay's step: an index into `dates`; null shows today's map.
  const [step, setStep] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const on = step === null ? undefined : dates[step];
  const shown = usePowerMap(campaignId, on);
  const map = on ? shown.data : now.data;
  const { ref, width } = useElementSize();

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setStep((current) => {
        const next = (current ?? -1) + 1;
        if (next >= dates.length - 1) {
          setPlaying(false);
          return dates.length - 1;
        }
        return next;
      });
    }, 1400);
    return () => window.clearInterval(timer);
  }, [playing, dates.length]);

  /*
   * In Arabic the spectrum is mirrored: active ally on the left, active opposition on the
   * right, and the influence scale on the right-hand side. Movement towards allies is the
   * campaign's progress, and progress runs in the reading direction, as the replay slider
   * under the map does (Mantine mirrors it in RTL); a map whose dots moved right while its
   * timeline moved left would read backwards. Influence goes up in every language.
   */
  const mirrored = isRtl(i18n.language);
  const chartWidth = Math.max(280, width || 600);
  const wide = chartWidth >= 640;
  const size = {
    width: chartWidth,
    height: Math.round(Math.min(480, Math.max(300, chartWidth * 0.62))),
    left: mirrored ? 8 : 28,
    right: mirrored ? 28 : 8,
    top: 8,
    bottom: 8,
  };
  const cellW = (size.width - size.left - size.right) / 5;
  const cellH = (size.height - size.top - size.bottom) / 5;
  const points = useMemo(
    () => layout(map?.stakeholders ?? [], numbers, size, mirrored),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- size is derived from these
    [map, numbers, chartWidth, mirrored],
  );
  const positionName = (p: string) => t(`positions.${p}`);
  const dayLabel = on ? format.date(on) : t("map.today");
  const summary = t("map.summary", {
    count: map?.stakeholders.length ?? 0,
    day: dayLabel,
  });

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs" wrap="nowrap" aria-hidden>
        <Text size="xs" fw={600} c={positionColors[0]}>
          {t("map.opposition")}
        </Text>
        <Text size="xs" fw={600} c={positionColors[4]} ta="end">
          {t("map.allies")}
        </Text>
      </Group>
      <Box ref={ref} w="100%">
        <svg
          width="100%"
          viewBox={`0 0 ${size.width} ${size.height}`}
          role="img"
          aria-label={summary}
          style={{ display: "block", fontFamily: "inherit" }}
        >
          {allyPositions.map((p, column) => {
            const shownColumn = mirrored ? 4 - column : column;
            return (
              <rect
                key={p}
                x={size.left + shownColumn * cellW}
                y={size.top}
                width={cellW}
                height={cellH * 5}
                fill={bandColors[column]}
                stroke="#dee2e6"
              />
            );
          })}
          {[1, 2, 3, 4, 5].map((level) => {
            const y = size.top + (5 - level) * cellH;
            return (
              <g key={level}>
                <line
                  x1={size.left}
                  x2={size.width - size.right}
                  y1={y + cellH}
                  y2={y + cellH}
                  stroke="#dee2e6"
                />
                <text
                  x={mirrored ? size.width - size.right / 2 : size.left / 2}
                  y={y + cellH / 2}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fontSize={12}
                  fill="#495057"
                >
                  {format.number(level)}
                </text>
              </g>
            );
          })}
          {points.map((p) => {
            const target = p.dot.role === "target";
            const roomy = wide && p.slot >= 56 && p.rowHeight >= 2 * p.r + 16;
            const label = roomy ? fit(p.dot.name, p.slot - 6) : null;
            return (
              <g
                key={p.dot.id}
                style={{
                  transform: `translate(${p.x}px, ${p.y}px)`,
                  transition: reduceMotion ? undefined : "transform 700ms ease-in-out",
                }}
              >
                <title>
                  {`${p.number}. ${p.dot.name}: ${positionName(p.dot.position)}, ${t("map.influenceValue", { value: p.dot.influence })}`}
                </title>
                <circle
                  r={p.r}
                  fill={target ? roleColor : "#fff"}
                  stroke={roleColor}
                  strokeWidth={2}
                />
                {p.r >= 7 && (
                  <text
                    textAnchor="middle"
                    dominantBaseline="central"
                    fontSize={Math.min(11, p.r * 1.1)}
                    fontWeight={700}
                    fill={target ? "#fff" : roleColor}
                  >
                    {p.number}
                  </text>
                )}
                {label && p.r >= 9 && (
                  <text
                    y={p.r + 10}
                    textAnchor="middle"
                    dominantBaseline="central"
                    fontSize={11}
                    fill="#212529"
                    direction={mirrored ? "rtl" : "ltr"}
                  >
                    {label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </Box>
      <Group gap="md" wrap="wrap" aria-hidden>
        <Group gap={6} wrap="nowrap">
          <svg width="14" height="14" aria-hidden>
            <circle cx="7" cy="7" r="6" fill={roleColor} />
          </svg>
          <Text size="xs">{t("roles.target")}</Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <svg width="14" height="14" aria-hidden>
            <circle cx="7" cy="7" r="5.5" fill="#fff" stroke={roleColor} strokeWidth="2" />
          </svg>
          <Text size="xs">{t("roles.influencer")}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t("map.axes")}
        </Text>
      </Group>

      {dates.length > 1 && (
        <Stack gap={4}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm" fw={600} id="replay-label">
              {t("map.replay")}
            </Text>
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  if (!playing && (step === null || step >= dates.length - 1)) setStep(0);
                  setPlaying(!playing);
                }}
              >
                {playing ? t("map.pause") : t("map.play")}
              </Button>
              <Button
                size="xs"
                variant="subtle"
                disabled={step === null}
                onClick={() => {
                  setPlaying(false);
                  setStep(null);
                }}
              >
                {t("map.showToday")}
              </Button>
            </Group>
          </Group>
          <Slider
            min={0}
            max={dates.length - 1}
            step={1}
            value={step ?? dates.length - 1}
            onChange={(value) => {
              setPlaying(false);
              setStep(value);
            }}
            label={(value) => (dates[value] ? format.date(dates[value]) : "")}
            marks={dates.length <= 40 ? dates.map((_, i) => ({ value: i })) : undefined}
            thumbLabel={t("map.replay")}
            thumbValueText={(value) => (dates[value] ? format.date(dates[value]) : "")}
            mb="xs"
          />
        </Stack>
      )}
      <Text size="sm" aria-live="polite">
        {summary}
      </Text>

      <Table striped withTableBorder layout="fixed" fz="sm" horizontalSpacing="xs">
        <VisuallyHidden component="caption">{summary}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            <Table.Th>{t("fields.name")}</Table.Th>
            <Table.Th>{t("fields.positionAndInfluence")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points
            .slice()
            .sort((a, b) => a.number - b.number)
            .map((p) => (
              <Table.Tr key={p.dot.id}>
                <Table.Td>{p.number}</Table.Td>
                <Table.Td style={{ overflowWrap: "break-word" }}>
                  <span dir="auto">{p.dot.name}</span>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={positionColors[positionValue(p.dot.position) + 2]} fw={500}>
                    {positionName(p.dot.position)}
                  </Text>
                  <Text size="sm">
                    {t("map.influenceLine", { value: format.number(p.dot.influence) })}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
