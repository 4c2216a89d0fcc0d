import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { activityStatuses } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { Activity } from "../../../../shared/campaigns/workplan.ts";
import { pickText } from "../../../../shared/locales.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FormError } from "../../components/FormError.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import cards from "../../components/Cards.module.css";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";
import { useDeleteActivity, useMakeActionItem, useUpdateActivity } from "./workplan-data.ts";
import { statusColor, useDayFormat } from "./workplan-ui.ts";

/** The activities as cards: what, who, when, what each waits for, and what the viewer may do. */
export function ActivityList({
  campaign,
  activities,
  onEdit,
}: {
  campaign: Campaign;
  activities: Activity[];
  onEdit: (activity: Activity) => void;
}) {
  return (
    <Stack component="ul" gap="sm" className={cards.list}>
      {activities.map((a) => (
        <li key={a.id}>
          <ActivityCard campaign={campaign} activity={a} onEdit={() => onEdit(a)} />
        </li>
      ))}
    </Stack>
  );
}

function ActivityCard({
  campaign,
  activity: a,
  onEdit,
}: {
  campaign: Campaign;
  activity: Activity;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-workplan");
  const day = useDayFormat();
  const update = useUpdateActivity(campaign.id);
  const remove = useDeleteActivity(campaign.id);
  const makeItem = useMakeActionItem(campaign.id, campaign.coalition?.id);
  const [confirming, setConfirming] = useState(false);
  const title = pickText(a.title, i18n.language);
  const run = campaign.permissions.run;
  return (
    <Paper withBorder p="sm" component="article" aria-label={title}>
      <Stack gap={6}>
        <Title order={2} size="h4" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {title}
        </Title>
        <Group gap={6} wrap="wrap">
          <Badge
            color={statusColor[a.status]}
            variant="light"
            // Even the darkest shade of green is too faint on its tint: darker still.
            styles={{
              label: {
                color: `color-mix(in srgb, var(--mantine-color-${statusColor[a.status]}-9) 75%, black)`,
              },
            }}
          >
            {t(`status.${a.status}`)}
          </Badge>
          <Badge color="gray" variant="outline">
            {t(`tactic.${a.tactic}`)}
          </Badge>
          <Badge color="indigo" variant="outline">
            {t(`role.${a.role}`)}
          </Badge>
          {a.blocked && (
            <Badge color="red.9" variant="filled">
              {t("card.blocked")}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {t("card.ledBy", { name: isolate(a.leadOrganization.name) })}
          {a.supportingOrganizations.length > 0 &&
            ` · ${t("card.with", {
              names: a.supportingOrganizations.map((o) => isolate(o.name)).join(", "),
            })}`}
        </Text>
        <Text size="sm" c="gray.7">
          {t("card.dates", { start: day(a.startsOn), end: day(a.dueOn) })}
        </Text>
        {a.dependsOn.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t("card.dependsOn")}
            </Text>
            <Stack component="ul" gap={2} m={0} ps="md">
              {a.dependsOn.map((d) => (
                <Text component="li" size="sm" key={d.id}>
                  <span dir="auto">{pickText(d.title, i18n.language)}</span> —{" "}
                  {t(`status.${d.status}`)}
                </Text>
              ))}
            </Stack>
            {a.blocked && (
              <Text size="xs" c="red.8">
                {t("card.blockedHint")}
              </Text>
            )}
          </div>
        )}
        {a.stakeholders.length > 0 && (
          <Text size="sm">
            {t("card.stakeholders", {
              names: a.stakeholders.map((s) => isolate(s.name)).join(", "),
            })}
          </Text>
        )}
        {a.objectives.length > 0 && (
          <Text size="sm">
            {t("card.objectives", {
              names: a.objectives
                .map((o) => isolate(pickText(o.statement, i18n.language)))
                .join("; "),
            })}
          </Text>
        )}
        {a.notes && (
          <Text size="sm" dir="auto" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {a.notes}
          </Text>
        )}
        {a.actionItemId && campaign.coalition && (
          <Text size="sm">
            {t("card.actionItem")}{" "}
            <AnchorLink to="/coalitions/$id/activity" params={{ id: campaign.coalition.id }}>
              {t("card.seeActionItems")}
            </AnchorLink>
          </Text>
        )}
        {(a.mayUpdate || run || a.mayMakeActionItem) && (
          <Group gap="xs" wrap="wrap" align="flex-end" mt={4}>
            {a.mayUpdate && (
              <NativeSelect
                size="xs"
                label={t("card.status")}
                aria-label={t("card.statusOf", { title })}
                value={a.status}
                disabled={update.isPending}
                onChange={(e) =>
                  update.mutate(
                    {
                      activityId: a.id,
                      body: { status: e.currentTarget.value as Activity["status"] },
                    },
                    { onSuccess: () => notify({ color: "teal", message: t("saved") }) },
                  )
                }
                data={activityStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              />
            )}
            {(a.mayUpdate || run) && (
              <Button size="xs" variant="default" onClick={onEdit}>
                {t("card.edit")}
              </Button>
            )}
            {a.mayMakeActionItem && (
              <Button
                size="xs"
                variant="light"
                loading={makeItem.isPending}
                onClick={() =>
                  makeItem.mutate(a.id, {
                    onSuccess: () => notify({ color: "teal", message: t("actionItemMade") }),
                  })
                }
              >
                {t("card.makeActionItem")}
              </Button>
            )}
            {run && (
              <Button size="xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
                {t("card.delete")}
              </Button>
            )}
          </Group>
        )}
        <FormError error={update.error ?? makeItem.error} />
      </Stack>
      <ConfirmModal
        opened={confirming}
        title={t("delete.title")}
        confirmLabel={t("delete.confirm")}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(a.id, {
            onSuccess: () => {
              setConfirming(false);
              notify({ color: "teal", message: t("deleted") });
            },
          })
        }
        pending={remove.isPending}
        error={remove.error}
        refusals={{}}
      >
        {t("delete.body", { title: isolate(title) })}
      </ConfirmModal>
    </Paper>
  );
}
