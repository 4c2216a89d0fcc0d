import { Button, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { BudgetLine, ResourcesSummary } from "../../../../shared/campaigns/resources.ts";
import cards from "../../components/Cards.module.css";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useSpending } from "./resources-data.ts";
import { actingFor } from "./resources-pledge-form.tsx";
import { SpendingCard } from "./resources-spending-card.tsx";
import { SpendingForm } from "./resources-spending-form.tsx";
import { Said } from "./resources-ui.tsx";

/**
 * Spending against the budget with its status, who the fund monitor is, and what the reader
 * may do: record spending for an organisation they act for, or confirm and query as monitor.
 */
export function SpendingSection({
  campaign,
  lines,
  summary,
}: {
  campaign: Campaign;
  lines: BudgetLine[];
  summary: ResourcesSummary | undefined;
}) {
  const { t } = useTranslation("campaign-resources");
  const spending = useSpending(campaign.id);
  const [adding, setAdding] = useState(false);
  const [said, say] = useState("");
  const items = spending.data?.pages.flatMap((p) => p.items) ?? [];
  const mayRecord = actingFor(campaign).length > 0;
  const monitor = campaign.fundMonitor;
  return (
    <PageSection title={t("spending.title")} description={t("spending.intro")}>
      <Stack gap={4}>
        <Text size="sm" fw={600} data-fund-monitor>
          {monitor ? t("spending.monitor", { name: monitor.name }) : t("spending.noMonitor")}
        </Text>
        {campaign.permissions.confirmSpending && <Text size="sm">{t("spending.youMonitor")}</Text>}
        {summary && summary.awaitingConfirmation > 0 && (
          <Text size="sm">{t("spending.awaiting", { count: summary.awaitingConfirmation })}</Text>
        )}
      </Stack>
      <Said text={said} />
      {adding ? (
        <SpendingForm
          campaign={campaign}
          lines={lines}
          onCancel={() => setAdding(false)}
          onSaved={(description) => {
            setAdding(false);
            say(t("said.spendingRecorded", { description }));
          }}
        />
      ) : (
        mayRecord &&
        (lines.length > 0 ? (
          <Button
            w="fit-content"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t("spending.record")}
          </Button>
        ) : (
          <Text size="sm" c="gray.7">
            {t("spending.needsLine")}
          </Text>
        ))
      )}
      <FormError error={spending.error} />
      {spending.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t("spending.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" className={cards.list}>
          {items.map((entry) => (
            <SpendingCard
              key={entry.id}
              campaign={campaign}
              lines={lines}
              entry={entry}
              say={say}
            />
          ))}
        </Stack>
      )}
      {spending.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={spending.isFetchingNextPage}
          onClick={() => void spending.fetchNextPage()}
        >
          {t("spending.more")}
        </Button>
      )}
    </PageSection>
  );
}
