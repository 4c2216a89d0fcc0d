import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { levelOf, riskCategories } from "../../../../shared/risk/heatmap.ts";
import type { RiskAssessment } from "../../../../shared/risk/api.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useAnswerRisk } from "./risk-data.ts";
import { type AnswerValues, answerValues, halfRated, toResponse } from "./risk-values.ts";

const scores = ["1", "2", "3", "4", "5"] as const;
const maxMitigations = 10;

function AnswerForm({
  assessment,
  organizationId,
  name,
}: {
  assessment: RiskAssessment;
  organizationId: string;
  name: string;
}) {
  const { t } = useTranslation("risk");
  const answer = useAnswerRisk(assessment);
  const mine = assessment.mine.find((m) => m.organizationId === organizationId);
  const form = useForm<AnswerValues>({
    initialValues: answerValues(mine),
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const category of halfRated(values)) {
        const r = values.ratings[category];
        const field = r.likelihood ? "impact" : "likelihood";
        errors[`ratings.${category}.${field}`] = t("answer.validation.both");
      }
      if (toResponse(values).ratings.length === 0) {
        errors["ratings.access.likelihood"] = t("answer.validation.none");
      }
      values.mitigations.forEach((m, index) => {
        const text = m.trim();
        if (text && text.length < 3) errors[`mitigations.${index}`] = t("answer.validation.short");
      });
      return errors;
    },
  });
  const scoreOptions = (kind: "likelihood" | "impact") => [
    { value: "", label: t("answer.notRated") },
    ...scores.map((s) => ({ value: s, label: t(`answer.${kind}Scale.${s}`) })),
  ];

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        answer.mutate(
          { organizationId, body: toResponse(values) },
          {
            onSuccess: () =>
              notify({ color: "teal", message: t("answer.saved", { name: isolate(name) }) }),
          },
        ),
      )}
    >
      <Stack gap="md">
        {riskCategories.map((category) => {
          const r = form.values.ratings[category];
          const level = r.likelihood && r.impact ? levelOf(+r.likelihood, +r.impact) : null;
          return (
            <fieldset key={category} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
              <Text component="legend" fw={700} size="md" p={0}>
                {t(`category.${category}.label`)}
              </Text>
              <Text size="sm" c="dimmed" mb={6}>
                {t(`category.${category}.hint`)}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect
                  label={t("answer.likelihood")}
                  data={scoreOptions("likelihood")}
                  {...form.getInputProps(`ratings.${category}.likelihood`)}
                />
                <NativeSelect
                  label={t("answer.impact")}
                  data={scoreOptions("impact")}
                  {...form.getInputProps(`ratings.${category}.impact`)}
                />
              </SimpleGrid>
              {level && (
                <Text size="sm" mt={4} aria-live="polite">
                  {t("answer.levelIs", { level: t(`level.${level}`) })}
                </Text>
              )}
            </fieldset>
          );
        })}

        <Stack gap="xs">
          <div>
            <Text fw={700}>{t("answer.mitigations")}</Text>
            <Text size="sm" c="dimmed">
              {t("answer.mitigationsHint")}
            </Text>
          </div>
          {form.values.mitigations.map((_, index) => (
            <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
              <TextInput
                style={{ flex: 1, minWidth: 0 }}
                dir="auto"
                maxLength={500}
                label={t("answer.mitigation", { number: index + 1 })}
                {...form.getInputProps(`mitigations.${index}`)}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                mt={24}
                aria-label={t("answer.removeMitigation", { number: index + 1 })}
                onClick={() => form.removeListItem("mitigations", index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          {form.values.mitigations.length < maxMitigations && (
            <Button
              variant="subtle"
              w="fit-content"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => form.insertListItem("mitigations", "")}
            >
              {t("answer.addMitigation")}
            </Button>
          )}
        </Stack>

        <Switch
          label={t("answer.shareByName")}
          description={t("answer.shareByNameHint", { name: isolate(name) })}
          {...form.getInputProps("shareByName", { type: "checkbox" })}
        />
        <RefusalAlert
          error={answer.error}
          refusals={{ forbidden: t("answer.forbidden", { name: isolate(name) }) }}
        />
        <Button type="submit" loading={answer.isPending} w="fit-content">
          {mine ? t("answer.update") : t("answer.submit")}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * Each organisation the reader answers for rates its own exposure, privately: the form says
 * who sees what before anything is sent.
 */
export function AnswerSection({
  assessment,
  nameOf,
}: {
  assessment: RiskAssessment;
  nameOf: (organizationId: string) => string;
}) {
  const { t } = useTranslation("risk");
  const format = useTimeFormat();
  const voices = assessment.permissions.answerFor.map((organizationId) => ({
    organizationId,
    name:
      assessment.mine.find((m) => m.organizationId === organizationId)?.name ??
      nameOf(organizationId),
  }));
  const [chosen, setChosen] = useState(voices[0]?.organizationId ?? "");
  const voice = voices.find((v) => v.organizationId === chosen) ?? voices[0];
  if (!voice) return null;
  const mine = assessment.mine.find((m) => m.organizationId === voice.organizationId);
  const smallest = assessment.heatMap.smallestGroup;
  return (
    <PageSection title={t("answer.title")} description={t("answer.intro")}>
      {voices.length > 1 && (
        <NativeSelect
          label={t("answer.actingFor")}
          data={voices.map((v) => ({ value: v.organizationId, label: v.name }))}
          value={voice.organizationId}
          onChange={(event) => setChosen(event.currentTarget.value)}
        />
      )}
      <Alert color="blue" variant="light" title={t("answer.privacyTitle")}>
        <Text size="sm">{t("answer.privacy", { name: isolate(voice.name), smallest })}</Text>
      </Alert>
      <Text size="sm" fw={600}>
        {mine
          ? t("answer.answeredAt", {
              name: isolate(voice.name),
              date: format.absolute(mine.answeredAt),
            })
          : t("answer.notYet", { name: isolate(voice.name) })}
      </Text>
      <AnswerForm
        key={`${voice.organizationId}:${mine?.answeredAt ?? ""}`}
        assessment={assessment}
        organizationId={voice.organizationId}
        name={voice.name}
      />
    </PageSection>
  );
}
