import { Alert, Anchor, Group, List, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { useMyOrganizations } from "../../lib/coalition-data.ts";
import { useFormatters, useMe, useTermLabel } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { setFilters, statisticsCsvHref, useOrganization, useStatistics } from "./records-data.ts";
import { RecordsFilterBar } from "./records-filters.tsx";
import { RowTotalsChart, StatisticsTable } from "./records-statistics-table.tsx";
import { type StatisticsSearch, statisticsRowKinds } from "./records-search.ts";

/** The rule, said beside the table: what is hidden, why, and what is counted at all. */
function SuppressionRule({ k }: { k: number }) {
  const { t } = useTranslation("records");
  const { number } = useFormatters();
  const titleId = useId();
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        {t("statistics.ruleTitle")}
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>{t("statistics.rulePrimary", { k: number(k), below: number(k - 1) })}</List.Item>
        <List.Item>{t("statistics.ruleComplementary")}</List.Item>
        <List.Item>{t("statistics.ruleZero")}</List.Item>
        <List.Item>{t("statistics.ruleCounted")}</List.Item>
        <List.Item>{t("statistics.ruleViolations")}</List.Item>
      </List>
    </Paper>
  );
}

/** Counts of incidents by month, country or area and violation type, small cells hidden. */
export function RecordsStatisticsPage() {
  const { t, i18n } = useTranslation("records");
  const search = useSearch({ from: "/records/statistics" });
  const navigate = useNavigate({ from: "/records/statistics" });
  const me = useMe();
  const mine = useMyOrganizations(!!me.data);
  const subject = useOrganization(search.organizationId);
  const stats = useStatistics(search);
  const termLabel = useTermLabel();
  const rows = search.rows ?? "month";
  const radioId = useId();

  const update = useCallback(
    (patch: Partial<StatisticsSearch>) =>
      void navigate({ search: (prev) => setFilters({ ...prev, ...patch }), replace: true }),
    [navigate],
  );

  const subjectName = subject.data?.name;
  const organizations = useMemo(() => {
    const own = (mine.data?.items ?? []).map((o) => ({ id: o.id, name: o.name }));
    const other =
      search.organizationId && subjectName && !own.some((o) => o.id === search.organizationId)
        ? [{ id: search.organizationId, name: subjectName }]
        : [];
    return [...other, ...own];
  }, [mine.data, search.organizationId, subjectName]);

  const monthFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language, { year: "numeric", month: "long", timeZone: "UTC" }),
    [i18n.language],
  );
  const rowLabel = useCallback(
    (row: string) => {
      if (!row) return t("statistics.notRecorded");
      if (rows === "month" && /^\d{4}-\d{2}$/.test(row))
        return monthFormat.format(new Date(`${row}-01T00:00:00Z`));
      if (rows === "country") return termLabel("country", row);
      return row;
    },
    [rows, monthFormat, termLabel, t],
  );

  const title = subjectName
    ? t("statistics.titleOf", { name: subjectName })
    : t("statistics.title");
  useDocumentTitle(title);
  const data = stats.data;
  const { rows: _rows, ...listFilters } = search;

  return (
    <Stack gap="lg">
      <Stack gap={4} maw={760}>
        <Title order={1} style={{ overflowWrap: "anywhere" }}>
          {title}
        </Title>
        <Text>{t("statistics.lead")}</Text>
        <AnchorLink to="/records" search={listFilters} size="sm">
          {t("statistics.toList")}
        </AnchorLink>
      </Stack>
      {me.isSuccess && !me.data && (
        <Alert color="blue" variant="light">
          {t("statistics.signedOut")}{" "}
          <Anchor component={Link} to="/sign-in" underline="always">
            {t("common:nav.signIn")}
          </Anchor>
        </Alert>
      )}
      <Radio.Group
        label={t("statistics.rowsBy")}
        id={radioId}
        value={rows}
        onChange={(value) =>
          update({ rows: value === "month" ? undefined : (value as typeof rows) })
        }
      >
        <Group gap="lg" mt="xs">
          {statisticsRowKinds.map((kind) => (
            <Radio key={kind} value={kind} label={t(`statistics.rows.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>
      <RecordsFilterBar
        filters={search}
        onChange={update}
        organizations={organizations}
        withKind={false}
      />
      <SuppressionRule k={data?.k ?? 5} />
      <FormError error={stats.error} />
      {stats.isPending ? (
        <PageLoading />
      ) : !data ? null : data.rows.length === 0 ? (
        <Text>{t("statistics.none")}</Text>
      ) : (
        <>
          <StatisticsTable
            stats={data}
            rowLabel={rowLabel}
            rowsHeading={t(`statistics.rows.${rows}`)}
          />
          <Paper withBorder p={{ base: "sm", sm: "md" }}>
            <RowTotalsChart
              stats={data}
              rowLabel={rowLabel}
              title={t(`statistics.chart.${rows}`)}
            />
          </Paper>
        </>
      )}
      <Anchor href={statisticsCsvHref(search)} download>
        <Group gap={4} wrap="nowrap" component="span">
          <IconDownload size={16} aria-hidden />
          {t("statistics.csv")}
        </Group>
      </Anchor>
    </Stack>
  );
}
