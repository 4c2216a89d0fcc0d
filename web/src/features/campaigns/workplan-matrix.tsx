import { Table, Text, VisuallyHidden } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { RoleMatrix } from "../../../../shared/campaigns/workplan.ts";
import classes from "./Workplan.module.css";

/**
 * Which organisation does what: organisations down, roles across, each cell the activities it
 * leads and supports in that role. A real table (caption, column and row headers), which
 * scrolls sideways inside its own focusable region at phone width.
 */
export function RoleMatrixTable({ matrix }: { matrix: RoleMatrix }) {
  const { t } = useTranslation("campaign-workplan");
  const captionId = useId();
  if (!matrix.organizations.length) {
    return (
      <Text size="sm" c="dimmed">
        {t("matrix.empty")}
      </Text>
    );
  }
  const counts = (lead: number, support: number) =>
    lead || support ? (
      <>
        {lead > 0 && <div>{t("matrix.leads", { n: lead })}</div>}
        {support > 0 && <div>{t("matrix.supports", { n: support })}</div>}
      </>
    ) : (
      <>
        <span aria-hidden>–</span>
        <VisuallyHidden>{t("matrix.none")}</VisuallyHidden>
      </>
    );
  return (
    <div className={classes.scroller} role="region" tabIndex={0} aria-labelledby={captionId}>
      <Table className={classes.matrix} striped withColumnBorders verticalSpacing={6} fz="sm">
        <Table.Caption id={captionId} style={{ captionSide: "top", textAlign: "start" }}>
          {t("matrix.caption")}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("matrix.organisation")}</Table.Th>
            {matrix.roles.map((role) => (
              <Table.Th scope="col" key={role}>
                {t(`role.${role}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t("matrix.total")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.organizations.map((o) => (
            <Table.Tr key={o.organizationId}>
              <Table.Th scope="row" dir="auto">
                {o.name}
              </Table.Th>
              {o.cells.map((c) => (
                <Table.Td key={c.role}>{counts(c.lead, c.support)}</Table.Td>
              ))}
              <Table.Td>{counts(o.lead, o.support)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
