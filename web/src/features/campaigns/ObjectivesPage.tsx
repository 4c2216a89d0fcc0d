import { Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import { LoadFailure, PageLoading } from "../../components/PageStates.tsx";
import { CampaignShell } from "./CampaignShell.tsx";
import { ObjectiveCard } from "./objectives-card.tsx";
import { useObjectives } from "./objectives-data.ts";
import { ObjectiveForm } from "./objectives-form.tsx";

function Objectives({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation("campaign-objectives");
  const objectives = useObjectives(campaign.id);
  const [writing, setWriting] = useState(false);
  const run = campaign.permissions.run;
  if (objectives.isPending) return <PageLoading />;
  if (objectives.error) return <LoadFailure error={objectives.error} forbidden={t("loadFailed")} />;
  const items = objectives.data?.items ?? [];
  return (
    <Stack gap="md">
      <Text size="sm" c="gray.7" maw={720}>
        {t("intro")}
      </Text>
      {run && !writing && (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setWriting(true)}>
            {t("add")}
          </Button>
        </Group>
      )}
      {writing && <ObjectiveForm campaign={campaign} onDone={() => setWriting(false)} />}
      {items.length === 0 && !writing && <Text>{t(run ? "emptyRun" : "empty")}</Text>}
      {items.map((objective) => (
        <ObjectiveCard key={objective.id} campaign={campaign} objective={objective} />
      ))}
    </Stack>
  );
}

/** The campaign's SMART objectives: each on its line from baseline to target, with its readings. */
export function ObjectivesPage() {
  const { t } = useTranslation(["campaigns", "campaign-objectives"]);
  const { id } = useParams({ from: "/campaigns/$id/objectives" });
  return (
    <CampaignShell id={id} part="objectives" title={t("nav.objectives")}>
      {(campaign) => <Objectives campaign={campaign} />}
    </CampaignShell>
  );
}
