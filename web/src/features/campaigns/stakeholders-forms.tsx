import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import {
  allyPositions,
  stakeholderRoles,
  stakeholderTypes,
} from "../../../../shared/campaigns/catalogue.ts";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { Stakeholder } from "../../../../shared/campaigns/stakeholders.ts";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { notify } from "../../lib/notify.ts";
import {
  useCreateStakeholder,
  useMoveStakeholder,
  useUpdateStakeholder,
} from "./stakeholders-data.ts";

type Position = Stakeholder["position"];
const levels = ["1", "2", "3", "4", "5"];
export const todayIso = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

type Values = {
  name: string;
  type: Stakeholder["type"];
  role: Stakeholder["role"];
  position: Position;
  influence: string;
  interest: string;
  accessOrganizationIds: string[];
  tags: string[];
  notes: string;
};

/**
 * Adds a stakeholder or changes one. Only the name is required: the rest starts at a neutral
 * institution of middling influence and interest, so mapping five stakeholders is five names
 * and five positions.
 */
export function StakeholderFormModal({
  campaign,
  editing,
  opened,
  onClose,
}: {
  campaign: Campaign;
  /** The stakeholder to change; absent to add one. */
  editing?: Stakeholder | undefined;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation("campaign-stakeholders");
  const create = useCreateStakeholder(campaign.id);
  const update = useUpdateStakeholder(campaign.id);
  const mutation = editing ? update : create;
  const form = useForm<Values>({
    initialValues: {
      name: editing?.name ?? "",
      type: editing?.type ?? "institution",
      role: editing?.role ?? "target",
      position: editing?.position ?? "neutral",
      influence: String(editing?.influence ?? 3),
      interest: String(editing?.interest ?? 3),
      accessOrganizationIds: editing?.accessOrganizations.map((o) => o.organizationId) ?? [],
      tags: editing?.tags ?? [],
      notes: editing?.notes ?? "",
    },
    validate: {
      name: (value) => (value.trim() ? null : t("form.nameRequired")),
    },
  });
  const close = () => {
    mutation.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const body = {
      name: values.name.trim(),
      type: values.type,
      role: values.role,
      position: values.position,
      influence: Number(values.influence),
      interest: Number(values.interest),
      accessOrganizationIds: values.accessOrganizationIds,
      tags: values.tags,
      notes: values.notes.trim() || null,
    };
    const done = () => {
      notify({ message: editing ? t("form.saved") : t("form.added"), color: "green" });
      if (!editing) form.reset();
      close();
    };
    if (editing) update.mutate({ stakeholderId: editing.id, body }, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={editing ? t("form.editTitle") : t("form.addTitle")}
      closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t("fields.name")}
            description={t("form.nameHint")}
            required
            maxLength={200}
            dir="auto"
            data-autofocus
            {...form.getInputProps("name")}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NativeSelect
              label={t("fields.type")}
              data={stakeholderTypes.map((v) => ({ value: v, label: t(`types.${v}`) }))}
              {...form.getInputProps("type")}
            />
            <NativeSelect
              label={t("fields.role")}
              data={stakeholderRoles.map((v) => ({ value: v, label: t(`roles.${v}`) }))}
              {...form.getInputProps("role")}
            />
          </SimpleGrid>
          <NativeSelect
            label={t("fields.position")}
            description={t("form.positionHint")}
            data={allyPositions.map((v) => ({ value: v, label: t(`positions.${v}`) }))}
            {...form.getInputProps("position")}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NativeSelect
              label={t("fields.influence")}
              description={t("form.influenceHint")}
              data={levels.map((v) => ({ value: v, label: t(`levels.${v}`) }))}
              {...form.getInputProps("influence")}
            />
            <NativeSelect
              label={t("fields.interest")}
              description={t("form.interestHint")}
              data={levels.map((v) => ({ value: v, label: t(`levels.${v}`) }))}
              {...form.getInputProps("interest")}
            />
          </SimpleGrid>
          {campaign.organizations.length > 0 && (
            <Checkbox.Group
              label={t("fields.access")}
              description={t("form.accessHint")}
              {...form.getInputProps("accessOrganizationIds")}
            >
              <Stack gap={6} mt={6}>
                {campaign.organizations.map((o) => (
                  <Checkbox key={o.organizationId} value={o.organizationId} label={o.name} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <TagsInput
            label={t("fields.tags")}
            description={t("form.tagsHint")}
            maxTags={30}
            splitChars={[",", "|"]}
            {...form.getInputProps("tags")}
          />
          <Textarea
            label={t("fields.notes")}
            autosize
            minRows={2}
            maxLength={5000}
            dir="auto"
            {...form.getInputProps("notes")}
          />
          <RefusalAlert error={mutation.error} refusals={{ conflict: t("form.nameTaken") }} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {editing ? t("common:actions.save") : t("form.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Records a move along the spectrum on the day it was seen (today by default). */
export function MoveModal({
  campaignId,
  stakeholder,
  onClose,
}: {
  campaignId: string;
  stakeholder: Stakeholder | null;
  onClose: () => void;
}) {
  const { t } = useTranslation("campaign-stakeholders");
  const move = useMoveStakeholder(campaignId);
  const form = useForm({
    initialValues: {
      to: (stakeholder?.position ?? "neutral") as Position,
      influence: String(stakeholder?.influence ?? 3),
      movedOn: todayIso(),
      note: "",
    },
    validate: {
      movedOn: (value) =>
        !value ? t("move.dateRequired") : value > todayIso() ? t("move.notFuture") : null,
    },
  });
  const close = () => {
    move.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    if (!stakeholder) return;
    move.mutate(
      {
        stakeholderId: stakeholder.id,
        body: {
          to: values.to,
          influence: Number(values.influence),
          movedOn: values.movedOn,
          note: values.note.trim() || null,
        },
      },
      {
        onSuccess: () => {
          notify({ message: t("move.recorded"), color: "green" });
          close();
        },
      },
    );
  });
  return (
    <Modal
      opened={!!stakeholder}
      onClose={close}
      title={stakeholder ? t("move.title", { name: stakeholder.name }) : ""}
      closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label={t("move.to")}
            data={allyPositions.map((v) => ({ value: v, label: t(`positions.${v}`) }))}
            data-autofocus
            {...form.getInputProps("to")}
          />
          <NativeSelect
            label={t("fields.influence")}
            data={levels.map((v) => ({ value: v, label: t(`levels.${v}`) }))}
            {...form.getInputProps("influence")}
          />
          <TextInput
            type="date"
            label={t("move.movedOn")}
            description={t("move.movedOnHint")}
            max={todayIso()}
            required
            {...form.getInputProps("movedOn")}
          />
          <Textarea
            label={t("move.note")}
            autosize
            minRows={2}
            maxLength={2000}
            dir="auto"
            {...form.getInputProps("note")}
          />
          <RefusalAlert error={move.error} refusals={{}} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("common:actions.cancel")}
            </Button>
            <Button type="submit" loading={move.isPending}>
              {t("move.record")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
