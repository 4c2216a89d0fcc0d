import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import cards from "../../components/Cards.module.css";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useCoalitionStatements } from "./statement-data.ts";
import { StatementListItem } from "./CoalitionStatementsSection.tsx";

/** A campaign's joint statements and who speaks for each, on the campaign's messages page. */
export function CampaignStatementsSection({
  coalitionId,
  campaignId,
}: {
  coalitionId: string;
  campaignId: string;
}) {
  const { t } = useTranslation("statements");
  const list = useCoalitionStatements(coalitionId, campaignId);
  const items = list.data?.items ?? [];
  return (
    <PageSection title={t("campaign.title")} description={t("campaign.intro")}>
      <FormError error={list.error} />
      {list.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t("campaign.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" className={cards.list}>
          {items.map((s) => (
            <li key={s.id}>
              <StatementListItem statement={s} withMessengers />
            </li>
          ))}
        </Stack>
      )}
    </PageSection>
  );
}
