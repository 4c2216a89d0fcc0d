import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconAlertTriangle, IconLink, IconPencil, IconTrash, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { CampaignMessage, CampaignStory } from "../../../../shared/campaigns/messages.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";
import { AttachStory } from "./messages-attach.tsx";
import { useDeleteMessage, useDetachStory, useWithdrawStory } from "./messages-data.ts";
import { MessageForm } from "./messages-message-form.tsx";
import { StoryForm } from "./messages-story-form.tsx";
import { useConsentWords } from "./messages-words.ts";

const stateColor = {
  in_force: "teal",
  withdrawn: "red",
  expired: "orange",
  not_yet_given: "gray",
} as const;

/** One message: its text, who fronts it, the stories it tells, and a flag where one may no longer be told. */
export function MessageCard({
  campaign,
  message,
  stories,
}: {
  campaign: Campaign;
  message: CampaignMessage;
  stories: CampaignStory[];
}) {
  const { t } = useTranslation("campaign-messages");
  const { why } = useConsentWords();
  const [open, setOpen] = useState<null | "edit" | "attach" | "delete">(null);
  const remove = useDeleteMessage(campaign.id, message.id);
  const detach = useDetachStory(campaign.id, message.id);
  const run = campaign.permissions.run;
  const close = () => setOpen(null);
  const consentOf = (storyId: string) => stories.find((s) => s.id === storyId)?.consent;
  const heading = t("messages.cardLabel", {
    audience: isolate(message.audience),
    frame: t(`frame.${message.frame}`),
  });

  return (
    <Paper withBorder p="sm" component="article" aria-label={heading}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge color={message.visibility === "public" ? "blue" : "gray"} variant="light">
            {t(`visibility.${message.visibility}`)}
          </Badge>
          {message.flags.length > 0 && (
            <Badge
              color="red"
              variant="filled"
              leftSection={<IconAlertTriangle size={12} aria-hidden />}
            >
              {t("messages.flagged")}
            </Badge>
          )}
          <Text size="sm" c="gray.7">
            {message.messenger
              ? t("messages.frontedBy", { name: isolate(message.messenger.name) })
              : t("messages.noMessenger")}
          </Text>
        </Group>
        {message.flags.length > 0 && (
          <Alert color="red" title={t("messages.flagTitle")} p="xs">
            <List size="sm">
              {message.flags.map((f) => {
                const told = message.stories.find((s) => s.storyId === f.storyId);
                const consent = consentOf(f.storyId);
                return (
                  <List.Item key={f.storyId}>
                    {t("messages.flagLine", {
                      title: isolate(told?.title ?? ""),
                      reason: consent ? why(f.problem, consent) : t(`problem.${f.problem}`),
                    })}
                  </List.Item>
                );
              })}
            </List>
          </Alert>
        )}
        <div style={{ overflowWrap: "anywhere" }}>
          <LocalizedTextView value={message.text} ns="campaigns" withSwitcher />
        </div>
        {message.stories.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("messages.stories")}
            </Text>
            <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: "none" }}>
              {message.stories.map((s) => (
                <Group
                  component="li"
                  key={s.storyId}
                  gap="xs"
                  wrap="nowrap"
                  align="flex-start"
                  justify="space-between"
                >
                  <Stack gap={2} miw={0}>
                    <Text size="sm" dir="auto" style={{ overflowWrap: "anywhere" }}>
                      {s.title}
                    </Text>
                    <Group gap={4} wrap="wrap">
                      <Badge variant="outline" color="gray" size="sm">
                        {t(`use.${s.use}`)}
                      </Badge>
                      {s.problem && (
                        <Badge color="red" variant="light" size="sm">
                          {t(`problem.${s.problem}`)}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                  {run && (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t("messages.detach", { title: isolate(s.title) })}
                      loading={detach.isPending && detach.variables === s.storyId}
                      onClick={() => detach.mutate(s.storyId)}
                    >
                      <IconX size={16} aria-hidden />
                    </ActionIcon>
                  )}
                </Group>
              ))}
            </Stack>
          </Stack>
        )}
        {run && (
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setOpen("edit")}
            >
              {t("messages.edit")}
            </Button>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconLink size={14} aria-hidden />}
              onClick={() => setOpen("attach")}
            >
              {t("messages.attach")}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => setOpen("delete")}
            >
              {t("messages.delete")}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal
        opened={open === "edit"}
        onClose={close}
        title={t("messages.edit")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
      >
        <MessageForm campaign={campaign} message={message} stories={stories} onDone={close} />
      </Modal>
      <Modal
        opened={open === "attach"}
        onClose={close}
        title={t("attach.title")}
        closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
      >
        <AttachStory campaignId={campaign.id} message={message} stories={stories} onDone={close} />
      </Modal>
      <ConfirmModal
        opened={open === "delete"}
        title={t("messages.deleteTitle")}
        confirmLabel={t("messages.delete")}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notify({ color: "teal", message: t("messages.deleted") });
              close();
            },
          })
        }
        onClose={close}
        pending={remove.isPending}
        error={remove.error}
        refusals={{}}
      >
        {t("messages.deleteConfirm")}
      </ConfirmModal>
    </Paper>
  );
}

/** One story: who consented to what and until when, where it is told, and its recorder's actions. */
export function StoryCard({
  campaign,
  story,
  messages,
}: {
  campaign: Campaign;
  story: CampaignStory;
  messages: CampaignMessage[];
}) {
  const { t } = useTranslation("campaign-messages");
  const { day, uses } = useConsentWords();
  const [open, setOpen] = useState<null | "edit" | "withdraw">(null);
  const withdraw = useWithdrawStory(campaign.id, story.id);
  const close = () => setOpen(null);
  const c = story.consent;
  const manages = campaign.permissions.actFor.includes(story.recordedBy.organizationId);
  const frameOf = (messageId: string) => messages.find((m) => m.id === messageId)?.frame;

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={`story-${story.id}`}>
      <Stack gap="xs">
        <Title
          order={3}
          size="h5"
          id={`story-${story.id}`}
          dir="auto"
          style={{ overflowWrap: "anywhere" }}
        >
          {story.title}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge color={stateColor[c.state]} c="dark.8" variant="light">
            {t(`state.${c.state}`)}
          </Badge>
          <Text size="sm" c="gray.7">
            {t("stories.recordedBy", { name: isolate(story.recordedBy.name) })}
          </Text>
        </Group>
        <Stack gap={2}>
          <Text size="sm">{t("stories.consentBy", { by: isolate(c.by) })}</Text>
          <Text size="sm">{t("stories.consentUses", { uses: uses(c.uses) })}</Text>
          <Text size="sm">
            {c.until
              ? t("stories.consentDates", { from: day(c.givenOn), until: day(c.until) })
              : t("stories.consentSince", { from: day(c.givenOn) })}
          </Text>
          {c.withdrawnAt && (
            <Text size="sm" c="red.8" fw={600}>
              {t("stories.withdrawnOn", { date: day(c.withdrawnAt) })}
            </Text>
          )}
        </Stack>
        <div style={{ overflowWrap: "anywhere" }}>
          <LocalizedTextView value={story.text} ns="campaigns" withSwitcher />
        </div>
        <Text size="sm" fw={600}>
          {story.messages.length
            ? t("stories.toldIn", { count: story.messages.length })
            : t("stories.notTold")}
        </Text>
        {story.messages.length > 0 && (
          <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: "none" }}>
            {story.messages.map((m) => {
              const frame = frameOf(m.messageId);
              return (
                <Stack component="li" key={m.messageId} gap={2}>
                  <Text size="sm" dir="auto" style={{ overflowWrap: "anywhere" }}>
                    {frame
                      ? t("messages.cardLabel", {
                          audience: isolate(m.audience),
                          frame: t(`frame.${frame}`),
                        })
                      : m.audience}
                  </Text>
                  <Group gap={4} wrap="wrap">
                    <Badge
                      variant="light"
                      color={m.visibility === "public" ? "blue" : "gray"}
                      size="sm"
                    >
                      {t(`visibility.${m.visibility}`)}
                    </Badge>
                    <Badge variant="outline" color="gray" size="sm">
                      {t(`use.${m.use}`)}
                    </Badge>
                    {m.problem && (
                      <Badge color="red" variant="light" size="sm">
                        {t(`problem.${m.problem}`)}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              );
            })}
          </Stack>
        )}
        {manages && !c.withdrawnAt && (
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setOpen("edit")}
            >
              {t("stories.edit")}
            </Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setOpen("withdraw")}>
              {t("stories.withdraw")}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal
        opened={open === "edit"}
        onClose={close}
        title={t("stories.edit")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
      >
        <StoryForm campaign={campaign} story={story} onDone={close} />
      </Modal>
      <ConfirmModal
        opened={open === "withdraw"}
        title={t("stories.withdrawTitle")}
        confirmLabel={t("stories.withdraw")}
        onConfirm={() =>
          withdraw.mutate(undefined, {
            onSuccess: () => {
              notify({ color: "teal", message: t("stories.withdrawn") });
              close();
            },
          })
        }
        onClose={close}
        pending={withdraw.isPending}
        error={withdraw.error}
        refusals={{ conflict: t("stories.alreadyWithdrawn") }}
      >
        {story.messages.length
          ? t("stories.withdrawConfirm", { count: story.messages.length })
          : t("stories.withdrawConfirmNone")}
      </ConfirmModal>
    </Paper>
  );
}
