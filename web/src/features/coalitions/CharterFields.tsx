import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  TextInput,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { wrapLabel } from "../../components/wrap-label.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { useCountryOptions, useIssueOptions, useRegionOptions } from "../../lib/term-options.ts";
import {
  collaborationLevels,
  decisionSubjects,
  nextQuestionKey,
  riskThresholdChoices,
  type CharterForm,
} from "./charter-values.ts";
import { DecisionRuleField } from "./DecisionRuleField.tsx";
import { riskCategories } from "../../../../shared/risk/heatmap.ts";
import { OrganizationPicker, type PickedOrganization } from "./OrganizationPicker.tsx";

const emptyText = (language: string): LocalizedText => ({ original: language, texts: {} });

function AboutSection({ form }: { form: CharterForm }) {
  const { t } = useTranslation("coalitions");
  const text = (
    field: "purpose" | "goals" | "scope" | "limits",
    maxLength: number,
    rows: number,
  ) => (
    <LocalizedTextInput
      label={t(`charter.${field}`)}
      description={t(`form.hint.${field}`)}
      value={form.values[field]}
      onChange={(value) => form.setFieldValue(field, value)}
      error={form.errors[field]}
      maxLength={maxLength}
      rows={rows}
    />
  );
  return (
    <FormSection title={t("form.sections.about")} description={t("form.sections.aboutHint")}>
      {text("purpose", 4000, 3)}
      {text("goals", 4000, 3)}
      {text("scope", 4000, 3)}
      <ScopeTermsFields form={form} />
      {text("limits", 4000, 3)}
    </FormSection>
  );
}

/** The scope as taxonomy terms, bounded as a need is: partner discovery starts from them. */
function ScopeTermsFields({ form }: { form: CharterForm }) {
  const { t } = useTranslation("coalitions");
  const issues = useIssueOptions(form.values.scopeIssues, t("form.otherIssues"));
  const countries = useCountryOptions();
  const regions = useRegionOptions({
    humanitarian: t("form.humanitarianRegions"),
    m49: t("form.m49Regions"),
  });
  const search = {
    searchable: true,
    selectFirstOptionOnChange: true,
    clearable: true,
    hidePickedOptions: true,
    nothingFoundMessage: t("form.nothingFound"),
  };
  return (
    <Stack gap="sm">
      <MultiSelect
        label={t("charter.scopeIssues")}
        description={t("form.hint.scopeTerms")}
        data={issues}
        maxValues={20}
        {...form.getInputProps("scopeIssues")}
        {...search}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label={t("charter.scopeCountries")}
          data={countries}
          maxValues={10}
          {...form.getInputProps("scopeCountries")}
          {...search}
        />
        <MultiSelect
          label={t("charter.scopeRegions")}
          data={regions}
          maxValues={5}
          {...form.getInputProps("scopeRegions")}
          {...search}
        />
      </SimpleGrid>
    </Stack>
  );
}

function MembershipSection({ form }: { form: CharterForm }) {
  const { t, i18n } = useTranslation("coalitions");
  const questions = form.values.applicationQuestions;
  return (
    <FormSection
      title={t("form.sections.membership")}
      description={t("form.sections.membershipHint")}
    >
      <LocalizedTextInput
        label={t("charter.membershipCriteria")}
        description={t("form.hint.membershipCriteria")}
        value={form.values.membershipCriteria}
        onChange={(value) => form.setFieldValue("membershipCriteria", value)}
        maxLength={4000}
        rows={3}
      />
      <Stack gap="sm">
        {questions.map((question, index) => (
          <Paper key={question.key} withBorder p="sm">
            <Stack gap="xs">
              <LocalizedTextInput
                label={t("form.question", { n: index + 1 })}
                description={t("form.hint.question")}
                value={question.text}
                onChange={(value) =>
                  form.setFieldValue(`applicationQuestions.${index}.text`, value)
                }
                maxLength={500}
                rows={1}
              />
              <Group justify="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => form.removeListItem("applicationQuestions", index)}
                >
                  {t("form.removeQuestion", { n: index + 1 })}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        {questions.length < 10 && (
          <Button
            variant="outline"
            w="fit-content"
            {...wrapLabel}
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              form.insertListItem("applicationQuestions", {
                key: nextQuestionKey(questions),
                text: emptyText(i18n.language),
              })
            }
          >
            {t("form.addQuestion")}
          </Button>
        )}
      </Stack>
    </FormSection>
  );
}

function DecisionsSection({ form }: { form: CharterForm }) {
  const { t } = useTranslation("coalitions");
  return (
    <FormSection
      title={t("form.sections.decisions")}
      description={t("form.sections.decisionsHint")}
    >
      {decisionSubjects.map((subject) => (
        <DecisionRuleField key={subject} form={form} subject={subject} />
      ))}
    </FormSection>
  );
}

/** The charter's risk thresholds: above one, a public action waits for the coalition's decision. */
function RiskSection({ form }: { form: CharterForm }) {
  const { t } = useTranslation(["coalitions", "risk"]);
  return (
    <FormSection title={t("form.sections.risk")} description={t("form.sections.riskHint")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {riskCategories.map((category) => (
          <NativeSelect
            key={category}
            label={t(`risk:category.${category}.label`)}
            data={[
              { value: "", label: t("form.riskNone") },
              ...riskThresholdChoices.map((score) => ({
                value: score,
                label: t("form.riskAbove", { score }),
              })),
            ]}
            {...form.getInputProps(`riskThresholds.${category}`)}
          />
        ))}
      </SimpleGrid>
    </FormSection>
  );
}

function LeadershipSection({
  form,
  organizations,
}: {
  form: CharterForm;
  organizations: readonly PickedOrganization[];
}) {
  const { t, i18n } = useTranslation("coalitions");
  const points = form.values.focalPoints;
  return (
    <FormSection
      title={t("form.sections.leadership")}
      description={t("form.sections.leadershipHint")}
    >
      {points.map((point, index) => (
        // Focal points have no id of their own; the position is what the form edits.
        <Paper key={index} withBorder p="sm">
          <Stack gap="xs">
            <LocalizedTextInput
              label={t("form.activity", { n: index + 1 })}
              description={t("form.hint.activity")}
              value={point.activity}
              onChange={(value) => form.setFieldValue(`focalPoints.${index}.activity`, value)}
              maxLength={200}
              rows={1}
            />
            <OrganizationPicker
              label={t("form.focalOrganization")}
              description={t("form.hint.focalOrganization")}
              value={point.organizationId}
              known={[
                ...organizations,
                ...(point.organizationId
                  ? [{ id: point.organizationId, name: point.organizationName }]
                  : []),
              ]}
              onChange={(org) => {
                form.setFieldValue(`focalPoints.${index}.organizationId`, org?.id ?? null);
                form.setFieldValue(`focalPoints.${index}.organizationName`, org?.name ?? "");
              }}
              error={form.errors[`focalPoints.${index}.organizationId`]}
            />
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => form.removeListItem("focalPoints", index)}
              >
                {t("form.removeFocalPoint", { n: index + 1 })}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      {points.length < 30 && (
        <Button
          variant="outline"
          w="fit-content"
          {...wrapLabel}
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() =>
            form.insertListItem("focalPoints", {
              activity: emptyText(i18n.language),
              organizationId: null,
              organizationName: "",
            })
          }
        >
          {t("form.addFocalPoint")}
        </Button>
      )}
    </FormSection>
  );
}

function WorkingSection({ form }: { form: CharterForm }) {
  const { t } = useTranslation("coalitions");
  return (
    <FormSection title={t("form.sections.working")}>
      <Radio.Group
        label={t("charter.collaborationLevel")}
        description={t("form.hint.collaborationLevel")}
        {...form.getInputProps("collaborationLevel")}
      >
        <Stack gap="sm" mt="xs">
          {collaborationLevels.map((level) => (
            <Radio
              key={level}
              value={level}
              label={t(`level.${level}.label`)}
              description={t(`level.${level}.explain`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <LocalizedTextInput
        label={t("charter.meetingRhythm")}
        description={t("form.hint.meetingRhythm")}
        value={form.values.meetingRhythm}
        onChange={(value) => form.setFieldValue("meetingRhythm", value)}
        maxLength={500}
        rows={1}
      />
      <TextInput
        type="date"
        label={t("charter.reviewDate")}
        description={t("form.hint.reviewDate")}
        w={{ base: "100%", sm: 240 }}
        {...form.getInputProps("reviewDate")}
      />
    </FormSection>
  );
}

/** Every part of a charter, as form sections; the page adds its own and the submit button. */
export function CharterFields({
  form,
  organizations,
}: {
  form: CharterForm;
  /** Organisations offered first as focal points: the members, or the convener. */
  organizations: readonly PickedOrganization[];
}) {
  return (
    <>
      <AboutSection form={form} />
      <MembershipSection form={form} />
      <DecisionsSection form={form} />
      <RiskSection form={form} />
      <LeadershipSection form={form} organizations={organizations} />
      <WorkingSection form={form} />
    </>
  );
}
