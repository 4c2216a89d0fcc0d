import { Button, SegmentedControl, Stack, Text, VisuallyHidden } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import cards from "../../components/Cards.module.css";
import { PageSection } from "../../components/PageSection.tsx";
import { ActionItemForm, ActionItemRow } from "./action-items.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { usePendingActionItems } from "./meeting-data.ts";

type Filter = "mine" | "overdue" | "all";

/**
 * What the coalition's organisations have taken on and not finished: owner, due date, the
 * overdue ones marked, and the status for those who may move it. Nothing for outsiders.
 */
export function CoalitionActionItemsSection({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation("meetings");
  const { access } = useCoalitionAccess(coalitionId);
  const inside = !!access?.inside;
  const items = usePendingActionItems(coalitionId, inside);
  const [chosen, setChosen] = useState<Filter | null>(null);
  const [adding, setAdding] = useState(false);
  const filterId = useId();
  if (!access?.inside) return null;
  const mine = new Set(access.can.speakFor);
  // Someone who speaks for an organisation starts with its own list.
  const filter: Filter = chosen ?? (mine.size > 0 ? "mine" : "all");
  const all = items.data?.items ?? [];
  const shown = all.filter((item) =>
    filter === "mine"
      ? mine.has(item.owner.organizationId)
      : filter === "overdue"
        ? item.overdue
        : true,
  );
  const overdue = all.filter((item) => item.overdue).length;
  return (
    <PageSection
      title={t("actions.sectionTitle")}
      description={t("actions.sectionHint")}
      action={
        access.can.manageMeetings ? (
          <Stack gap="sm">
            <Button
              variant="outline"
              w="fit-content"
              leftSection={<IconPlus size={16} aria-hidden />}
              aria-expanded={adding}
              onClick={() => setAdding((a) => !a)}
            >
              {t("actions.add")}
            </Button>
            {adding && <ActionItemForm coalitionId={coalitionId} access={access} />}
          </Stack>
        ) : undefined
      }
    >
      <div>
        <VisuallyHidden id={filterId}>{t("actions.filterLabel")}</VisuallyHidden>
        <SegmentedControl
          aria-labelledby={filterId}
          value={filter}
          onChange={(value) => setChosen(value as Filter)}
          fullWidth
          data={[
            ...(mine.size > 0 ? [{ value: "mine", label: t("actions.filters.mine") }] : []),
            { value: "overdue", label: t("actions.filters.overdue", { count: overdue }) },
            { value: "all", label: t("actions.filters.all", { count: all.length }) },
          ]}
        />
      </div>
      <FormError error={items.error} />
      {items.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(`actions.empty.${filter}`)}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className={cards.list}>
          {shown.map((item) => (
            <ActionItemRow key={item.id} item={item} showMeeting />
          ))}
        </Stack>
      )}
      {items.data?.more && (
        <Text size="xs" c="gray.7">
          {t("actions.truncated", { n: 100 })}
        </Text>
      )}
    </PageSection>
  );
}
