import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { Objective } from "../../../../shared/campaigns/objectives.ts";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useReportProgress } from "./objectives-data.ts";

/** The reader's own today, as a yyyy-mm-dd day (what they mean by "today"). */
const localToday = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

const isWebUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
};

/** The organisations the viewer may report for on this objective: the owner first. */
export function reportingFor(campaign: Campaign, objective: Objective): string[] {
  const owner = objective.ownerOrganization?.organizationId;
  const mine = campaign.permissions.actFor;
  if (owner && mine.includes(owner)) return [owner, ...mine.filter((id) => id !== owner)];
  return campaign.permissions.run ? mine : [];
}

/** A reading of the indicator: value, day, and what shows it. */
export function ProgressForm({
  campaign,
  objective,
  onDone,
}: {
  campaign: Campaign;
  objective: Objective;
  onDone: () => void;
}) {
  const { t } = useTranslation("campaign-objectives");
  const time = useTimeFormat();
  const headingId = useId();
  const report = useReportProgress(campaign.id, objective.id);
  const organizations = reportingFor(campaign, objective);
  const nameOf = (id: string) =>
    campaign.organizations.find((o) => o.organizationId === id)?.name ?? id;
  const today = localToday();
  const form = useForm({
    initialValues: {
      value: "" as number | string,
      measuredOn: today,
      evidence: "",
      evidenceUrl: "",
      organizationId: organizations[0] ?? "",
    },
    validate: {
      value: (value) =>
        value === "" || !Number.isFinite(Number(value)) ? t("report.valueRequired") : null,
      measuredOn: (value) =>
        !value
          ? t("report.dateRequired")
          : value > today
            ? t("report.dateFuture")
            : value < objective.baselineOn
              ? t("report.dateBeforeBaseline", { date: time.date(objective.baselineOn) })
              : null,
      evidenceUrl: (value) =>
        value.trim() && !isWebUrl(value.trim()) ? t("report.urlInvalid") : null,
    },
  });
  const submit = form.onSubmit((values) => {
    report.mutate(
      {
        organizationId: values.organizationId,
        value: Number(values.value),
        measuredOn: values.measuredOn,
        ...(values.evidence.trim() ? { evidence: values.evidence.trim() } : {}),
        ...(values.evidenceUrl.trim() ? { evidenceUrl: values.evidenceUrl.trim() } : {}),
      },
      {
        onSuccess: () => {
          notify({ color: "teal", message: t("report.saved") });
          onDone();
        },
      },
    );
  });
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId} bg="gray.0">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={4} size="h5" id={headingId}>
            {t("report.title")}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput
              label={t("report.value", { unit: objective.unit })}
              required
              decimalScale={4}
              {...form.getInputProps("value")}
            />
            <TextInput
              type="date"
              label={t("report.measuredOn")}
              required
              min={objective.baselineOn}
              max={today}
              {...form.getInputProps("measuredOn")}
            />
          </SimpleGrid>
          <Textarea
            label={t("report.evidence")}
            description={t("report.evidenceHint")}
            maxLength={2000}
            autosize
            minRows={2}
            dir="auto"
            {...form.getInputProps("evidence")}
          />
          <TextInput
            type="url"
            label={t("report.evidenceUrl")}
            description={t("report.evidenceUrlHint")}
            maxLength={2000}
            dir="ltr"
            {...form.getInputProps("evidenceUrl")}
          />
          {organizations.length > 1 && (
            <NativeSelect
              label={t("report.actingFor")}
              data={organizations.map((id) => ({ value: id, label: nameOf(id) }))}
              {...form.getInputProps("organizationId")}
            />
          )}
          <RefusalAlert error={report.error} refusals={{ forbidden: t("report.forbidden") }} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t("form.cancel")}
            </Button>
            <Button type="submit" loading={report.isPending}>
              {t("report.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
