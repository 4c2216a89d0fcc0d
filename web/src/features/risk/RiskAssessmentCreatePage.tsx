import { CoalitionInsidePage } from "../../components/CoalitionInsidePage.tsx";
import { Alert, Button, Group, MultiSelect, Radio, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { pickText } from "../../../../shared/locales.ts";
import { type RiskSubjectKind, riskSubjectKinds } from "../../../../shared/risk/kinds.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { notify } from "../../lib/notify.ts";
import { focusFirstInvalid, useDocumentTitle } from "../../lib/page.ts";
import { useCountryOptions, useTermOptions } from "../../lib/term-options.ts";
import { useCoalitionActivities, useCoalitionStatements, useOpenAssessment } from "./risk-data.ts";

type Values = {
  subjectKind: RiskSubjectKind;
  subjectId: string;
  title: string;
  country: string;
  audienceLanguages: string[];
  capacities: string[];
};

function AssessmentForm({
  coalitionId,
  initial,
}: {
  coalitionId: string;
  initial: { subjectKind?: RiskSubjectKind | undefined; subjectId?: string | undefined };
}) {
  const { t, i18n } = useTranslation("risk");
  const navigate = useNavigate();
  const open = useOpenAssessment(coalitionId);
  const form = useForm<Values>({
    initialValues: {
      subjectKind: initial.subjectKind ?? "statement",
      subjectId: initial.subjectId ?? "",
      title: "",
      country: "",
      audienceLanguages: [],
      capacities: [],
    },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (values.subjectKind !== "publication" && !values.subjectId) {
        errors.subjectId = t("create.validation.subject");
      }
      const title = values.title.trim();
      if (values.subjectKind === "publication" ? title.length < 3 : title && title.length < 3) {
        errors.title = t("create.validation.title");
      }
      return errors;
    },
  });
  const kind = form.values.subjectKind;
  const statements = useCoalitionStatements(coalitionId, kind === "statement");
  const activities = useCoalitionActivities(coalitionId, kind === "activity");
  const countries = useCountryOptions();
  const languages = useTermOptions("language", true);
  const capacities = useTermOptions("capacity", true);
  const search = {
    searchable: true,
    clearable: true,
    nothingFoundMessage: t("create.nothingFound"),
  };

  const statementOptions = (statements.data?.items ?? []).map((s) => ({
    value: s.id,
    label: pickText(s.title, i18n.language),
  }));
  const activityGroups = Object.values(
    activities.activities.reduce<
      Record<string, { group: string; items: { value: string; label: string }[] }>
    >((groups, { campaign, activity }) => {
      const group = (groups[campaign.id] ??= {
        group: pickText(campaign.title, i18n.language),
        items: [],
      });
      group.items.push({ value: activity.id, label: pickText(activity.title, i18n.language) });
      return groups;
    }, {}),
  );
  // A subject given in the address (from a statement's page) is kept even before lists load.
  const given = initial.subjectId && initial.subjectKind === kind ? [initial.subjectId] : [];
  const withGiven = <T extends { value: string; label: string }>(items: T[]) =>
    given.length && !items.some((i) => i.value === given[0])
      ? [...items, { value: given[0]!, label: t("create.givenSubject") }]
      : items;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) =>
          open.mutate(
            {
              subjectKind: values.subjectKind,
              ...(values.subjectKind !== "publication" ? { subjectId: values.subjectId } : {}),
              ...(values.title.trim() ? { title: values.title.trim() } : {}),
              ...(values.country ? { country: values.country } : {}),
              audienceLanguages: values.audienceLanguages,
              capacities: values.capacities,
            },
            {
              onSuccess: async (made) => {
                notify({ color: "teal", message: t("create.opened") });
                await navigate({ to: "/risk-assessments/$id", params: { id: made.id } });
              },
            },
          ),
        () => focusFirstInvalid(),
      )}
    >
      <Stack gap="lg">
        <FormSection title={t("create.sections.subject")}>
          <Radio.Group
            label={t("create.subjectKind")}
            {...form.getInputProps("subjectKind")}
            onChange={(value) => {
              form.setFieldValue("subjectKind", value as RiskSubjectKind);
              form.setFieldValue("subjectId", "");
            }}
          >
            <Stack gap="xs" mt="xs">
              {riskSubjectKinds.map((k) => (
                <Radio key={k} value={k} label={t(`create.kind.${k}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {kind === "statement" && (
            <Select
              label={t("create.statement")}
              required
              data={withGiven(statementOptions)}
              disabled={statements.isPending}
              placeholder={
                statements.isPending
                  ? t("common:app.loading")
                  : statementOptions.length === 0
                    ? t("create.noStatements")
                    : undefined
              }
              {...search}
              {...form.getInputProps("subjectId")}
              value={form.values.subjectId || null}
              onChange={(v) => form.setFieldValue("subjectId", v ?? "")}
            />
          )}
          {kind === "activity" && (
            <Select
              label={t("create.activity")}
              required
              data={
                given.length && !activities.activities.some((a) => a.activity.id === given[0])
                  ? [...activityGroups, { group: "", items: withGiven([]) }]
                  : activityGroups
              }
              disabled={activities.isPending}
              placeholder={
                activities.isPending
                  ? t("common:app.loading")
                  : activityGroups.length === 0
                    ? t("create.noActivities")
                    : undefined
              }
              {...search}
              {...form.getInputProps("subjectId")}
              value={form.values.subjectId || null}
              onChange={(v) => form.setFieldValue("subjectId", v ?? "")}
            />
          )}
          <TextInput
            label={kind === "publication" ? t("create.publicationTitle") : t("create.title")}
            description={kind === "publication" ? undefined : t("create.titleHint")}
            required={kind === "publication"}
            dir="auto"
            maxLength={200}
            {...form.getInputProps("title")}
          />
        </FormSection>
        <FormSection title={t("create.sections.audience")} description={t("create.audienceHint")}>
          <Select
            label={t("create.country")}
            data={countries}
            {...search}
            {...form.getInputProps("country")}
            value={form.values.country || null}
            onChange={(v) => form.setFieldValue("country", v ?? "")}
          />
          <MultiSelect
            label={t("create.languages")}
            data={languages}
            maxValues={10}
            hidePickedOptions
            {...search}
            {...form.getInputProps("audienceLanguages")}
          />
          <MultiSelect
            label={t("create.capacities")}
            description={t("create.capacitiesHint")}
            data={capacities}
            maxValues={10}
            hidePickedOptions
            {...search}
            {...form.getInputProps("capacities")}
          />
        </FormSection>
        <RefusalAlert
          error={open.error}
          refusals={{ forbidden: t("create.forbidden"), conflict: t("create.conflict") }}
        />
        <Group justify="flex-end" gap="sm">
          <ButtonLink variant="default" to="/coalitions/$id" params={{ id: coalitionId }}>
            {t("common:actions.cancel")}
          </ButtonLink>
          <Button type="submit" loading={open.isPending}>
            {t("create.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Opening a joint risk assessment of a statement, a campaign activity or a publication. */
export function RiskAssessmentCreatePage() {
  const { t } = useTranslation("risk");
  const { id } = useParams({ from: "/coalitions/$id/risk-assessments/new" });
  const search = useSearch({ from: "/coalitions/$id/risk-assessments/new" });
  useDocumentTitle(t("create.pageTitle"));
  return (
    <CoalitionInsidePage
      id={id}
      ns="risk"
      titleKey="create.pageTitle"
      headingKey="create.pageTitle"
      signInFirstKey="create.signInFirst"
      notInsideKey="create.notInside"
      backToKey="coalitions:page.backTo"
      intro={() => t("create.intro")}
    >
      {() => (
        <>
          <Alert color="blue" variant="light">
            {t("create.who")}
          </Alert>
          <AssessmentForm coalitionId={id} initial={search} />
        </>
      )}
    </CoalitionInsidePage>
  );
}
