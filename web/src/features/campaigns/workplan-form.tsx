import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import {
  type ActivityStatus,
  type CampaignRole,
  type Tactic,
  activityStatuses,
  campaignRoles,
  tactics,
} from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { Activity, ActivityPatch } from "../../../../shared/campaigns/workplan.ts";
import { type LocalizedText, pickText } from "../../../../shared/locales.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { useCreateActivity, useUpdateActivity, useWorkplanChoices } from "./workplan-data.ts";

type Values = {
  title: LocalizedText;
  tactic: Tactic;
  role: CampaignRole;
  leadOrganizationId: string;
  supportingOrganizationIds: string[];
  startsOn: string;
  dueOn: string;
  status: ActivityStatus;
  notes: string;
  dependsOn: string[];
  stakeholderIds: string[];
  objectiveIds: string[];
};

/**
 * Adds or changes an activity. Those running the campaign plan all of it; an activity's lead
 * organisation (mode "lead") moves only its status, dates and notes, so only those are shown.
 */
export function ActivityForm({
  campaign,
  activity,
  activities,
  opened,
  onClose,
}: {
  campaign: Campaign;
  /** The activity to change; absent to add one. */
  activity?: Activity | undefined;
  /** The workplan's other activities, which this one may wait for. */
  activities: Activity[];
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation("campaign-workplan");
  const phone = useMediaQuery("(max-width: 36em)");
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={activity ? t("form.editTitle") : t("form.addTitle")}
      size="lg"
      fullScreen={!!phone}
      closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
    >
      {opened && (
        <FormBody
          campaign={campaign}
          activity={activity}
          activities={activities}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

function FormBody({
  campaign,
  activity,
  activities,
  onDone,
}: {
  campaign: Campaign;
  activity: Activity | undefined;
  activities: Activity[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-workplan");
  const create = useCreateActivity(campaign.id);
  const update = useUpdateActivity(campaign.id);
  const mutation = activity ? update : create;
  const plans = campaign.permissions.run;
  const choices = useWorkplanChoices(campaign.id, plans);
  const organizations = campaign.organizations;
  const defaultLead =
    campaign.permissions.actFor.find((id) => organizations.some((o) => o.organizationId === id)) ??
    campaign.leadOrganization.organizationId;
  const form = useForm<Values>({
    initialValues: {
      title: activity?.title ?? { original: i18n.language, texts: { [i18n.language]: "" } },
      tactic: activity?.tactic ?? "research",
      role: activity?.role ?? "documentation",
      leadOrganizationId: activity?.leadOrganization.organizationId ?? defaultLead,
      supportingOrganizationIds:
        activity?.supportingOrganizations.map((o) => o.organizationId) ?? [],
      startsOn: activity?.startsOn ?? "",
      dueOn: activity?.dueOn ?? "",
      status: activity?.status ?? "planned",
      notes: activity?.notes ?? "",
      dependsOn: activity?.dependsOn.map((d) => d.id) ?? [],
      stakeholderIds: activity?.stakeholders.map((s) => s.id) ?? [],
      objectiveIds: activity?.objectives.map((o) => o.id) ?? [],
    },
    validate: {
      title: (value) =>
        !plans || (cleanText(value)?.texts[cleanText(value)?.original ?? ""]?.length ?? 0) >= 3
          ? null
          : t("form.validation.title"),
      startsOn: (value) => (value ? null : t("form.validation.date")),
      dueOn: (value, values) =>
        !value
          ? t("form.validation.date")
          : values.startsOn && value < values.startsOn
            ? t("form.validation.dueOn")
            : null,
    },
  });

  const done = () => {
    notify({ color: "teal", message: t("saved") });
    onDone();
  };
  const submit = form.onSubmit((values) => {
    const own = {
      startsOn: values.startsOn,
      dueOn: values.dueOn,
      status: values.status,
      notes: values.notes.trim() || null,
    };
    if (!plans && activity) {
      update.mutate({ activityId: activity.id, body: own }, { onSuccess: done });
      return;
    }
    const title = cleanText(values.title);
    if (!title) return;
    const body = {
      ...own,
      title,
      tactic: values.tactic,
      role: values.role,
      leadOrganizationId: values.leadOrganizationId,
      supportingOrganizationIds: values.supportingOrganizationIds.filter(
        (o) => o !== values.leadOrganizationId,
      ),
      dependsOn: values.dependsOn,
      // Until the campaign's stakeholders and objectives are read, the activity keeps its own.
      ...(choices.data
        ? { stakeholderIds: values.stakeholderIds, objectiveIds: values.objectiveIds }
        : {}),
    } satisfies ActivityPatch;
    if (activity) update.mutate({ activityId: activity.id, body }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  });

  const others = activities.filter((a) => a.id !== activity?.id);
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        {plans ? (
          <>
            <LocalizedTextInput
              label={t("form.title")}
              description={t("form.titleHint")}
              value={form.values.title}
              onChange={(value) => form.setFieldValue("title", value)}
              maxLength={200}
              rows={1}
              error={form.errors.title}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t("form.tactic")}
                data={tactics.map((v) => ({ value: v, label: t(`tactic.${v}`) }))}
                {...form.getInputProps("tactic")}
              />
              <NativeSelect
                label={t("form.role")}
                description={t("form.roleHint")}
                data={campaignRoles.map((v) => ({ value: v, label: t(`role.${v}`) }))}
                {...form.getInputProps("role")}
              />
            </SimpleGrid>
            <NativeSelect
              label={t("form.lead")}
              description={t("form.leadHint")}
              data={organizations.map((o) => ({ value: o.organizationId, label: o.name }))}
              {...form.getInputProps("leadOrganizationId")}
            />
            {organizations.length > 1 && (
              <Checkbox.Group
                label={t("form.supporting")}
                description={t("form.supportingHint")}
                {...form.getInputProps("supportingOrganizationIds")}
              >
                <Stack gap={6} mt={6}>
                  {organizations
                    .filter((o) => o.organizationId !== form.values.leadOrganizationId)
                    .map((o) => (
                      <Checkbox key={o.organizationId} value={o.organizationId} label={o.name} />
                    ))}
                </Stack>
              </Checkbox.Group>
            )}
          </>
        ) : (
          activity && (
            <Text size="sm" c="dimmed">
              {t("form.leadOnly", { title: pickText(activity.title, i18n.language) })}
            </Text>
          )
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t("form.startsOn")}
            required
            {...form.getInputProps("startsOn")}
          />
          <TextInput
            type="date"
            label={t("form.dueOn")}
            required
            {...form.getInputProps("dueOn")}
          />
          <NativeSelect
            label={t("form.status")}
            data={activityStatuses.map((v) => ({ value: v, label: t(`status.${v}`) }))}
            {...form.getInputProps("status")}
          />
        </SimpleGrid>
        {plans && choices.data && choices.data.stakeholders.length > 0 && (
          <MultiSelect
            label={t("form.stakeholders")}
            description={t("form.stakeholdersHint")}
            data={choices.data.stakeholders.map((s) => ({ value: s.id, label: s.name }))}
            searchable
            clearable
            nothingFoundMessage={t("form.nothingFound")}
            {...form.getInputProps("stakeholderIds")}
          />
        )}
        {plans && choices.data && choices.data.objectives.length > 0 && (
          <Checkbox.Group
            label={t("form.objectives")}
            description={t("form.objectivesHint")}
            {...form.getInputProps("objectiveIds")}
          >
            <Stack gap={6} mt={6}>
              {choices.data.objectives.map((o) => (
                <Checkbox
                  key={o.id}
                  value={o.id}
                  label={<span dir="auto">{pickText(o.statement, i18n.language)}</span>}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {plans && others.length > 0 && (
          <Checkbox.Group
            label={t("form.dependsOn")}
            description={t("form.dependsOnHint")}
            {...form.getInputProps("dependsOn")}
          >
            <Stack gap={6} mt={6}>
              {others.map((a) => (
                <Checkbox
                  key={a.id}
                  value={a.id}
                  label={<span dir="auto">{pickText(a.title, i18n.language)}</span>}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Textarea
          label={t("form.notes")}
          autosize
          minRows={2}
          maxLength={5000}
          dir="auto"
          {...form.getInputProps("notes")}
        />
        <FormError error={mutation.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {activity ? t("form.save") : t("form.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
