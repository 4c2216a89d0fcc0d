import { Alert, Badge, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useParams, useSearch } from "@tanstack/react-router";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { isolate } from "../../lib/bidi.ts";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import classes from "../../components/Cards.module.css";
import {
  type CharterVersions,
  coalitionKey,
  retryUnlessRefused,
  useCharterVersions,
  useCoalition,
} from "../../lib/coalition-data.ts";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { LevelBadge } from "../../components/CoalitionBadges.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { CharterView } from "./CharterView.tsx";
import { useTimeFormat } from "../../lib/time.ts";

export function VersionList({
  coalitionId,
  versions,
  current,
  shown,
}: {
  coalitionId: string;
  versions: CharterVersions["items"];
  current: number;
  shown: number;
}) {
  const { t } = useTranslation("coalitions");
  const format = useTimeFormat();
  const id = useId();
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="section"
      aria-labelledby={id}
      id="versions"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {t("charterPage.versions")}
        </Title>
        <Stack component="ol" gap="xs" className={classes.list}>
          {newestFirst.map((v) => (
            <li key={v.version}>
              <Stack gap={2}>
                <Group gap={6} wrap="wrap">
                  {v.version === shown ? (
                    <Text fw={700} aria-current="page">
                      {t("charterPage.version", { version: format.number(v.version) })}
                    </Text>
                  ) : (
                    <AnchorLink
                      to="/coalitions/$id/charter"
                      params={{ id: coalitionId }}
                      search={{ version: v.version }}
                      fw={600}
                    >
                      {t("charterPage.version", { version: format.number(v.version) })}
                    </AnchorLink>
                  )}
                  <LevelBadge level={v.collaborationLevel} />
                  {v.version === current && (
                    <Badge size="sm" variant="light" tt="none" radius="sm">
                      {t("charterPage.inForce")}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="gray.7">
                  {format.absolute(v.createdAt)} ·{" "}
                  {v.proposalId ? (
                    <AnchorLink
                      to="/proposals/$id"
                      params={{ id: v.proposalId }}
                      size="xs"
                      underline="always"
                    >
                      {t("charterPage.byProposal")}
                    </AnchorLink>
                  ) : v.version === 1 ? (
                    t("charterPage.founding")
                  ) : (
                    t("charterPage.byConvener")
                  )}
                </Text>
                {v.version > 1 && (
                  <AnchorLink
                    to="/coalitions/$id/charter/compare"
                    params={{ id: coalitionId }}
                    search={{ from: v.version - 1, to: v.version }}
                    size="xs"
                  >
                    {t("charterPage.compareWithPrevious")}
                  </AnchorLink>
                )}
              </Stack>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

/** A charter in full, the version in force or any earlier one, with the list of versions. */
export function CharterPage() {
  const { t } = useTranslation("coalitions");
  const { id } = useParams({ from: "/coalitions/$id/charter" });
  const { version } = useSearch({ from: "/coalitions/$id/charter" });
  const coalition = useCoalition(id);
  const versions = useCharterVersions(id);
  const current = coalition.data?.charterVersion;
  const wanted = version && version !== current ? version : null;
  const old = useQuery({
    queryKey: [...coalitionKey(id), "charters", wanted],
    queryFn: () =>
      api.GET("/api/v1/coalitions/{id}/charters/{version}", {
        // The query runs only when an older version is wanted (see `enabled`).
        params: { path: { id, version: wanted ?? 0 } },
      }),
    enabled: wanted !== null,
    retry: retryUnlessRefused,
  });
  const format = useTimeFormat();
  useDocumentTitle(
    coalition.data ? t("charterPage.title", { name: coalition.data.name }) : undefined,
  );

  if (coalition.isError) return <CoalitionLoadFailure error={coalition.error} />;
  if (coalition.isPending || (wanted !== null && old.isPending)) return <PageLoading />;
  const data = coalition.data;
  const shown = wanted !== null && old.data ? old.data.version : data.charterVersion;
  const charter = wanted !== null && old.data ? old.data.charter : data.charter;
  const names = new Map(
    (data.members ?? []).flatMap((m) =>
      m.organizationId && m.name ? [[m.organizationId, m.name]] : [],
    ),
  );
  // The convener changes it at once where the charter says so; members with a voice propose,
  // and the amendment page says so where the charter leaves changes to the convener.
  const mayAmend = data.permissions.amendCharter || data.permissions.proposeFor.length > 0;

  return (
    <Stack gap="lg">
      <AnchorLink to="/coalitions/$id" params={{ id }} size="sm" w="fit-content">
        {t("page.backTo", { name: isolate(data.name) })}
      </AnchorLink>
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} style={{ overflowWrap: "anywhere" }}>
            {t("charterPage.title", { name: isolate(data.name) })}
          </Title>
          <Text c="gray.7" size="sm">
            {t("charterPage.version", { version: format.number(shown) })}
            {shown === data.charterVersion ? ` · ${t("charterPage.inForce")}` : ""}
          </Text>
        </Stack>
        {mayAmend && (
          <ButtonLink
            to="/coalitions/$id/charter/amend"
            params={{ id }}
            leftSection={<IconPencil size={16} aria-hidden />}
            variant="outline"
          >
            {data.permissions.amendCharter ? t("charterPage.change") : t("charterPage.propose")}
          </ButtonLink>
        )}
      </Group>
      <FormError error={old.error} />
      {shown !== data.charterVersion && (
        <Alert color="yellow" role="status">
          {t("charterPage.oldVersion")}{" "}
          <AnchorLink to="/coalitions/$id/charter" params={{ id }}>
            {t("charterPage.toCurrent")}
          </AnchorLink>
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p={{ base: "sm", sm: "md" }}>
            <CharterView charter={charter} names={names} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {versions.data && (
            <VersionList
              coalitionId={id}
              versions={versions.data.items}
              current={data.charterVersion}
              shown={shown}
            />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
