import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { RiskAssessment } from "../../../../shared/risk/api.ts";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import cards from "../../components/Cards.module.css";
import { isolate } from "../../lib/bidi.ts";
import type { OrgChoice } from "../../lib/coalition-access.ts";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { type MitigationItem, useAddMitigation, useUpdateMitigation } from "./risk-data.ts";

type NewMitigation = { title: string; owner: string; dueOn: string; asActionItem: boolean };

function AddMitigationForm({
  assessment,
  owners,
}: {
  assessment: RiskAssessment;
  owners: readonly OrgChoice[];
}) {
  const { t } = useTranslation("risk");
  const add = useAddMitigation(assessment);
  const form = useForm<NewMitigation>({
    initialValues: { title: "", owner: "", dueOn: "", asActionItem: false },
    validate: {
      title: (v) => (v.trim().length >= 3 ? null : t("register.validation.title")),
      asActionItem: (v, values) =>
        v && !(values.owner && values.dueOn) ? t("register.validation.actionItem") : null,
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        add.mutate(
          {
            title: values.title.trim(),
            ...(values.owner ? { ownerOrganizationId: values.owner } : {}),
            ...(values.dueOn ? { dueOn: values.dueOn } : {}),
            asActionItem: values.asActionItem,
          },
          {
            onSuccess: () => {
              form.reset();
              notify({ color: "teal", message: t("register.added") });
            },
          },
        ),
      )}
    >
      <Paper withBorder p="sm" bg="gray.0">
        <Stack gap="sm">
          <Text fw={700} component="h3" size="md">
            {t("register.addTitle")}
          </Text>
          <TextInput
            label={t("register.what")}
            required
            dir="auto"
            maxLength={300}
            {...form.getInputProps("title")}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t("register.owner")}
              data={[
                { value: "", label: t("register.noOwner") },
                ...owners.map((o) => ({ value: o.organizationId, label: o.name })),
              ]}
              {...form.getInputProps("owner")}
            />
            <TextInput type="date" label={t("register.dueOn")} {...form.getInputProps("dueOn")} />
          </SimpleGrid>
          <Checkbox
            label={t("register.asActionItem")}
            description={t("register.asActionItemHint")}
            {...form.getInputProps("asActionItem", { type: "checkbox" })}
          />
          <FormError error={add.error} />
          <Button type="submit" loading={add.isPending} w="fit-content">
            {t("register.add")}
          </Button>
        </Stack>
      </Paper>
    </form>
  );
}

function MitigationRow({ item, assessmentId }: { item: MitigationItem; assessmentId: string }) {
  const { t } = useTranslation("risk");
  const format = useTimeFormat();
  const update = useUpdateMitigation(assessmentId);
  const done = item.status === "done";
  return (
    <li>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge color={done ? "teal.9" : "gray"} variant={done ? "filled" : "outline"} tt="none">
            {t(`register.status.${item.status}`)}
          </Badge>
          <Text fw={600} dir="auto" style={{ overflowWrap: "anywhere" }}>
            {item.title}
          </Text>
        </Group>
        <Text size="sm" c="gray.7">
          {item.owner
            ? t("register.ownedBy", { name: isolate(item.owner.name) })
            : t("register.unowned")}
          {" · "}
          {item.dueOn ? t("register.due", { date: format.date(item.dueOn) }) : t("register.noDue")}
          {item.actionItemId && ` · ${t("register.isActionItem")}`}
        </Text>
        {item.mayUpdate && (
          <Button
            size="xs"
            variant={done ? "subtle" : "light"}
            w="fit-content"
            loading={update.isPending}
            onClick={() => update.mutate({ id: item.id, status: done ? "open" : "done" })}
          >
            {done ? t("register.reopen") : t("register.markDone")}
          </Button>
        )}
        <FormError error={update.error} />
      </Stack>
    </li>
  );
}

/** The register: the mitigations the coalition keeps, with owners and due dates. */
export function RegisterSection({
  assessment,
  owners,
}: {
  assessment: RiskAssessment;
  owners: readonly OrgChoice[];
}) {
  const { t } = useTranslation("risk");
  return (
    <PageSection title={t("register.title")} description={t("register.intro")}>
      {assessment.register.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("register.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" className={cards.list}>
          {assessment.register.map((item) => (
            <MitigationRow key={item.id} item={item} assessmentId={assessment.id} />
          ))}
        </Stack>
      )}
      {assessment.permissions.manage && (
        <AddMitigationForm assessment={assessment} owners={owners} />
      )}
    </PageSection>
  );
}
