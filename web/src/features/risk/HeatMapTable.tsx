import { Text } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { riskCategories, riskLevels } from "../../../../shared/risk/heatmap.ts";
import type { RiskSummary } from "../../../../shared/risk/api.ts";
import { useFormatters } from "../../lib/hooks.ts";
import classes from "./Risk.module.css";

type HeatMap = RiskSummary["heatMap"];

/**
 * The coalition's heat map as a table: a row per category, a column per level. Each cell says
 * how many organisations stand there without being named ("fewer than 3" when the server keeps
 * the figure back) and names those that chose to be named. Colour marks a level that holds
 * someone, never alone: the words are in every cell.
 */
export function HeatMapTable({ heatMap }: { heatMap: HeatMap }) {
  const { t } = useTranslation("risk");
  const format = useFormatters();
  const smallest = heatMap.smallestGroup;
  const cellOf = (category: string, level: string) =>
    heatMap.cells.find((c) => c.category === category && c.level === level);
  const captionId = useId();
  return (
    <div className={classes.wrap}>
      <Text size="sm" c="gray.7" mb="xs" id={captionId}>
        {t("heat.caption", { smallest })} {t("heat.captionHidden", { smallest })}
      </Text>
      {/* Explicit roles: the phone layout stacks the cells, and the table must stay a table. */}
      <table role="table" className={classes.table} aria-describedby={captionId}>
        <caption className={classes.caption}>{t("heat.title")}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">
              {t("heat.category")}
            </th>
            {riskLevels.map((level) => (
              <th key={level} role="columnheader" scope="col">
                <span className={`${classes.swatch} ${classes[level]}`} aria-hidden />
                {t(`level.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {riskCategories.map((category) => (
            <tr key={category} role="row">
              <th role="rowheader" scope="row">
                {t(`category.${category}.label`)}
              </th>
              {riskLevels.map((level) => {
                const cell = cellOf(category, level);
                const named = cell?.named ?? [];
                const others = cell ? cell.others : 0;
                const someone = others === null || others > 0 || named.length > 0;
                return (
                  <td key={level} role="cell" className={someone ? classes[level] : undefined}>
                    <span className={classes.cellLevel} aria-hidden>
                      {t(`level.${level}`)}
                    </span>
                    <span>
                      <Text span size="sm" className={classes.count} display="block">
                        {others === null
                          ? t("heat.fewer", { smallest })
                          : named.length > 0
                            ? t("heat.others", { count: others, number: format.number(others) })
                            : format.number(others)}
                      </Text>
                      {named.length > 0 && (
                        <Text span size="xs" display="block" className={classes.names} dir="auto">
                          {t("heat.named", { names: format.list(named) })}
                        </Text>
                      )}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
