import { Box, Group, Stack, Table, Text, Title, VisuallyHidden } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Statistics } from "../../../../shared/records/statistics-api.ts";
import { violationTypes } from "../../../../shared/records/vocab.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { useRecordLabels } from "./record-labels.ts";
import { ScrollRegion } from "./records-scroll-region.tsx";

type Position = Statistics["primary"][number];
type Mark = "shown" | "primary" | "complementary";

/** Why each entry of the table is hidden, if it is: small itself, or hidden to protect one. */
export function markOf(stats: Statistics, row: Position["row"], column: Position["column"]): Mark {
  const at = (p: Position) => p.row === row && p.column === column;
  if (stats.primary.some(at)) return "primary";
  if (stats.complementary.some(at)) return "complementary";
  return "shown";
}

function Count({ value, mark, k }: { value: number | null; mark: Mark; k: number }) {
  const { t } = useTranslation("records");
  const { number } = useFormatters();
  if (value !== null) return <>{number(value)}</>;
  // The mark is read out in words; the short sign is for the eye.
  return mark === "complementary" ? (
    <>
      <span aria-hidden>—</span>
      <VisuallyHidden>{t("statistics.hiddenComplementary")}</VisuallyHidden>
    </>
  ) : (
    <>
      <span aria-hidden>{t("statistics.fewerShort", { k: number(k) })}</span>
      <VisuallyHidden>{t("statistics.fewer", { k: number(k) })}</VisuallyHidden>
    </>
  );
}

/** The signs the table uses for hidden counts, said once beside it. */
export function SuppressionLegend({ k, id }: { k: number; id?: string }) {
  const { t } = useTranslation("records");
  const { number } = useFormatters();
  return (
    <Group gap="lg" component="ul" id={id} style={{ listStyle: "none", padding: 0, margin: 0 }}>
      <Text component="li" size="sm">
        <Text span fw={700} me={6} ff="monospace">
          {t("statistics.fewerShort", { k: number(k) })}
        </Text>
        {t("statistics.legendPrimary", { k: number(k) })}
      </Text>
      <Text component="li" size="sm">
        <Text span fw={700} me={6} ff="monospace">
          —
        </Text>
        {t("statistics.legendComplementary")}
      </Text>
    </Group>
  );
}

/**
 * Rows (months, countries or areas) against violation types, with row and column totals.
 * A hidden count is never drawn as a number, and says why it is hidden.
 */
export function StatisticsTable({
  stats,
  rowLabel,
  rowsHeading,
}: {
  stats: Statistics;
  rowLabel: (row: string) => string;
  rowsHeading: string;
}) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const titleId = useId();
  const legendId = useId();
  const cellStyle = { textAlign: "end" as const, whiteSpace: "nowrap" as const };
  const hiddenStyle = (mark: Mark) =>
    mark === "shown" ? cellStyle : { ...cellStyle, color: "var(--mantine-color-gray-7)" };
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t("statistics.tableTitle")}
      </Title>
      <ScrollRegion label={t("statistics.tableTitle")}>
        <Table
          withTableBorder
          withColumnBorders
          striped
          miw={Math.max(320, 140 + stats.columns.length * 96)}
          aria-labelledby={titleId}
          aria-describedby={legendId}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{rowsHeading}</Table.Th>
              {stats.columns.map((column) => (
                <Table.Th key={column} scope="col" style={{ verticalAlign: "bottom" }}>
                  {labels.term(violationTypes, column)}
                </Table.Th>
              ))}
              <Table.Th scope="col" style={{ verticalAlign: "bottom" }}>
                {t("statistics.total")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stats.rows.map((row, r) => (
              <Table.Tr key={row}>
                <Table.Th scope="row" fw={500}>
                  <bdi>{rowLabel(row)}</bdi>
                </Table.Th>
                {stats.columns.map((column, c) => {
                  const mark = markOf(stats, r, c);
                  return (
                    <Table.Td key={column} style={hiddenStyle(mark)}>
                      <Count value={stats.cells[r]?.[c] ?? null} mark={mark} k={stats.k} />
                    </Table.Td>
                  );
                })}
                <Table.Td style={{ ...hiddenStyle(markOf(stats, r, "total")), fontWeight: 700 }}>
                  <Count
                    value={stats.rowTotals[r] ?? null}
                    mark={markOf(stats, r, "total")}
                    k={stats.k}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t("statistics.total")}</Table.Th>
              {stats.columns.map((column, c) => (
                <Table.Td
                  key={column}
                  style={{ ...hiddenStyle(markOf(stats, "total", c)), fontWeight: 700 }}
                >
                  <Count
                    value={stats.columnTotals[c] ?? null}
                    mark={markOf(stats, "total", c)}
                    k={stats.k}
                  />
                </Table.Td>
              ))}
              <Table.Td
                style={{ ...hiddenStyle(markOf(stats, "total", "total")), fontWeight: 700 }}
              >
                <Count
                  value={stats.grandTotal}
                  mark={markOf(stats, "total", "total")}
                  k={stats.k}
                />
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollRegion>
      <SuppressionLegend k={stats.k} id={legendId} />
    </Stack>
  );
}

/**
 * Each row's total as a bar, in the table's order. A hidden total draws no bar: a bar's length
 * would give the number away. The numbers are written beside the bars, so the chart reads
 * without seeing it.
 */
export function RowTotalsChart({
  stats,
  rowLabel,
  title,
}: {
  stats: Statistics;
  rowLabel: (row: string) => string;
  title: string;
}) {
  const { t } = useTranslation("records");
  const { number } = useFormatters();
  const titleId = useId();
  const largest = Math.max(1, ...stats.rowTotals.map((v) => v ?? 0));
  return (
    <Box component="figure" m={0} aria-labelledby={titleId}>
      <Text component="figcaption" fw={700} id={titleId} mb="xs">
        {title}
      </Text>
      <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {stats.rows.map((row, r) => {
          const total = stats.rowTotals[r] ?? null;
          return (
            <li key={row}>
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                <bdi>{rowLabel(row)}</bdi>
                <VisuallyHidden>: </VisuallyHidden>
              </Text>
              {total === null ? (
                <Text size="sm" c="gray.7">
                  <Text span fw={700} me={6}>
                    <Count value={null} mark={markOf(stats, r, "total")} k={stats.k} />
                  </Text>
                  {t("statistics.notDrawn")}
                </Text>
              ) : (
                <Group gap="xs" wrap="nowrap" align="center">
                  <div aria-hidden style={{ flex: 1, minInlineSize: 0 }}>
                    {total > 0 && (
                      <div
                        style={{
                          inlineSize: `${(total / largest) * 100}%`,
                          blockSize: 14,
                          borderRadius: 3,
                          background: "var(--mantine-color-blue-7)",
                        }}
                      />
                    )}
                  </div>
                  <Text size="sm" fw={700} miw="3rem" ta="end">
                    {number(total)}
                  </Text>
                </Group>
              )}
            </li>
          );
        })}
      </Stack>
    </Box>
  );
}
