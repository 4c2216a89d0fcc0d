import {
  Button,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle, IconCheck, IconQuestionMark, IconX } from "@tabler/icons-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { Objective, ObjectiveInput } from "../../../../shared/campaigns/objectives.ts";
import {
  type SmartGap,
  type SmartPart,
  judgedByPeople,
  smartChecklist,
  smartGaps,
  smartParts,
} from "../../../../shared/campaigns/smart.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { useCreateObjective, useUpdateObjective } from "./objectives-data.ts";

type Values = {
  statement: LocalizedText;
  indicator: LocalizedText;
  unit: string;
  baseline: number | string;
  target: number | string;
  baselineOn: string;
  deadline: string;
  ownerOrganizationId: string;
};

const asNumber = (value: number | string) =>
  typeof value === "number" ? value : value.trim() === "" ? null : Number(value);

const stateIcon = {
  ok: { color: "green", icon: IconCheck },
  weak: { color: "orange", icon: IconAlertTriangle },
  missing: { color: "red", icon: IconX },
  judge: { color: "gray", icon: IconQuestionMark },
} as const;

/**
 * What of SMART the draft still lacks, part by part, as it is written. Achievable and
 * Relevant are left to the people writing it: code cannot judge them and does not pretend to.
 */
export function SmartChecklist({ gaps }: { gaps: SmartGap[] }) {
  const { t } = useTranslation("campaign-objectives");
  const id = useId();
  const states = smartChecklist(gaps);
  const lines = (part: SmartPart) =>
    judgedByPeople.includes(part)
      ? [t(`smart.judge.${part as "achievable" | "relevant"}`)]
      : gaps.filter((g) => g.part === part).map((g) => t(`smart.gap.${g.code}`));
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id} bg="gray.0">
      <Title order={3} size="h5" id={id} mb="xs">
        {t("smart.title")}
      </Title>
      <List spacing={6} listStyleType="none" aria-live="polite" aria-atomic="false">
        {smartParts.map((part) => {
          const state = states[part];
          const { color, icon: Icon } = stateIcon[state];
          return (
            <List.Item
              key={part}
              icon={
                <ThemeIcon color={color} size={22} radius="xl" variant="light">
                  <Icon size={14} aria-hidden />
                </ThemeIcon>
              }
              data-smart-part={part}
              data-smart-state={state}
            >
              <Text size="sm" span fw={600}>
                {t(`smart.part.${part}`)}
              </Text>{" "}
              <Text size="sm" span c="gray.7">
                ({t(`smart.status.${state}`)})
              </Text>
              {lines(part).map((line) => (
                <Text key={line} size="sm">
                  {line}
                </Text>
              ))}
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}

/**
 * Writing or changing an objective. The checklist beside it says which SMART part is missing
 * while it is written (shared/campaigns/smart.ts, the same rule the server refuses by).
 */
export function ObjectiveForm({
  campaign,
  objective,
  onDone,
}: {
  campaign: Campaign;
  /** Absent for a new objective. */
  objective?: Objective;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation("campaign-objectives");
  const headingId = useId();
  const create = useCreateObjective(campaign.id);
  const update = useUpdateObjective(campaign.id, objective?.id ?? "");
  const mutation = objective ? update : create;
  const empty = { original: i18n.language, texts: { [i18n.language]: "" } };
  const owners = campaign.organizations;
  const form = useForm<Values>({
    initialValues: {
      statement: objective?.statement ?? empty,
      indicator: objective?.indicator ?? empty,
      unit: objective?.unit ?? "",
      baseline: objective?.baseline ?? "",
      target: objective?.target ?? "",
      baselineOn: objective?.baselineOn ?? new Date().toISOString().slice(0, 10),
      deadline: objective?.deadline ?? campaign.endsOn ?? "",
      ownerOrganizationId:
        objective?.ownerOrganization?.organizationId ??
        (owners.some((o) => o.organizationId === campaign.leadOrganization.organizationId)
          ? campaign.leadOrganization.organizationId
          : (owners[0]?.organizationId ?? "")),
    },
  });
  // Missing parts are named beside their fields once the writer tries to save.
  const [tried, setTried] = useState(false);
  const v = form.values;
  const draft = {
    statement: v.statement,
    indicator: v.indicator,
    unit: v.unit,
    baseline: asNumber(v.baseline),
    target: asNumber(v.target),
    baselineOn: v.baselineOn,
    deadline: v.deadline,
  };
  const gaps = smartGaps(draft, new Date().toISOString().slice(0, 10));
  const missing = gaps.some((g) => g.severity === "missing");
  const errorOf = (...codes: SmartGap["code"][]) => {
    if (!tried) return undefined;
    const gap = gaps.find((g) => codes.includes(g.code) && g.severity === "missing");
    return gap ? t(`smart.gap.${gap.code}`) : undefined;
  };

  const submit = form.onSubmit((values) => {
    setTried(true);
    const statement = cleanText(values.statement);
    const indicator = cleanText(values.indicator);
    const baseline = asNumber(values.baseline);
    const target = asNumber(values.target);
    if (missing || !statement || !indicator || baseline === null || target === null) return;
    const body: ObjectiveInput = {
      statement,
      indicator,
      unit: values.unit.trim(),
      baseline,
      target,
      baselineOn: values.baselineOn,
      deadline: values.deadline,
      ownerOrganizationId: values.ownerOrganizationId,
    };
    mutation.mutate(body, {
      onSuccess: () => {
        notify({ color: "teal", message: t(objective ? "form.saved" : "form.created") });
        onDone();
      },
    });
  });

  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={headingId}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Title order={2} size="h3" id={headingId}>
            {t(objective ? "form.editTitle" : "form.newTitle")}
          </Title>
          <LocalizedTextInput
            label={t("form.statement")}
            description={t("form.statementHint")}
            value={v.statement}
            onChange={(value) => form.setFieldValue("statement", value)}
            maxLength={2000}
            rows={2}
            error={errorOf("statementMissing")}
          />
          <LocalizedTextInput
            label={t("form.indicator")}
            description={t("form.indicatorHint")}
            value={v.indicator}
            onChange={(value) => form.setFieldValue("indicator", value)}
            maxLength={500}
            rows={1}
            error={errorOf("indicatorMissing")}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput
              label={t("form.unit")}
              description={t("form.unitHint")}
              maxLength={40}
              required
              {...form.getInputProps("unit")}
              error={errorOf("unitMissing")}
            />
            <NumberInput
              label={t("form.baseline")}
              required
              decimalScale={4}
              {...form.getInputProps("baseline")}
              error={errorOf("baselineMissing")}
            />
            <NumberInput
              label={t("form.target")}
              required
              decimalScale={4}
              {...form.getInputProps("target")}
              error={errorOf("targetMissing", "targetIsBaseline")}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t("form.baselineOn")}
              required
              {...form.getInputProps("baselineOn")}
              error={errorOf("baselineOnMissing")}
            />
            <TextInput
              type="date"
              label={t("form.deadline")}
              required
              min={v.baselineOn || undefined}
              {...form.getInputProps("deadline")}
              error={errorOf("deadlineMissing", "deadlineNotAfterBaseline")}
            />
          </SimpleGrid>
          <NativeSelect
            label={t("form.owner")}
            description={t("form.ownerHint")}
            data={owners.map((o) => ({ value: o.organizationId, label: o.name }))}
            {...form.getInputProps("ownerOrganizationId")}
          />
          <SmartChecklist gaps={gaps} />
          {tried && missing && (
            <Text size="sm" c="red.8" role="alert">
              {t("form.notSmart")}
            </Text>
          )}
          <FormError error={mutation.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t("form.cancel")}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t(objective ? "form.save" : "form.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
