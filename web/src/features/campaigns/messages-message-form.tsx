import { Alert, Button, Group, List, NativeSelect, Radio, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { type MessageFrame, messageFrames } from "../../../../shared/campaigns/catalogue.ts";
import { isPublicUse } from "../../../../shared/campaigns/consent.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type {
  CampaignMessage,
  CampaignStory,
  MessageVisibility,
} from "../../../../shared/campaigns/messages.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { isolate } from "../../lib/bidi.ts";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { useCreateMessage, useUpdateMessage } from "./messages-data.ts";
import { useConsentWords } from "./messages-words.ts";

type Values = {
  audience: string;
  frame: MessageFrame;
  messenger: string;
  text: LocalizedText;
  visibility: MessageVisibility;
};

/** The stories that keep a message from going public, and why, as the server will judge them. */
function publicBlockers(message: CampaignMessage | undefined) {
  return (message?.stories ?? []).filter((s) => !isPublicUse(s.use) || s.problem);
}

/**
 * Writes a message or changes one. A new message is internal unless its author chooses public;
 * choosing public for a message that tells stories says at once which of them would stop it.
 */
export function MessageForm({
  campaign,
  message,
  stories,
  onDone,
}: {
  campaign: Campaign;
  message?: CampaignMessage;
  stories: CampaignStory[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-messages");
  const { why } = useConsentWords();
  const create = useCreateMessage(campaign.id);
  const update = useUpdateMessage(campaign.id, message?.id ?? "");
  const mutation = message ? update : create;
  const form = useForm<Values>({
    initialValues: {
      audience: message?.audience ?? "",
      frame: message?.frame ?? "rights_based",
      messenger: message?.messenger?.organizationId ?? "",
      text: message?.text ?? { original: i18n.language, texts: { [i18n.language]: "" } },
      visibility: message?.visibility ?? "internal",
    },
    validate: {
      audience: (value) => (value.trim() ? null : t("form.validation.audience")),
      text: (value) => (cleanText(value) ? null : t("form.validation.text")),
    },
  });
  const blockers =
    form.values.visibility === "public" && message?.visibility !== "public"
      ? publicBlockers(message)
      : [];
  const submit = form.onSubmit((values) => {
    const text = cleanText(values.text);
    if (!text || blockers.length) return;
    const body = {
      audience: values.audience.trim(),
      frame: values.frame,
      text,
      messengerOrganizationId: values.messenger || null,
      visibility: values.visibility,
    };
    mutation.mutate(body, {
      onSuccess: () => {
        notify({ color: "teal", message: t(message ? "form.saved" : "form.created") });
        onDone();
      },
    });
  });
  const consentOf = (storyId: string) => stories.find((s) => s.id === storyId)?.consent;

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <TextInput
          label={t("form.audience")}
          description={t("form.audienceHint")}
          maxLength={200}
          required
          dir="auto"
          {...form.getInputProps("audience")}
        />
        <NativeSelect
          label={t("form.frame")}
          data={messageFrames.map((f) => ({ value: f, label: t(`frame.${f}`) }))}
          {...form.getInputProps("frame")}
        />
        <NativeSelect
          label={t("form.messenger")}
          description={t("form.messengerHint")}
          data={[
            { value: "", label: t("form.noMessenger") },
            ...campaign.organizations.map((o) => ({ value: o.organizationId, label: o.name })),
          ]}
          {...form.getInputProps("messenger")}
        />
        <LocalizedTextInput
          label={t("form.text")}
          description={t("form.textHint")}
          value={form.values.text}
          onChange={(value) => form.setFieldValue("text", value)}
          maxLength={4000}
          rows={4}
          error={form.errors.text}
        />
        <Radio.Group label={t("form.visibility")} {...form.getInputProps("visibility")}>
          <Stack gap="sm" mt="xs">
            {(["internal", "public"] as const).map((v) => (
              <Radio
                key={v}
                value={v}
                label={t(`visibility.${v}`)}
                description={t(`visibilityHint.${v}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {blockers.length > 0 && (
          <Alert color="red" role="alert" title={t("form.cannotGoPublic")}>
            <List size="sm">
              {blockers.map((s) => {
                const consent = consentOf(s.storyId);
                return (
                  <List.Item key={s.storyId}>
                    {t("form.blocker", {
                      title: isolate(s.title),
                      reason: !isPublicUse(s.use)
                        ? t("why.internalOnPublic")
                        : s.problem && consent
                          ? why(s.problem, consent)
                          : t(`problem.${s.problem ?? "use_not_consented"}`),
                    })}
                  </List.Item>
                );
              })}
            </List>
          </Alert>
        )}
        <FormError error={mutation.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" loading={mutation.isPending} disabled={blockers.length > 0}>
            {t(message ? "form.save" : "form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
