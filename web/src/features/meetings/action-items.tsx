import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ActionItemStatus, ActionItemSummary } from "../../../../shared/meetings.ts";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";
import { useCreateActionItem, useUpdateActionItem } from "./meeting-data.ts";
import classes from "./Meetings.module.css";
import { isolate } from "../../lib/bidi.ts";

const statuses: ActionItemStatus[] = ["open", "in_progress", "done", "cancelled"];
const statusColor: Record<ActionItemStatus, string> = {
  open: "blue",
  in_progress: "grape",
  done: "teal",
  cancelled: "gray",
};

export function ActionItemRow({
  item,
  showMeeting = false,
}: {
  item: ActionItemSummary;
  showMeeting?: boolean;
}) {
  const { t } = useTranslation("meetings");
  const format = useTimeFormat();
  const update = useUpdateActionItem(item.coalitionId);
  return (
    <Paper component="li" withBorder p="sm" className={item.overdue ? classes.overdue : undefined}>
      <Stack gap={6}>
        <Text fw={600} size="sm" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {item.title}
        </Text>
        <Group gap={6} wrap="wrap">
          {item.overdue && (
            <Badge
              color="red"
              variant="filled"
              tt="none"
              radius="sm"
              leftSection={<IconAlertTriangle size={12} aria-hidden />}
            >
              {t("actions.overdue")}
            </Badge>
          )}
          <Text size="sm">{t("actions.owner", { name: isolate(item.owner.name) })}</Text>
          <Text size="sm" c={item.overdue ? "red.9" : "gray.7"} fw={item.overdue ? 600 : 400}>
            {t("actions.due", { date: format.date(item.dueDate) })}
          </Text>
        </Group>
        {showMeeting && item.meetingId && (
          <AnchorLink to="/meetings/$id" params={{ id: item.meetingId }} size="sm" w="fit-content">
            {t("actions.fromMeeting")}
          </AnchorLink>
        )}
        {item.permissions.changeStatus ? (
          <NativeSelect
            label={t("actions.status")}
            aria-label={t("actions.statusOf", { title: item.title })}
            value={item.status}
            disabled={update.isPending}
            w={{ base: "100%", xs: 220 }}
            data={statuses.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))}
            onChange={(event) => {
              const status = event.currentTarget.value as ActionItemStatus;
              update.mutate(
                { id: item.id, patch: { status } },
                {
                  onSuccess: () =>
                    notify({
                      color: "teal",
                      message: t("actions.statusSaved", {
                        title: isolate(item.title),
                        status: t(`actions.statuses.${status}`),
                      }),
                    }),
                },
              );
            }}
          />
        ) : (
          <Badge variant="light" color={statusColor[item.status]} tt="none" radius="sm">
            {t(`actions.statuses.${item.status}`)}
          </Badge>
        )}
        <RefusalAlert error={update.error} refusals={{ forbidden: t("actions.forbidden") }} />
      </Stack>
    </Paper>
  );
}

/** The convener side gives an item to a member organisation, with a due date. */
export function ActionItemForm({
  coalitionId,
  meetingId,
  access,
}: {
  coalitionId: string;
  meetingId?: string;
  access: CoalitionAccess;
}) {
  const { t } = useTranslation("meetings");
  const create = useCreateActionItem(coalitionId);
  const [title, setTitle] = useState("");
  const [owner, setOwner] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [tried, setTried] = useState(false);
  const errors = {
    title: title.trim().length >= 3 ? null : t("actions.form.titleMissing", { n: 3 }),
    owner: owner ? null : t("actions.form.ownerMissing"),
    dueDate: /^\d{4}-\d{2}-\d{2}$/.test(dueDate) ? null : t("actions.form.dueMissing"),
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.values(errors).some(Boolean)) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[data-action-form] [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    create.mutate(
      {
        title: title.trim(),
        ownerOrganizationId: owner,
        dueDate,
        ...(meetingId ? { meetingId } : {}),
      },
      {
        onSuccess: () => {
          notify({ color: "teal", message: t("actions.form.created") });
          setTitle("");
          setDueDate("");
          setTried(false);
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate data-action-form>
      <Stack gap="sm">
        <Text fw={700} size="sm">
          {t("actions.form.title")}
        </Text>
        <TextInput
          label={t("actions.form.what")}
          dir="auto"
          maxLength={300}
          required
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={tried ? errors.title : undefined}
        />
        <Group gap="sm" align="flex-start" wrap="wrap">
          <NativeSelect
            label={t("actions.form.owner")}
            required
            value={owner}
            onChange={(event) => setOwner(event.currentTarget.value)}
            data={[
              { value: "", label: t("actions.form.chooseOwner") },
              ...access.activeMembers.map((m) => ({ value: m.organizationId, label: m.name })),
            ]}
            error={tried ? errors.owner : undefined}
            style={{ flex: "2 1 14rem" }}
          />
          <TextInput
            type="date"
            label={t("actions.form.due")}
            required
            value={dueDate}
            onChange={(event) => setDueDate(event.currentTarget.value)}
            error={tried ? errors.dueDate : undefined}
            style={{ flex: "1 1 10rem" }}
          />
        </Group>
        <RefusalAlert error={create.error} refusals={{ forbidden: t("actions.forbidden") }} />
        <Button type="submit" variant="outline" w="fit-content" loading={create.isPending}>
          {t("actions.form.submit")}
        </Button>
      </Stack>
    </form>
  );
}
