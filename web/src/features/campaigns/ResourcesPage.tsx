import { Stack, Text } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import { FormError } from "../../components/FormError.tsx";
import { CampaignShell } from "./CampaignShell.tsx";
import { BudgetSection } from "./resources-budget.tsx";
import { useBudgetLines, useResourcesSummary } from "./resources-data.ts";
import { PledgesSection } from "./resources-pledges.tsx";
import { SpendingSection } from "./resources-spending.tsx";
import { TotalsSection } from "./resources-totals.tsx";

function Resources({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation("campaign-resources");
  const summary = useResourcesSummary(campaign.id);
  const budget = useBudgetLines(campaign.id);
  const lines = budget.data?.items ?? [];
  return (
    <Stack gap="lg">
      <Text size="sm" c="gray.7" maw={720}>
        {t("intro")}
      </Text>
      <FormError error={summary.error} />
      {summary.data && <TotalsSection summary={summary.data} />}
      <PledgesSection campaign={campaign} lines={lines} />
      <BudgetSection
        campaign={campaign}
        lines={lines}
        error={budget.error}
        pending={budget.isPending}
      />
      <SpendingSection campaign={campaign} lines={lines} summary={summary.data} />
    </Stack>
  );
}

/**
 * The campaign's pooled resources: totals per currency, each organisation's pledges and what
 * has arrived, the budget lines, and spending with the fund monitor's confirmation.
 */
export function ResourcesPage() {
  const { t } = useTranslation(["campaigns", "campaign-resources"]);
  const { id } = useParams({ from: "/campaigns/$id/resources" });
  return (
    <CampaignShell id={id} part="resources" title={t("nav.resources")}>
      {(campaign) => <Resources campaign={campaign} />}
    </CampaignShell>
  );
}
