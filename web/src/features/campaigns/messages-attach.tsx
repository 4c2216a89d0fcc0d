import { Alert, Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type StoryUse, storyUses } from "../../../../shared/campaigns/catalogue.ts";
import { consentProblem, isPublicUse } from "../../../../shared/campaigns/consent.ts";
import type { CampaignMessage, CampaignStory } from "../../../../shared/campaigns/messages.ts";
import { FormError } from "../../components/FormError.tsx";
import { notify } from "../../lib/notify.ts";
import { todayIso, useAttachStory } from "./messages-data.ts";
import { useConsentWords } from "./messages-words.ts";

/**
 * Tells a story in a message, for a use. Before asking the server, it says why a story may not
 * be told for the chosen use (the same consent rule the server applies), so nobody has to
 * guess; the server's answer is shown too if it still refuses.
 */
export function AttachStory({
  campaignId,
  message,
  stories,
  onDone,
}: {
  campaignId: string;
  message: CampaignMessage;
  stories: CampaignStory[];
  onDone: () => void;
}) {
  const { t } = useTranslation("campaign-messages");
  const { why } = useConsentWords();
  const attach = useAttachStory(campaignId, message.id);
  const isPublic = message.visibility === "public";
  const allowedUses = storyUses.filter((u) => !isPublic || isPublicUse(u));
  const [storyId, setStoryId] = useState(stories[0]?.id ?? "");
  // The least exposing use the message allows: anonymised on a public message.
  const [use, setUse] = useState<StoryUse>(isPublic ? "public_anonymised" : "internal");
  const story = stories.find((s) => s.id === storyId);
  const problem = story
    ? consentProblem(
        {
          consentUses: story.consent.uses,
          consentGivenOn: story.consent.givenOn,
          consentUntil: story.consent.until,
          withdrawnAt: story.consent.withdrawnAt,
        },
        use,
        todayIso(),
      )
    : null;

  if (!stories.length) {
    return (
      <Text size="sm" c="gray.7">
        {t("attach.noStories")}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <NativeSelect
        label={t("attach.story")}
        value={storyId}
        onChange={(e) => setStoryId(e.currentTarget.value)}
        data={stories.map((s) => ({
          value: s.id,
          label: `${s.title} — ${t(`state.${s.consent.state}`)}`,
        }))}
      />
      <NativeSelect
        label={t("attach.use")}
        description={isPublic ? t("attach.publicHint") : t("attach.internalHint")}
        value={use}
        onChange={(e) => setUse(e.currentTarget.value as StoryUse)}
        data={allowedUses.map((u) => ({ value: u, label: t(`use.${u}`) }))}
      />
      {story && problem && (
        <Alert color="red" role="status" title={t("attach.refused")}>
          {t("attach.refusedBecause", {
            use: t(`use.${use}`),
            reason: why(problem, story.consent),
          })}
        </Alert>
      )}
      <FormError error={attach.error} />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onDone}>
          {t("common:actions.cancel")}
        </Button>
        <Button
          disabled={!story || !!problem}
          loading={attach.isPending}
          onClick={() =>
            attach.mutate(
              { storyId, use },
              {
                onSuccess: () => {
                  notify({ color: "teal", message: t("attach.done") });
                  onDone();
                },
              },
            )
          }
        >
          {t("attach.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
