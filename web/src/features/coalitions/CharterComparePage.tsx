import { Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { isolate } from "../../lib/bidi.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { ChangeList } from "./CharterChanges.tsx";
import {
  coalitionKey,
  retryUnlessRefused,
  useCharterVersions,
  useCoalition,
} from "../../lib/coalition-data.ts";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";

/** What changed between two versions of a charter, field by field. */
export function CharterComparePage() {
  const { t } = useTranslation("coalitions");
  const { id } = useParams({ from: "/coalitions/$id/charter/compare" });
  const search = useSearch({ from: "/coalitions/$id/charter/compare" });
  const navigate = useNavigate({ from: "/coalitions/$id/charter/compare" });
  const coalition = useCoalition(id);
  const versions = useCharterVersions(id);
  const format = useTimeFormat();
  const current = coalition.data?.charterVersion ?? 1;
  const to = search.to ?? current;
  const from = search.from ?? Math.max(1, to - 1);
  const comparison = useQuery({
    queryKey: [...coalitionKey(id), "compare", from, to],
    queryFn: () =>
      api.GET("/api/v1/coalitions/{id}/charters/compare", {
        params: { path: { id }, query: { from, to } },
      }),
    enabled: !!coalition.data,
    retry: retryUnlessRefused,
  });
  useDocumentTitle(t("compare.title"));

  if (coalition.isError) return <CoalitionLoadFailure error={coalition.error} />;
  if (coalition.isPending) return <PageLoading />;
  const data = coalition.data;
  const names = new Map(
    (data.members ?? []).flatMap((m) =>
      m.organizationId && m.name ? [[m.organizationId, m.name] as const] : [],
    ),
  );
  const options = (versions.data?.items ?? [{ version: current, createdAt: data.createdAt }])
    .slice()
    .sort((a, b) => a.version - b.version)
    .map((v) => ({
      value: String(v.version),
      label: t("compare.option", {
        version: format.number(v.version),
        date: format.absolute(v.createdAt),
      }),
    }));
  const choose = (key: "from" | "to", value: string) =>
    void navigate({ search: { from, to, [key]: Number(value) } });

  return (
    <Stack gap="lg" maw={960}>
      <AnchorLink to="/coalitions/$id/charter" params={{ id }} size="sm" w="fit-content">
        {t("compare.back")}
      </AnchorLink>
      <div>
        <Title order={1}>{t("compare.title")}</Title>
        <Text c="gray.7" mt={4} style={{ overflowWrap: "anywhere" }}>
          {isolate(data.name)}
        </Text>
      </div>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t("compare.from")}
          data={options}
          value={String(from)}
          onChange={(event) => choose("from", event.currentTarget.value)}
          style={{ flex: "1 1 14rem" }}
        />
        <NativeSelect
          label={t("compare.to")}
          data={options}
          value={String(to)}
          onChange={(event) => choose("to", event.currentTarget.value)}
          style={{ flex: "1 1 14rem" }}
        />
      </Group>
      <FormError error={comparison.error} />
      {comparison.isPending ? (
        <PageLoading />
      ) : comparison.data ? (
        <Stack gap="sm" aria-live="polite">
          <Text fw={600}>
            {t("compare.summary", {
              count: comparison.data.changes.length,
              n: format.number(comparison.data.changes.length),
              from: format.number(from),
              to: format.number(to),
            })}
          </Text>
          <ChangeList changes={comparison.data.changes} names={names} headingOrder={2} />
        </Stack>
      ) : null}
    </Stack>
  );
}
