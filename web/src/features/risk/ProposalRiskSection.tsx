import { List, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useFormatters } from "../../lib/hooks.ts";
import { HeatMapTable } from "./HeatMapTable.tsx";
import { useProposalRisk } from "./risk-data.ts";

/**
 * What a proposal deciding an assessed action shows before anyone takes a stance: the heat
 * map, what is over the charter's threshold and the messengers proposed. Nothing for a
 * proposal that decides no assessed action.
 */
export function ProposalRiskSection({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation("risk");
  const format = useFormatters();
  const risk = useProposalRisk(proposalId);
  const summary = risk.data?.summary;
  if (!summary) return null;
  const messengers = risk.data?.messengers ?? [];
  return (
    <PageSection title={t("proposal.title")} description={t("proposal.intro")}>
      <Text size="sm">
        {t("page.answered", { count: summary.answered, number: format.number(summary.answered) })}
      </Text>
      {summary.overThreshold.length > 0 && (
        <Text size="sm" fw={600}>
          {t("threshold.over", {
            categories: format.list(summary.overThreshold.map((c) => t(`category.${c}.label`))),
          })}
        </Text>
      )}
      <HeatMapTable heatMap={summary.heatMap} />
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t("proposal.messengers")}
        </Text>
        {messengers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("proposal.noMessengers")}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {messengers.map((m) => (
              <List.Item key={m.organizationId}>
                <span dir="auto">{m.name}</span>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <AnchorLink to="/risk-assessments/$id" params={{ id: summary.id }} size="sm" w="fit-content">
        {t("proposal.toAssessment")}
      </AnchorLink>
    </PageSection>
  );
}
