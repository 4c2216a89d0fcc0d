import { Group, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../lib/hooks.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { standingOf, useCoalition, useMyOrganizations } from "../../lib/coalition-data.ts";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { LevelBadge, VisibilityBadge } from "../../components/CoalitionBadges.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { CoalitionCharterSection } from "./CoalitionCharterSection.tsx";
import { CoalitionMembershipSection } from "./CoalitionMembershipSection.tsx";
import { CoalitionMembersSection } from "./CoalitionMembersSection.tsx";
import { CoalitionProposalsSection } from "./CoalitionProposalsSection.tsx";
import { DiscoverLink } from "../../components/DiscoverLink.tsx";
import classes from "./Coalition.module.css";
import { useTimeFormat } from "../../lib/time.ts";

type Section = ComponentType<{ coalitionId: string }>;

/** What the meetings and discussions features show here to those inside; router.tsx adds them. */
export type CoalitionPageSections = { Meetings: Section; ActionItems: Section; Threads: Section };

/**
 * A coalition's home: its charter, members, my organisation's place in it, proposals and,
 * for those inside, the next meetings, open action items and discussions.
 */
export function CoalitionPage({ sections }: { sections: CoalitionPageSections }) {
  const { Meetings, ActionItems, Threads } = sections;
  const { t } = useTranslation("coalitions");
  const { id } = useParams({ from: "/coalitions/$id" });
  const { data: me, isPending: mePending } = useMe();
  const coalition = useCoalition(id);
  const mine = useMyOrganizations(!!me);
  const format = useTimeFormat();
  useDocumentTitle(coalition.data?.name ?? t("home.title"));

  if (coalition.isError) return <CoalitionLoadFailure error={coalition.error} />;
  if (coalition.isPending || mePending || (me && mine.isPending)) return <PageLoading />;
  const data = coalition.data;
  const standing = standingOf(data, mine.data?.items);

  return (
    <Stack gap="lg">
      <AnchorLink to="/coalitions" size="sm" w="fit-content">
        {t("page.toDirectory")}
      </AnchorLink>
      <Stack gap="xs">
        <Title order={1} fz={{ base: 26, sm: 34 }} dir="auto" style={{ overflowWrap: "anywhere" }}>
          {data.name}
        </Title>
        <Group gap={6}>
          <LevelBadge level={data.charter.collaborationLevel} />
          <VisibilityBadge visibility={data.visibility} />
        </Group>
        <Text size="sm" c="gray.7">
          {t("home.since", { date: format.date(data.createdAt) })}
        </Text>
        {standing.inside && <DiscoverLink coalitionId={data.id} />}
      </Stack>
      <div className={classes.layout}>
        <div className={classes.mine}>
          <CoalitionMembershipSection coalition={data} standing={standing} signedIn={!!me} />
        </div>
        <Stack gap="lg" className={classes.main}>
          <CoalitionCharterSection coalition={data} />
          <CoalitionProposalsSection coalition={data} standing={standing} />
          {standing.inside && (
            <>
              <Meetings coalitionId={data.id} />
              <ActionItems coalitionId={data.id} />
              <Threads coalitionId={data.id} />
            </>
          )}
        </Stack>
        <div className={classes.members}>
          <CoalitionMembersSection coalition={data} standing={standing} />
        </div>
      </div>
    </Stack>
  );
}
