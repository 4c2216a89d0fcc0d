import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { outcomeSignificances } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { CampaignOutcome } from "../../../../shared/campaigns/outcomes.ts";
import cards from "../../components/Cards.module.css";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { CampaignShell } from "./CampaignShell.tsx";
import { OutcomeForm } from "./outcomes-form.tsx";
import { type Significance, useOutcomes, useRemoveOutcome } from "./outcomes-data.ts";
import { ReviewSection } from "./outcomes-review.tsx";

const significanceColor: Record<Significance, string> = {
  significant: "teal",
  some: "blue",
  none: "gray",
};

/** Evidence is often a link; anything else is shown as written. */
function Evidence({ value }: { value: string }) {
  const { t } = useTranslation("campaign-outcomes");
  const isLink = /^https?:\/\/\S+$/.test(value);
  return (
    <Text size="sm" style={{ overflowWrap: "anywhere" }}>
      <Text span fw={600} size="sm">
        {t("log.evidence")}{" "}
      </Text>
      {isLink ? (
        <Anchor href={value} target="_blank" rel="noopener noreferrer" dir="ltr">
          {value}
        </Anchor>
      ) : (
        <span dir="auto">{value}</span>
      )}
    </Text>
  );
}

function OutcomeCard({
  campaign,
  outcome,
  onEdit,
  onRemove,
}: {
  campaign: Campaign;
  outcome: CampaignOutcome;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation("campaign-outcomes");
  const format = useFormatters();
  const { permissions } = campaign;
  // The server decides; this only hides what it would refuse.
  const mayChange =
    permissions.run ||
    (!!outcome.recordedFor && permissions.actFor.includes(outcome.recordedFor.organizationId));
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Text size="sm" fw={700}>
            {t("log.observedOn", { date: format.date(outcome.observedOn) })}
          </Text>
          <Badge color={significanceColor[outcome.significance]} variant="light" tt="none">
            {t(`significance.${outcome.significance}`)}
          </Badge>
        </Group>
        <div>
          <Text size="sm" fw={600}>
            {t("log.change")}
          </Text>
          <LocalizedTextView value={outcome.change} ns="campaigns" size="sm" />
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t("log.contribution")}
          </Text>
          <LocalizedTextView value={outcome.contribution} ns="campaigns" size="sm" />
        </div>
        {outcome.evidence && <Evidence value={outcome.evidence} />}
        <Text size="xs" c="gray.7">
          {t("log.recorded", {
            org: isolate(outcome.recordedFor?.name || t("log.someOrganization")),
            person: isolate(outcome.recordedBy?.name || t("log.someone")),
          })}
        </Text>
        {mayChange && (
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
            >
              {t("log.edit")}
            </Button>
            <Button
              size="compact-sm"
              variant="default"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={onRemove}
            >
              {t("log.remove")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function OutcomesLog({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation("campaign-outcomes");
  const [significance, setSignificance] = useState<Significance | "">("");
  const outcomes = useOutcomes(campaign.id, significance || undefined);
  const remove = useRemoveOutcome(campaign.id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<CampaignOutcome | null>(null);
  const items = outcomes.data?.pages.flatMap((p) => p.items) ?? [];
  const mayLog = campaign.permissions.actFor.length > 0;
  return (
    <PageSection title={t("log.title")} description={t("log.intro")}>
      {adding ? (
        <Paper withBorder p="sm">
          <OutcomeForm campaign={campaign} onDone={() => setAdding(false)} />
        </Paper>
      ) : (
        mayLog && (
          <Button
            w="fit-content"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setAdding(true)}
          >
            {t("log.add")}
          </Button>
        )
      )}
      <NativeSelect
        label={t("log.filter")}
        value={significance}
        onChange={(e) => setSignificance(e.currentTarget.value as Significance | "")}
        data={[
          { value: "", label: t("log.all") },
          ...outcomeSignificances.map((s) => ({ value: s, label: t(`significance.${s}`) })),
        ]}
        maw={320}
      />
      <FormError error={outcomes.error} />
      {outcomes.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("log.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" className={cards.list}>
          {items.map((outcome) =>
            editing === outcome.id ? (
              <Paper withBorder p="sm" component="li" key={outcome.id}>
                <OutcomeForm
                  campaign={campaign}
                  outcome={outcome}
                  onDone={() => setEditing(null)}
                />
              </Paper>
            ) : (
              <OutcomeCard
                key={outcome.id}
                campaign={campaign}
                outcome={outcome}
                onEdit={() => setEditing(outcome.id)}
                onRemove={() => {
                  remove.reset();
                  setRemoving(outcome);
                }}
              />
            ),
          )}
        </Stack>
      )}
      {outcomes.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={outcomes.isFetchingNextPage}
          onClick={() => void outcomes.fetchNextPage()}
        >
          {t("log.more")}
        </Button>
      )}
      <ConfirmModal
        opened={!!removing}
        title={t("log.removeTitle")}
        confirmLabel={t("log.removeConfirm")}
        onClose={() => setRemoving(null)}
        pending={remove.isPending}
        error={remove.error}
        refusals={{ forbidden: t("log.removeForbidden") }}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              notify({ color: "teal", message: t("log.removed") });
              setRemoving(null);
            },
          })
        }
      >
        {t("log.removeBody")}
      </ConfirmModal>
    </PageSection>
  );
}

/** The campaign's outcomes log, and the after-action review once it is closed. */
export function OutcomesPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/outcomes" });
  return (
    <CampaignShell id={id} part="outcomes" title={t("nav.outcomes")}>
      {(campaign) => (
        <Stack gap="lg">
          <OutcomesLog campaign={campaign} />
          <ReviewSection campaign={campaign} />
        </Stack>
      )}
    </CampaignShell>
  );
}
