import { Badge, Button, Group, MultiSelect, Radio, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { tactics } from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { CampaignReview } from "../../../../shared/campaigns/outcomes.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import type { LessonSharing } from "../../../../shared/policy/campaign.ts";
import { FormError } from "../../components/FormError.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useFormatters, useTermLabel } from "../../lib/hooks.ts";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { useIssueOptions } from "../../lib/term-options.ts";
import { type Tactic, useReview, useWriteReview } from "./outcomes-data.ts";

/** The policy's sharings, without loading the policy's schemas into the page. */
const lessonSharings = ["coalition", "platform"] as const satisfies readonly LessonSharing[];

type Values = {
  worked: LocalizedText;
  didNotWork: LocalizedText;
  lessons: LocalizedText;
  tactics: Tactic[];
  issues: string[];
  shared: LessonSharing;
};

/** A review's tactic and issue tags, as a labelled list. */
export function LessonTags({ tactics: tags, issues }: { tactics: string[]; issues: string[] }) {
  const { t } = useTranslation("campaign-outcomes");
  const termLabel = useTermLabel();
  if (!tags.length && !issues.length) return null;
  return (
    <Group
      gap={6}
      aria-label={t("review.tags")}
      renderRoot={(props) => <ul {...props} />}
      style={{ listStyle: "none", margin: 0, padding: 0 }}
    >
      {tags.map((tactic) => (
        <Badge key={tactic} component="li" variant="light" tt="none" radius="sm" fw={500}>
          {t(`tactic.${tactic}`, { defaultValue: tactic })}
        </Badge>
      ))}
      {issues.map((issue) => (
        <Badge
          key={issue}
          component="li"
          variant="light"
          color="grape"
          tt="none"
          radius="sm"
          fw={500}
          styles={{
            root: { height: "auto", whiteSpace: "normal" },
            label: { overflow: "visible" },
          }}
        >
          {termLabel("issue", issue)}
        </Badge>
      ))}
    </Group>
  );
}

/** What worked, what did not, and the lessons: the three texts of a review under headings. */
export function ReviewTexts({
  review,
}: {
  review: Pick<CampaignReview, "worked" | "didNotWork" | "lessons">;
}) {
  const { t } = useTranslation("campaign-outcomes");
  return (
    <Stack gap="sm">
      {(["lessons", "worked", "didNotWork"] as const).map((key) => (
        <div key={key}>
          <Title order={3} size="h5">
            {t(`review.${key}`)}
          </Title>
          <LocalizedTextView value={review[key]} ns="campaigns" />
        </div>
      ))}
    </Stack>
  );
}

function ReviewForm({
  campaign,
  review,
  onDone,
}: {
  campaign: Campaign;
  review: CampaignReview | null;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-outcomes");
  const write = useWriteReview(campaign.id);
  const empty = { original: i18n.language, texts: { [i18n.language]: "" } };
  const form = useForm<Values>({
    initialValues: {
      worked: review?.worked ?? empty,
      didNotWork: review?.didNotWork ?? empty,
      lessons: review?.lessons ?? empty,
      tactics: review?.tactics ?? [],
      // A campaign's own issues are where its lessons most likely belong.
      issues: review?.issues ?? campaign.issues,
      shared: review?.shared ?? "coalition",
    },
    validate: {
      worked: (value) => (cleanText(value) ? null : t("review.validation.text")),
      didNotWork: (value) => (cleanText(value) ? null : t("review.validation.text")),
      lessons: (value) => (cleanText(value) ? null : t("review.validation.text")),
    },
  });
  const issueOptions = useIssueOptions(form.values.issues, t("review.otherIssues"));
  const submit = form.onSubmit((values) => {
    const worked = cleanText(values.worked);
    const didNotWork = cleanText(values.didNotWork);
    const lessons = cleanText(values.lessons);
    if (!worked || !didNotWork || !lessons) return;
    write.mutate(
      {
        worked,
        didNotWork,
        lessons,
        tactics: values.tactics,
        issues: values.issues,
        shared: values.shared,
      },
      {
        onSuccess: () => {
          notify({ color: "teal", message: t("review.saved") });
          onDone();
        },
      },
    );
  });
  const text = (key: "worked" | "didNotWork" | "lessons") => (
    <LocalizedTextInput
      label={t(`review.${key}`)}
      description={t(`review.${key}Hint`)}
      value={form.values[key]}
      onChange={(value) => form.setFieldValue(key, value)}
      maxLength={5000}
      rows={3}
      error={form.errors[key]}
    />
  );
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        {text("worked")}
        {text("didNotWork")}
        {text("lessons")}
        <MultiSelect
          label={t("review.tactics")}
          description={t("review.tacticsHint")}
          data={tactics.map((tactic) => ({ value: tactic, label: t(`tactic.${tactic}`) }))}
          value={form.values.tactics}
          onChange={(value) => form.setFieldValue("tactics", value as Tactic[])}
          clearable
          hidePickedOptions
        />
        <MultiSelect
          label={t("review.issues")}
          description={t("review.issuesHint")}
          data={issueOptions}
          value={form.values.issues}
          onChange={(value) => form.setFieldValue("issues", value)}
          maxValues={20}
          searchable
          clearable
          hidePickedOptions
          nothingFoundMessage={t("review.nothingFound")}
        />
        <Radio.Group
          label={t("review.shared")}
          description={t("review.sharedHint")}
          {...form.getInputProps("shared")}
        >
          <Stack gap={6} mt={6}>
            {lessonSharings.map((s) => (
              <Radio key={s} value={s} label={t(`shared.${s}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <FormError error={write.error} />
        <Group justify="flex-end" gap="sm">
          {review && (
            <Button variant="default" onClick={onDone}>
              {t("common:actions.cancel")}
            </Button>
          )}
          <Button type="submit" loading={write.isPending}>
            {t("review.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The after-action review: written at close by those running the campaign, read by everyone
 * in it, and found by later coalitions when it is shared with the platform.
 */
export function ReviewSection({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation("campaign-outcomes");
  const format = useFormatters();
  const answer = useReview(campaign.id);
  const [editing, setEditing] = useState(false);
  const review = answer.data?.review ?? null;
  const writable = campaign.permissions.run && campaign.status === "closed";
  return (
    <PageSection
      title={t("review.title")}
      description={t("review.intro")}
      action={
        <AnchorLink to="/campaign-lessons" size="sm" w="fit-content">
          {t("review.findLessons")}
        </AnchorLink>
      }
    >
      <FormError error={answer.error} />
      {answer.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : writable && (editing || !review) ? (
        <ReviewForm campaign={campaign} review={review} onDone={() => setEditing(false)} />
      ) : review ? (
        <Stack gap="sm">
          <Group gap="xs" wrap="wrap">
            <Badge
              variant="outline"
              color={review.shared === "platform" ? "teal" : "gray"}
              tt="none"
            >
              {t(`shared.${review.shared}`)}
            </Badge>
            <Text size="xs" c="gray.7">
              {t("review.writtenBy", {
                name: isolate(review.writtenBy?.name || t("review.someone")),
                date: format.date(review.updatedAt),
              })}
            </Text>
          </Group>
          <LessonTags tactics={review.tactics} issues={review.issues} />
          <ReviewTexts review={review} />
          {writable && (
            <Button
              variant="outline"
              w="fit-content"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t("review.edit")}
            </Button>
          )}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {campaign.status === "closed" ? t("review.notWritten") : t("review.notClosed")}
        </Text>
      )}
    </PageSection>
  );
}
