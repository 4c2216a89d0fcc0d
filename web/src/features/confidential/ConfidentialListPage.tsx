import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconPlus, IconSearch } from "@tabler/icons-react";
import { Link, useNavigate, useSearch } from "@tanstack/react-router";
import { Fragment, useCallback, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { recordKinds } from "../../../../shared/records/fields.ts";
import { FormError } from "../../components/FormError.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import classes from "../../components/Cards.module.css";
import { useMyOrganizations } from "../../lib/coalition-data.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useCountryOptions } from "../../lib/term-options.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useRecordLabels } from "../records/record-labels.ts";
import { useRecordHeadline } from "../records/records-summary.tsx";
import { useConfidentialList, useOpened } from "./confidential-data.ts";
import { ContributeCounts } from "./ContributeCounts.tsx";
import type { FailedRecord, OpenedRecord } from "./confidential-open.ts";
import { KeyChanges, OpenedHere, UnlockedOnly, useFailText } from "./confidential-parts.tsx";
import { type ConfidentialFilters, filtering, searchRecords } from "./confidential-search.ts";
import type { KeySession } from "./key-session.ts";

function OpenedCard({ record }: { record: OpenedRecord }) {
  const { t } = useTranslation("confidential");
  const labels = useRecordLabels();
  const headline = useRecordHeadline()(record);
  const time = useTimeFormat();
  return (
    <Paper component="article" withBorder p="sm" className={classes.card}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="grape" tt="none" radius="sm">
            {labels.kind(record.kind)}
          </Badge>
          {record.sight === "shared" && (
            <Badge variant="outline" color="indigo" tt="none" radius="sm">
              {t("list.sharedWithYou")}
            </Badge>
          )}
        </Group>
        <Text fw={700} style={{ overflowWrap: "anywhere" }}>
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/confidential/$id" params={{ id: record.id }} />
            )}
            c="inherit"
            inherit
            className={classes.cardLink}
          >
            {/* Each part keeps its own direction: a French title beside an Arabic date. */}
            {headline.length
              ? headline.map((part, i) => (
                  <Fragment key={i}>
                    {i > 0 && " · "}
                    <bdi>{part}</bdi>
                  </Fragment>
                ))
              : labels.kind(record.kind)}
          </Anchor>
        </Text>
        <Text size="sm" c="gray.7">
          <bdi>{record.ownerName}</bdi>
          {" · "}
          {t("list.changed", { date: time.absolute(record.updatedAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}

function FailedCard({ record }: { record: FailedRecord }) {
  const { t } = useTranslation("confidential");
  const failText = useFailText();
  const time = useTimeFormat();
  return (
    <Paper component="article" withBorder p="sm" className={classes.card}>
      <Stack gap={4}>
        <Text fw={700} style={{ overflowWrap: "anywhere" }}>
          <Anchor
            renderRoot={(props) => (
              <Link {...props} to="/confidential/$id" params={{ id: record.id }} />
            )}
            c="inherit"
            inherit
            className={classes.cardLink}
          >
            {t("list.notOpened", { owner: record.ownerName })}
          </Anchor>
        </Text>
        <Text size="sm">{failText(record.reason)}</Text>
        <Text size="xs" c="gray.7">
          {t("list.changed", { date: time.absolute(record.updatedAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}

function Filters({
  filters,
  onChange,
}: {
  filters: ConfidentialFilters;
  onChange: (patch: Partial<ConfidentialFilters>) => void;
}) {
  const { t } = useTranslation("confidential");
  const labels = useRecordLabels();
  const countries = useCountryOptions();
  const titleId = useId();
  const set = (key: keyof ConfidentialFilters) => (value: string | null) =>
    onChange({ [key]: value || undefined });
  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t("list.filtersTitle")}
        </Title>
        <TextInput
          type="search"
          label={t("list.search")}
          description={t("list.searchHint")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filters.q ?? ""}
          onChange={(event) => set("q")(event.currentTarget.value)}
          maxLength={200}
          dir="auto"
        />
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Select
            label={t("list.kind")}
            placeholder={t("list.anyKind")}
            data={recordKinds.map((k) => ({ value: k, label: labels.kind(k) }))}
            value={filters.kind ?? null}
            onChange={set("kind")}
            clearable
          />
          <Select
            label={t("list.country")}
            placeholder={t("list.anyCountry")}
            data={countries}
            value={filters.country ?? null}
            onChange={set("country")}
            searchable
            clearable
            nothingFoundMessage={t("list.nothingFound")}
          />
          <TextInput
            type="date"
            label={t("list.from")}
            value={filters.from ?? ""}
            max={filters.to}
            onChange={(event) => set("from")(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t("list.to")}
            value={filters.to ?? ""}
            min={filters.from}
            onChange={(event) => set("to")(event.currentTarget.value)}
          />
        </SimpleGrid>
        {filtering(filters) && (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() =>
                onChange({
                  q: undefined,
                  kind: undefined,
                  country: undefined,
                  from: undefined,
                  to: undefined,
                })
              }
            >
              {t("list.clear")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Records({ session }: { session: KeySession }) {
  const { t } = useTranslation("confidential");
  const filters = useSearch({ from: "/confidential" });
  const navigate = useNavigate({ from: "/confidential" });
  const mine = useMyOrganizations(true);
  const list = useConfidentialList(true);
  const opened = useOpened(session, list.data, list.dataUpdatedAt);
  const update = useCallback(
    (patch: Partial<ConfidentialFilters>) =>
      void navigate({
        search: (prev) =>
          Object.fromEntries(
            Object.entries({ ...prev, ...patch }).filter(([, v]) => v !== undefined && v !== ""),
          ),
        replace: true,
      }),
    [navigate],
  );
  const all = useMemo(() => opened.data ?? [], [opened.data]);
  const readable = useMemo(
    () => all.filter((r): r is OpenedRecord => r.status === "opened"),
    [all],
  );
  const failed = all.filter((r): r is FailedRecord => r.status === "failed");
  const shown = useMemo(() => searchRecords(readable, filters), [readable, filters]);
  const changes = failed.flatMap((r) => (r.change ? [r.change] : []));
  const canAdd = (mine.data?.items ?? []).length > 0;

  return (
    <>
      {canAdd && (
        <Group>
          <ButtonLink to="/confidential/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t("list.new")}
          </ButtonLink>
        </Group>
      )}
      <Filters filters={filters} onChange={update} />
      <FormError error={list.error} />
      {list.isPending || (list.data && opened.isPending) ? (
        <PageLoading />
      ) : opened.isError ? (
        <Alert color="red" role="alert">
          {t("list.openFailed")}
        </Alert>
      ) : (
        <>
          <Text role="status" size="sm">
            {filtering(filters)
              ? t("list.countFiltered", { count: shown.length, total: readable.length })
              : t("list.count", { count: readable.length })}
            {failed.length > 0 && ` ${t("list.countFailed", { count: failed.length })}`}
          </Text>
          <KeyChanges changes={changes} onAccepted={() => void opened.refetch()} />
          {shown.length === 0 ? (
            <Text>{readable.length ? t("list.noMatch") : t("list.none")}</Text>
          ) : (
            <section aria-label={t("list.results")}>
              <Stack component="ul" gap="xs" className={classes.list}>
                {shown.map((record) => (
                  <li key={record.id}>
                    <OpenedCard record={record} />
                  </li>
                ))}
              </Stack>
            </section>
          )}
          {failed.length > 0 && (
            <Stack gap="xs" component="section" aria-labelledby="confidential-failed">
              <Group gap="xs" wrap="nowrap">
                <IconAlertTriangle size={20} aria-hidden color="var(--mantine-color-red-8)" />
                <Title order={2} size="h4" id="confidential-failed">
                  {t("list.failedTitle", { count: failed.length })}
                </Title>
              </Group>
              <Text size="sm">{t("list.failedIntro")}</Text>
              <Stack component="ul" gap="xs" className={classes.list}>
                {failed.map((record) => (
                  <li key={record.id}>
                    <FailedCard record={record} />
                  </li>
                ))}
              </Stack>
            </Stack>
          )}
          <ContributeCounts records={readable} failed={failed} />
        </>
      )}
    </>
  );
}

/**
 * The confidential records the reader may fetch, opened in this browser, searched and
 * filtered here: the server holds only ciphertext and cannot search it.
 */
export function ConfidentialListPage() {
  const { t } = useTranslation("confidential");
  useDocumentTitle(t("list.title"));
  return (
    <UnlockedOnly title={t("list.title")}>
      {(session) => (
        <Stack gap="lg">
          <Stack gap={4} maw={760}>
            <Title order={1}>{t("list.title")}</Title>
            <Text>{t("list.lead")}</Text>
            <OpenedHere>{t("list.openedHere")}</OpenedHere>
          </Stack>
          <Records session={session} />
        </Stack>
      )}
    </UnlockedOnly>
  );
}
