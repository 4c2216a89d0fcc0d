import { Text } from "@mantine/core";
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
  return (
    <div
      className={classes.scroller}
      role="region"
      aria-label={t("heat.region")}
      // Focusable so a keyboard can scroll it sideways on a phone.
      tabIndex={0}
    >
      <table className={classes.table}>
        <caption>
          {t("heat.caption", { smallest })} {t("heat.captionHidden", { smallest })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("heat.category")}</th>
            {riskLevels.map((level) => (
              <th key={level} scope="col">
                <span className={`${classes.swatch} ${classes[level]}`} aria-hidden />
                {t(`level.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {riskCategories.map((category) => (
            <tr key={category}>
              <th scope="row">{t(`category.${category}.label`)}</th>
              {riskLevels.map((level) => {
                const cell = cellOf(category, level);
                const named = cell?.named ?? [];
                const others = cell ? cell.others : 0;
                const someone = others === null || others > 0 || named.length > 0;
                return (
                  <td key={level} className={someone ? classes[level] : undefined}>
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
