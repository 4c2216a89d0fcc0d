import { Alert, Button, Modal, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconPlus } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { type ComponentType, useState } from "react";
import { useTranslation } from "react-i18next";
import { messageFrames } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { CampaignMessage } from "../../../../shared/campaigns/messages.ts";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { CampaignShell } from "./CampaignShell.tsx";
import { MessageCard, StoryCard } from "./messages-cards.tsx";
import { useCampaignMessages, useCampaignStories } from "./messages-data.ts";
import { MessageForm } from "./messages-message-form.tsx";
import { StoryForm } from "./messages-story-form.tsx";

/** Messages by audience (in the order first written), then by frame in the catalogue's order. */
function byAudienceAndFrame(messages: CampaignMessage[]) {
  const audiences = new Map<string, CampaignMessage[]>();
  for (const m of messages) {
    const key = m.audience.trim().toLocaleLowerCase();
    audiences.set(key, [...(audiences.get(key) ?? []), m]);
  }
  return [...audiences.values()].map((list) => ({
    audience: list[0]!.audience,
    frames: messageFrames
      .map((frame) => ({ frame, messages: list.filter((m) => m.frame === frame) }))
      .filter((f) => f.messages.length > 0),
  }));
}

/** The campaign's joint statements, from the statements feature (router.tsx adds it). */
export type CampaignStatements = ComponentType<{ coalitionId: string; campaignId: string }>;

function MessagesContent({
  campaign,
  Statements,
}: {
  campaign: Campaign;
  Statements: CampaignStatements;
}) {
  const { t } = useTranslation("campaign-messages");
  const messages = useCampaignMessages(campaign.id);
  const stories = useCampaignStories(campaign.id);
  const [open, setOpen] = useState<null | "message" | "story">(null);
  const close = () => setOpen(null);
  const messageList = messages.data?.items ?? [];
  const storyList = stories.data?.items ?? [];
  const flagged = messageList.filter((m) => m.flags.length > 0).length;
  const canRecord = campaign.permissions.actFor.length > 0;

  return (
    <Stack gap="lg">
      <Text size="sm" c="gray.7">
        {t("intro")}
      </Text>
      {flagged > 0 && (
        <Alert
          color="red"
          role="status"
          icon={<IconAlertTriangle aria-hidden />}
          title={t("flaggedTitle")}
        >
          {t("flagged", { count: flagged })}
        </Alert>
      )}
      <PageSection
        title={t("messages.title")}
        description={t("messages.intro")}
        action={
          campaign.permissions.run && (
            <Button
              w="fit-content"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setOpen("message")}
            >
              {t("messages.new")}
            </Button>
          )
        }
      >
        <FormError error={messages.error} />
        {messages.isPending ? (
          <Text size="sm" role="status">
            {t("common:app.loading")}
          </Text>
        ) : messageList.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t("messages.none")}
          </Text>
        ) : (
          <Stack gap="lg">
            {byAudienceAndFrame(messageList).map((group) => (
              <Stack key={group.audience} gap="sm" component="section">
                <Title order={3} size="h4" dir="auto" style={{ overflowWrap: "anywhere" }}>
                  {group.audience}
                </Title>
                {group.frames.map(({ frame, messages: framed }) => (
                  <Stack key={frame} gap="xs">
                    <Text size="sm" fw={700} c="gray.8">
                      {t("messages.frameHeading", { frame: t(`frame.${frame}`) })}
                    </Text>
                    {framed.map((m) => (
                      <MessageCard key={m.id} campaign={campaign} message={m} stories={storyList} />
                    ))}
                  </Stack>
                ))}
              </Stack>
            ))}
          </Stack>
        )}
      </PageSection>
      {campaign.coalition && (
        <Statements coalitionId={campaign.coalition.id} campaignId={campaign.id} />
      )}
      <PageSection
        title={t("stories.title")}
        description={t("stories.intro")}
        action={
          canRecord && (
            <Button
              w="fit-content"
              variant="outline"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setOpen("story")}
            >
              {t("stories.new")}
            </Button>
          )
        }
      >
        <FormError error={stories.error} />
        {stories.isPending ? (
          <Text size="sm" role="status">
            {t("common:app.loading")}
          </Text>
        ) : storyList.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t("stories.none")}
          </Text>
        ) : (
          <Stack gap="sm">
            {storyList.map((s) => (
              <StoryCard key={s.id} campaign={campaign} story={s} messages={messageList} />
            ))}
          </Stack>
        )}
      </PageSection>
      <Modal
        opened={open === "message"}
        onClose={close}
        title={t("messages.new")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
      >
        <MessageForm campaign={campaign} stories={storyList} onDone={close} />
      </Modal>
      <Modal
        opened={open === "story"}
        onClose={close}
        title={t("stories.new")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
      >
        <StoryForm campaign={campaign} onDone={close} />
      </Modal>
    </Stack>
  );
}

/**
 * The campaign's messages, per audience and frame, its joint statements with who speaks for
 * each, and the stories told in them with consent.
 */
export function MessagesPage({ Statements }: { Statements: CampaignStatements }) {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/messages" });
  return (
    <CampaignShell id={id} part="messages" title={t("nav.messages")}>
      {(campaign) => <MessagesContent campaign={campaign} Statements={Statements} />}
    </CampaignShell>
  );
}
