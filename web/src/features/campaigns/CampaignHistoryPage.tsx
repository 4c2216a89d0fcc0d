import { Button, NativeSelect, Stack, Text } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import cards from "../../components/Cards.module.css";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { CampaignShell } from "./CampaignShell.tsx";
import { useCampaignHistory } from "./campaign-data.ts";

const entities = [
  "campaign",
  "objective",
  "progress",
  "stakeholder",
  "move",
  "activity",
  "message",
  "story",
  "pledge",
  "budget_line",
  "spending",
  "outcome",
  "review",
] as const;

function HistoryList({ id }: { id: string }) {
  const { t } = useTranslation("campaigns");
  const format = useFormatters();
  const [entity, setEntity] = useState("");
  const history = useCampaignHistory(id, entity || undefined);
  const items = history.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <PageSection title={t("history.title")} description={t("history.intro")}>
      <NativeSelect
        label={t("history.filter")}
        value={entity}
        onChange={(e) => setEntity(e.currentTarget.value)}
        data={[
          { value: "", label: t("history.all") },
          ...entities.map((e) => ({ value: e, label: t(`history.entity.${e}`) })),
        ]}
        maw={320}
      />
      <FormError error={history.error} />
      {history.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("history.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className={cards.list}>
          {items.map((h) => (
            <li key={h.id}>
              <Text size="sm">
                {t("history.line", {
                  who: isolate(h.changedBy?.name || t("history.someone")),
                  org: isolate(h.changedFor?.name ?? "—"),
                  what: t(`history.entity.${h.entity}`, { defaultValue: h.entity }),
                  action: t(`history.action.${h.action}`, { defaultValue: h.action }),
                })}
              </Text>
              <Text size="xs" c="gray.7">
                {format.dateTime(h.changedAt)}
              </Text>
              {Object.keys(h.changes).length > 0 && (
                <Text size="xs" c="gray.7">
                  {t("history.fields")}{" "}
                  {format.list(
                    // "stories.<id>" is one attached story: it is named by its kind.
                    [...new Set(Object.keys(h.changes).map((key) => key.split(".")[0] ?? key))].map(
                      (key) => t(`history.field.${key}`, { defaultValue: key }),
                    ),
                  )}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
      {history.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t("history.more")}
        </Button>
      )}
    </PageSection>
  );
}

/** Every change to the campaign: who, for which organisation, when, what. */
export function CampaignHistoryPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/history" });
  return (
    <CampaignShell id={id} part="history" title={t("nav.history")}>
      {() => <HistoryList id={id} />}
    </CampaignShell>
  );
}
