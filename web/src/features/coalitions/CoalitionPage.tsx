import { Group, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
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

/** What the meetings, discussions, campaigns and statements features show here to those inside; router.tsx adds them. */
export type CoalitionPageSections = {
  Meetings: Section;
  ActionItems: Section;
  Threads: Section;
  Campaigns: Section;
  Statements: Section;
  /** The coalition's joint risk assessments. */
  RiskAssessments: Section;
};

/**
 * A coalition's home: its charter, members, my organisation's place in it, proposals and,
 * for those inside, the next meetings, open action items and discussions.
 */
export function CoalitionPage({ sections }: { sections: CoalitionPageSections }) {
  const { Meetings, ActionItems, Threads, Campaigns, Statements, RiskAssessments } = sections;
  const { t } = useTranslation("coalitions");
  const { id } = useParams({ from: "/coalitions/$id" });
  const { me, isPending, error, access } = useCoalitionAccess(id);
  const format = useTimeFormat();
  useDocumentTitle(access?.coalition.name ?? t("home.title"));

  if (error) return <CoalitionLoadFailure error={error} />;
  if (isPending || !access) return <PageLoading />;
  const data = access.coalition;

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
        {access.can.searchPartners && <DiscoverLink coalitionId={data.id} />}
      </Stack>
      <div className={classes.layout}>
        <div className={classes.mine}>
          <CoalitionMembershipSection access={access} signedIn={!!me} />
        </div>
        <Stack gap="lg" className={classes.main}>
          <CoalitionCharterSection coalition={data} />
          <CoalitionProposalsSection access={access} />
          {access.inside && (
            <>
              <Campaigns coalitionId={data.id} />
              <Statements coalitionId={data.id} />
              <RiskAssessments coalitionId={data.id} />
              <Meetings coalitionId={data.id} />
              <ActionItems coalitionId={data.id} />
              <Threads coalitionId={data.id} />
            </>
          )}
        </Stack>
        <div className={classes.members}>
          <CoalitionMembersSection coalition={data} />
        </div>
      </div>
    </Stack>
  );
}
