import { Badge, Group, List, Stack, Text, Title } from "@mantine/core";
import { IconClock } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { type ComponentType, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Charter } from "../../../../shared/coalitions.ts";
import type { Proposal } from "../../../../shared/proposals.ts";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { ButtonLink } from "../../components/Links.tsx";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { isolate } from "../../lib/bidi.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { useProposal } from "./proposal-data.ts";
import { CloseEarly, ProposalOutcome } from "./ProposalOutcome.tsx";
import { ProposalResult } from "./ProposalResult.tsx";
import { ProposalStances } from "./ProposalStances.tsx";
import { useRulesText } from "./rules-text.ts";
import { StanceSection } from "./StanceSection.tsx";
import { wrapLabel } from "../../components/wrap-label.ts";

/** Re-renders every minute, so "closes in 5 minutes" stays true while the page is open. */
function useNow(enabled: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [enabled]);
  return now;
}

function ProposalHeader({
  proposal,
  coalitionName,
}: {
  proposal: Proposal;
  coalitionName: string;
}) {
  const { t } = useTranslation(["proposals", "coalitions"]);
  const format = useTimeFormat();
  const open = proposal.status === "open";
  const now = useNow(open);
  return (
    <Stack gap="xs">
      <AnchorLink
        to="/coalitions/$id"
        params={{ id: proposal.coalitionId }}
        size="sm"
        w="fit-content"
      >
        {t("coalitions:page.backTo", { name: isolate(coalitionName) })}
      </AnchorLink>
      <Title order={1} fz={{ base: 24, sm: 32 }} dir="auto" style={{ overflowWrap: "anywhere" }}>
        {proposal.title}
      </Title>
      <Group gap={6} wrap="wrap">
        <Badge
          variant={open ? "filled" : "light"}
          color={open ? "teal.9" : "gray"}
          tt="none"
          radius="sm"
        >
          {open ? t("status.open") : t("status.closed")}
        </Badge>
        <Badge variant="outline" color="gray.7" tt="none" radius="sm">
          {t(`kind.${proposal.rules.kind}.label`)}
        </Badge>
        {proposal.subject !== "general" && (
          <Badge variant="light" color="grape" tt="none" radius="sm">
            {t(`subject.${proposal.subject}`, { defaultValue: proposal.subject })}
          </Badge>
        )}
      </Group>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconClock size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Text size="sm" fw={600}>
          {open
            ? t("header.closes", {
                relative: format.relative(proposal.closesAt, now),
                absolute: format.absolute(proposal.closesAt),
              })
            : t("header.closed", {
                absolute: format.absolute(proposal.closedAt ?? proposal.closesAt),
              })}
        </Text>
      </Group>
      {proposal.target && (proposal.subject === "admission" || proposal.subject === "removal") && (
        <Text size="sm">
          {t(`header.target.${proposal.subject}`, { name: isolate(proposal.target.name) })}
        </Text>
      )}
      <Text size="sm" c="gray.7">
        {t("header.openedBy", {
          name: isolate(proposal.openedBy.name),
          date: format.absolute(proposal.createdAt),
        })}
      </Text>
    </Stack>
  );
}

/** What other features show on a proposal's page; router.tsx adds them. */
export type ProposalPageSections = {
  /** The proposal's discussion, for those inside the coalition. */
  Thread: ComponentType<{ proposalId: string }>;
  /** What a charter proposal would change in the charter in force. */
  CharterChanges: ComponentType<{
    current: Charter;
    proposed: Charter;
    names: ReadonlyMap<string, string>;
  }>;
  /** The risk summary and messengers of a proposal deciding an assessed action. */
  Risk: ComponentType<{ proposalId: string }>;
};

/** A proposal: the question, how it is decided, my stance, the count and the outcome. */
export function ProposalPage({ sections }: { sections: ProposalPageSections }) {
  const { Thread, CharterChanges, Risk } = sections;
  const { t } = useTranslation(["proposals", "coalitions"]);
  const { id } = useParams({ from: "/proposals/$id" });
  const proposal = useProposal(id);
  const coalition = useCoalitionAccess(proposal.data?.coalitionId ?? "", !!proposal.data);
  const { access } = coalition;
  const rulesText = useRulesText();
  useDocumentTitle(proposal.data?.title);

  if (proposal.isError) return <CoalitionLoadFailure error={proposal.error} />;
  if (coalition.error) return <CoalitionLoadFailure error={coalition.error} />;
  if (proposal.isPending || !access) return <PageLoading />;
  const data = proposal.data;
  const names = new Map(
    (access.coalition.members ?? []).flatMap((m) =>
      m.organizationId && m.name ? [[m.organizationId, m.name] as const] : [],
    ),
  );
  const open = data.status === "open";

  return (
    <Stack gap="lg" maw={960}>
      <ProposalHeader proposal={data} coalitionName={access.coalition.name} />
      {data.body && (
        <LocalizedTextView
          value={data.body}
          ns="proposals"
          withSwitcher
          switcherLabel={t("header.bodyLanguage")}
        />
      )}
      {data.subject === "charter" && data.proposedCharter && open && (
        <PageSection title={t("charter.title")} description={t("charter.hint")}>
          <CharterChanges
            current={access.coalition.charter}
            proposed={data.proposedCharter}
            names={names}
          />
        </PageSection>
      )}
      <PageSection title={t("rules.title")}>
        <List size="sm" spacing={4}>
          {rulesText(data.rules, data).map((sentence) => (
            <List.Item key={sentence}>{sentence}</List.Item>
          ))}
        </List>
      </PageSection>
      {access.inside && <Risk proposalId={data.id} />}
      <StanceSection proposal={data} access={access} />
      <ProposalResult proposal={data} />
      <ProposalStances proposal={data} />
      <ProposalOutcome proposal={data} />
      {data.result?.outcome === "adopted" &&
        data.status === "closed" &&
        (data.subject === "general" || data.subject === "statement") &&
        access.speakFor.length > 0 && (
          <ButtonLink
            to="/campaigns/new"
            search={{ coalitionId: data.coalitionId, proposalId: data.id }}
            variant="light"
            w="fit-content"
            {...wrapLabel}
          >
            {t("startCampaign")}
          </ButtonLink>
        )}
      {data.permissions.close && <CloseEarly proposal={data} />}
      {access.inside && <Thread proposalId={data.id} />}
    </Stack>
  );
}
