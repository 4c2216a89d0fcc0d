import { Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useFormatters } from "../../lib/hooks.ts";
import { CampaignDashboard } from "./CampaignDashboard.tsx";
import { CampaignShell } from "./CampaignShell.tsx";

function Plan({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation("campaigns");
  const format = useFormatters();
  const block = (key: "problem" | "theoryOfChange" | "goal") =>
    campaign[key] && (
      <div>
        <Text fw={600} size="sm">
          {t(`plan.${key}`)}
        </Text>
        <LocalizedTextView value={campaign[key]} ns="campaigns" withSwitcher />
      </div>
    );
  return (
    <PageSection
      title={t("plan.title")}
      action={
        campaign.permissions.run && (
          <ButtonLink
            to="/campaigns/$id/edit"
            params={{ id: campaign.id }}
            variant="outline"
            w="fit-content"
            leftSection={<IconPencil size={16} aria-hidden />}
          >
            {t("plan.edit")}
          </ButtonLink>
        )
      }
    >
      {block("goal")}
      {block("problem")}
      {block("theoryOfChange")}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <div>
          <Text fw={600} size="sm">
            {t("plan.dates")}
          </Text>
          <Text size="sm">
            {campaign.startsOn || campaign.endsOn
              ? t("plan.dateRange", {
                  from: campaign.startsOn ? format.date(campaign.startsOn) : "…",
                  to: campaign.endsOn ? format.date(campaign.endsOn) : "…",
                })
              : t("plan.noDates")}
          </Text>
        </div>
        <div>
          <Text fw={600} size="sm">
            {t("plan.fundMonitor")}
          </Text>
          <Text size="sm" dir="auto">
            {campaign.fundMonitor?.name ?? t("plan.noFundMonitor")}
          </Text>
        </div>
        <div>
          <Text fw={600} size="sm">
            {t("plan.publicPage")}
          </Text>
          {campaign.publishedParts ? (
            <AnchorLink to="/p/campaigns/$id" params={{ id: campaign.id }} size="sm">
              {t("plan.publicPageOpen")}
            </AnchorLink>
          ) : (
            <Text size="sm">{t("plan.publicPageOff")}</Text>
          )}
        </div>
      </SimpleGrid>
      {campaign.proposal && (
        <Group gap={4}>
          <Text size="sm">{t("plan.fromProposal")}</Text>
          <AnchorLink
            to="/proposals/$id"
            params={{ id: campaign.proposal.id }}
            size="sm"
            dir="auto"
          >
            {campaign.proposal.title}
          </AnchorLink>
        </Group>
      )}
    </PageSection>
  );
}

/** A campaign's home: the dashboard and the plan. */
export function CampaignPage() {
  const { id } = useParams({ from: "/campaigns/$id" });
  return (
    <CampaignShell id={id}>
      {(campaign) => (
        <Stack gap="lg">
          <CampaignDashboard campaign={campaign} />
          <Plan campaign={campaign} />
        </Stack>
      )}
    </CampaignShell>
  );
}
