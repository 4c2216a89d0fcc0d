import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { type StoryUse, storyUses } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { CampaignStory } from "../../../../shared/campaigns/messages.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { todayIso, useCreateStory, useUpdateStory } from "./messages-data.ts";

type Values = {
  organization: string;
  title: string;
  text: LocalizedText;
  by: string;
  uses: StoryUse[];
  givenOn: string;
  until: string;
};

/**
 * Records a story with the consent given for it, or changes either. A new consent covers
 * internal use only until more is ticked: the person's privacy is the default at the moment
 * the choice is made.
 */
export function StoryForm({
  campaign,
  story,
  onDone,
}: {
  campaign: Campaign;
  story?: CampaignStory;
  onDone: () => void;
}) {
  const { t } = useTranslation("campaign-messages");
  const { i18n } = useTranslation();
  const create = useCreateStory(campaign.id);
  const update = useUpdateStory(campaign.id, story?.id ?? "");
  const mutation = story ? update : create;
  const ours = campaign.organizations.filter((o) =>
    campaign.permissions.actFor.includes(o.organizationId),
  );
  const form = useForm<Values>({
    initialValues: {
      organization: story?.recordedBy.organizationId ?? ours[0]?.organizationId ?? "",
      title: story?.title ?? "",
      text: story?.text ?? { original: i18n.language, texts: { [i18n.language]: "" } },
      by: story?.consent.by ?? "",
      uses: story?.consent.uses ?? ["internal"],
      givenOn: story?.consent.givenOn ?? todayIso(),
      until: story?.consent.until ?? "",
    },
    validate: {
      title: (value) => (value.trim() ? null : t("storyForm.validation.title")),
      text: (value) => (cleanText(value) ? null : t("storyForm.validation.text")),
      by: (value) => (value.trim() ? null : t("storyForm.validation.by")),
      uses: (value) => (value.length ? null : t("storyForm.validation.uses")),
      givenOn: (value) =>
        !value
          ? t("storyForm.validation.givenOn")
          : value > todayIso()
            ? t("storyForm.validation.givenOnFuture")
            : null,
      until: (value, values) =>
        value && values.givenOn && value < values.givenOn ? t("storyForm.validation.until") : null,
    },
  });
  const submit = form.onSubmit((values) => {
    const text = cleanText(values.text);
    if (!text) return;
    // Keep the uses in the catalogue's order, so the summary reads the same way each time.
    const uses = storyUses.filter((u) => values.uses.includes(u));
    const consent = {
      by: values.by.trim(),
      uses,
      givenOn: values.givenOn,
      until: values.until || null,
    };
    const done = {
      onSuccess: () => {
        notify({ color: "teal", message: t(story ? "storyForm.saved" : "storyForm.created") });
        onDone();
      },
    };
    if (story) update.mutate({ title: values.title.trim(), text, consent }, done);
    else {
      create.mutate(
        {
          recordedByOrganizationId: values.organization,
          title: values.title.trim(),
          text,
          consent,
        },
        done,
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        {!story && (
          <NativeSelect
            label={t("storyForm.organization")}
            description={t("storyForm.organizationHint")}
            data={ours.map((o) => ({ value: o.organizationId, label: o.name }))}
            {...form.getInputProps("organization")}
          />
        )}
        <TextInput
          label={t("storyForm.title")}
          description={t("storyForm.titleHint")}
          maxLength={200}
          required
          dir="auto"
          {...form.getInputProps("title")}
        />
        <LocalizedTextInput
          label={t("storyForm.text")}
          description={t("storyForm.textHint")}
          value={form.values.text}
          onChange={(value) => form.setFieldValue("text", value)}
          maxLength={10000}
          rows={5}
          error={form.errors.text}
        />
        <Fieldset legend={t("storyForm.consent")} variant="filled">
          <Stack gap="md">
            <TextInput
              label={t("storyForm.by")}
              description={t("storyForm.byHint")}
              maxLength={200}
              required
              dir="auto"
              {...form.getInputProps("by")}
            />
            <Checkbox.Group
              label={t("storyForm.uses")}
              description={t("storyForm.usesHint")}
              required
              {...form.getInputProps("uses")}
            >
              <Stack gap="xs" mt="xs">
                {storyUses.map((u) => (
                  <Checkbox
                    key={u}
                    value={u}
                    label={t(`use.${u}`)}
                    description={t(`useHint.${u}`)}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t("storyForm.givenOn")}
                required
                max={todayIso()}
                {...form.getInputProps("givenOn")}
              />
              <TextInput
                type="date"
                label={t("storyForm.until")}
                description={t("storyForm.untilHint")}
                min={form.values.givenOn}
                {...form.getInputProps("until")}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <FormError error={mutation.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t(story ? "storyForm.save" : "storyForm.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
