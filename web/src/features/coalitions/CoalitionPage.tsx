import { Group, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../../lib/hooks.ts";
import { AnchorLink } from "../organizations/edit-links.tsx";
import { PageLoading } from "../organizations/edit-page-states.tsx";
import { standingOf, useCoalition, useMyOrganizations } from "./coalition-data.ts";
import {
  CoalitionLoadFailure,
  LevelBadge,
  VisibilityBadge,
  useDocumentTitle,
} from "./coalition-ui.tsx";
import { CoalitionCharterSection } from "./CoalitionCharterSection.tsx";
import { CoalitionMembershipSection } from "./CoalitionMembershipSection.tsx";
import { CoalitionMembersSection } from "./CoalitionMembersSection.tsx";
import { CoalitionProposalsSection } from "./CoalitionProposalsSection.tsx";
import { CoalitionActionItemsSection } from "../meetings/CoalitionActionItemsSection.tsx";
import { CoalitionMeetingsSection } from "../meetings/CoalitionMeetingsSection.tsx";
import { CoalitionThreadsSection } from "../discussions/CoalitionThreadsSection.tsx";
import { DiscoverLink } from "../discovery/DiscoverLink.tsx";
import classes from "./Coalition.module.css";
import { useTimeFormat } from "./time.ts";

/**
 * A coalition's home: its charter, members, my organisation's place in it, proposals and,
 * for those inside, the next meetings, open action items and discussions.
 */
export function CoalitionPage() {
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
              <CoalitionMeetingsSection coalitionId={data.id} />
              <CoalitionActionItemsSection coalitionId={data.id} />
              <CoalitionThreadsSection coalitionId={data.id} />
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
