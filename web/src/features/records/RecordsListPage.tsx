import { Alert, Anchor, Button, Group, Menu, Stack, Text, Title } from "@mantine/core";
import {
  IconChartBar,
  IconChevronDown,
  IconDownload,
  IconFileImport,
  IconPlus,
  IconShieldLock,
} from "@tabler/icons-react";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import classes from "../../components/Cards.module.css";
import { useMyOrganizations } from "../../lib/coalition-data.ts";
import { useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { exportHref, setFilters, useOrganization, useRecordList } from "./records-data.ts";
import { RecordsFilterBar } from "./records-filters.tsx";
import { RecordSummaryLine } from "./records-summary.tsx";
import type { RecordsFilters } from "./records-search.ts";

type Organization = { id: string; name: string };

/**
 * "Import incidents" for the organisation being looked at when it is the reader's, or a menu of
 * the reader's organisations when several could be meant.
 */
function ImportAction({ into }: { into: readonly Organization[] }) {
  const { t } = useTranslation("records");
  const icon = <IconFileImport size={18} aria-hidden />;
  const only = into.length === 1 ? into[0] : undefined;
  if (only)
    return (
      <ButtonLink
        variant="default"
        leftSection={icon}
        to="/organizations/$id/records/import"
        params={{ id: only.id }}
      >
        {t("list.import")}
      </ButtonLink>
    );
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={icon}
          rightSection={<IconChevronDown size={16} aria-hidden />}
        >
          {t("list.import")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw="min(24rem, 90vw)">
        <Menu.Label>{t("list.importInto")}</Menu.Label>
        {into.map((org) => (
          <Menu.Item
            key={org.id}
            renderRoot={(props) => (
              <Link {...props} to="/organizations/$id/records/import" params={{ id: org.id }} />
            )}
          >
            <bdi>{org.name}</bdi>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** The records the reader may read, newest change first, filtered by the address. */
export function RecordsListPage() {
  const { t } = useTranslation("records");
  const filters = useSearch({ from: "/records" });
  const navigate = useNavigate({ from: "/records" });
  const me = useMe();
  const signedIn = !!me.data;
  const mine = useMyOrganizations(signedIn);
  const subject = useOrganization(filters.organizationId);
  const list = useRecordList(filters);

  const update = useCallback(
    (patch: Partial<RecordsFilters>) =>
      void navigate({ search: (prev) => setFilters({ ...prev, ...patch }), replace: true }),
    [navigate],
  );

  const myOrganizations = useMemo<Organization[]>(
    () => (mine.data?.items ?? []).map((o) => ({ id: o.id, name: o.name })),
    [mine.data],
  );
  const subjectName = subject.data?.name;
  const filterOrganizations = useMemo(() => {
    const others =
      filters.organizationId &&
      subjectName &&
      !myOrganizations.some((o) => o.id === filters.organizationId)
        ? [{ id: filters.organizationId, name: subjectName }]
        : [];
    return [...others, ...myOrganizations];
  }, [filters.organizationId, subjectName, myOrganizations]);

  const title = subjectName ? t("list.titleOf", { name: subjectName }) : t("list.title");
  useDocumentTitle(title);

  // Records are added to the organisation looked at when it is the reader's, else to any of theirs.
  const current = myOrganizations.find((o) => o.id === filters.organizationId);
  const addInto = current ? [current] : myOrganizations;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // Statistics count incidents only: the kind filter does not carry over.
  const { kind: _kind, ...statisticsFilters } = filters;

  return (
    <Stack gap="lg">
      <Stack gap={4} maw={760}>
        <Title order={1} style={{ overflowWrap: "anywhere" }}>
          {title}
        </Title>
        <Text>{t("list.lead")}</Text>
      </Stack>
      {me.isSuccess && !signedIn && (
        <Alert color="blue" variant="light">
          {t("list.signedOut")}{" "}
          <Anchor component={Link} to="/sign-in" underline="always">
            {t("common:nav.signIn")}
          </Anchor>
        </Alert>
      )}
      <Group gap="sm">
        {addInto.length > 0 && (
          <ButtonLink
            to="/records/new"
            search={current ? { organizationId: current.id } : {}}
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t("list.record")}
          </ButtonLink>
        )}
        {addInto.length > 0 && <ImportAction into={addInto} />}
        <ButtonLink
          variant="default"
          to="/records/statistics"
          search={statisticsFilters}
          leftSection={<IconChartBar size={18} aria-hidden />}
        >
          {t("list.statistics")}
        </ButtonLink>
        {signedIn && (
          <ButtonLink
            variant="default"
            to="/confidential"
            leftSection={<IconShieldLock size={18} aria-hidden />}
          >
            {t("list.confidential")}
          </ButtonLink>
        )}
      </Group>
      <RecordsFilterBar filters={filters} onChange={update} organizations={filterOrganizations} />
      <Group gap="md">
        <Anchor href={exportHref("csv", filters)} download>
          <Group gap={4} wrap="nowrap" component="span">
            <IconDownload size={16} aria-hidden />
            {t("list.exportCsv")}
          </Group>
        </Anchor>
        <Anchor href={exportHref("json", filters)} download>
          <Group gap={4} wrap="nowrap" component="span">
            <IconDownload size={16} aria-hidden />
            {t("list.exportJson")}
          </Group>
        </Anchor>
      </Group>
      <Text size="sm" c="gray.7" mt={-8}>
        {t("list.exportHint")}
      </Text>
      <FormError error={list.error} />
      {list.isPending ? (
        <PageLoading />
      ) : items.length === 0 ? (
        !list.error && <Text>{t("list.none")}</Text>
      ) : (
        <section aria-label={t("list.results")}>
          <Stack component="ul" gap="xs" className={classes.list}>
            {items.map((record) => (
              <li key={record.id}>
                <RecordSummaryLine record={record} />
              </li>
            ))}
          </Stack>
        </section>
      )}
      {list.hasNextPage && (
        <Group>
          <Button
            variant="default"
            onClick={() => void list.fetchNextPage()}
            loading={list.isFetchingNextPage}
          >
            {t("list.more")}
          </Button>
        </Group>
      )}
      {signedIn && (
        <Text size="sm" c="gray.7">
          {t("list.auditHint")}
        </Text>
      )}
    </Stack>
  );
}
