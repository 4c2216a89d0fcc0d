import { List, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useRiskThresholdText } from "./risk-threshold-text.ts";
import type { Charter, DecisionRule } from "../../../../shared/coalitions.ts";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { api } from "../../lib/api.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { decisionSubjects } from "./charter-values.ts";
import { LevelBadge } from "../../components/CoalitionBadges.tsx";
import { useRuleText } from "./rule-text.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useTermLabel } from "../../lib/hooks.ts";

/**
 * An organisation named by id: the page usually knows the name; otherwise the profile is
 * read, and an organisation the reader may not see stays unnamed.
 */
export function OrganizationName({ id, known }: { id: string; known?: string | null }) {
  const { t } = useTranslation("coalitions");
  const profile = useQuery({
    queryKey: ["organization", id],
    queryFn: () => api.GET("/api/v1/organizations/{id}", { params: { path: { id } } }),
    enabled: !known,
    retry: false,
    staleTime: 60_000,
  });
  const name = known ?? profile.data?.name;
  if (!name) return <Text span>{profile.isPending ? "…" : t("members.unnamedOne")}</Text>;
  return (
    <AnchorLink to="/organizations/$id" params={{ id }} inherit>
      <bdi>{name}</bdi>
    </AnchorLink>
  );
}

function Field({ title, order, children }: { title: string; order: 2 | 3; children: ReactNode }) {
  const id = useId();
  return (
    <Stack gap={6} renderRoot={(props) => <section {...props} aria-labelledby={id} />}>
      <Title order={order} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export function RuleList({ rules }: { rules: Charter["decisionRules"] }) {
  const { t } = useTranslation("coalitions");
  const ruleText = useRuleText();
  return (
    <List spacing={6} size="sm">
      {decisionSubjects.map((subject) => (
        <List.Item key={subject}>
          <Text span fw={600} size="sm">
            {t(`subject.${subject}.label`)}
          </Text>
          {t("charter.colon")}
          {ruleText(rules[subject] as DecisionRule)}
        </List.Item>
      ))}
    </List>
  );
}

/** The whole charter, field by field, each text in the reader's language when it exists. */
export function CharterView({
  charter,
  names,
  headingOrder = 2,
}: {
  charter: Charter;
  /** Names of organisations the page already knows, by id. */
  names: ReadonlyMap<string, string>;
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation("coalitions");
  const thresholdText = useRiskThresholdText();
  const format = useTimeFormat();
  const label = useTermLabel();
  // A region is a UN M49 region or a humanitarian grouping; whichever knows the key names it.
  const regionLabel = (key: string) =>
    label("region", key) !== key ? label("region", key) : label("humanitarian_region", key);
  const scopeLists = [
    {
      title: "scopeIssues",
      keys: charter.scopeTerms?.issues,
      labelOf: (k: string) => label("issue", k),
    },
    {
      title: "scopeCountries",
      keys: charter.scopeTerms?.countries,
      labelOf: (k: string) => label("country", k),
    },
    { title: "scopeRegions", keys: charter.scopeTerms?.regions, labelOf: regionLabel },
  ] as const;
  const text = (field: "purpose" | "goals" | "scope" | "limits" | "membershipCriteria") =>
    charter[field] ? (
      <Field title={t(`charter.${field}`)} order={headingOrder}>
        <LocalizedTextView
          value={charter[field]}
          ns="coalitions"
          withSwitcher
          switcherLabel={t("charter.languageOf", { field: t(`charter.${field}`) })}
        />
      </Field>
    ) : null;
  return (
    <Stack gap="lg">
      {text("purpose")}
      {text("goals")}
      {text("scope")}
      {scopeLists.map(({ title, keys, labelOf }) =>
        keys?.length ? (
          <Field key={title} title={t(`charter.${title}`)} order={headingOrder}>
            <Text>{keys.map(labelOf).join(t("charter.listSeparator"))}</Text>
          </Field>
        ) : null,
      )}
      {text("limits")}
      {text("membershipCriteria")}
      {charter.applicationQuestions.length > 0 && (
        <Field title={t("charter.applicationQuestions")} order={headingOrder}>
          <List type="ordered" spacing={6}>
            {charter.applicationQuestions.map((q) => (
              <List.Item key={q.key}>
                <LocalizedTextView value={q.text} ns="coalitions" />
              </List.Item>
            ))}
          </List>
        </Field>
      )}
      <Field title={t("charter.decisionRules")} order={headingOrder}>
        <RuleList rules={charter.decisionRules} />
      </Field>
      {charter.focalPoints.length > 0 && (
        <Field title={t("charter.focalPoints")} order={headingOrder}>
          <List spacing={6}>
            {charter.focalPoints.map((point, index) => (
              <List.Item key={`${point.organizationId}-${index}`}>
                <Stack gap={0}>
                  <LocalizedTextView value={point.activity} ns="coalitions" />
                  <Text size="sm" c="dimmed">
                    <OrganizationName
                      id={point.organizationId}
                      known={names.get(point.organizationId)}
                    />
                  </Text>
                </Stack>
              </List.Item>
            ))}
          </List>
        </Field>
      )}
      {charter.riskThresholds && Object.keys(charter.riskThresholds).length > 0 && (
        <Field title={t("charter.riskThresholds")} order={headingOrder}>
          <Text>{thresholdText(charter.riskThresholds)}</Text>
        </Field>
      )}
      <Field title={t("charter.collaborationLevel")} order={headingOrder}>
        <div>
          <LevelBadge level={charter.collaborationLevel} />
        </div>
        <Text size="sm">{t(`level.${charter.collaborationLevel}.explain`)}</Text>
      </Field>
      {charter.meetingRhythm && (
        <Field title={t("charter.meetingRhythm")} order={headingOrder}>
          <LocalizedTextView value={charter.meetingRhythm} ns="coalitions" />
        </Field>
      )}
      {charter.reviewDate && (
        <Field title={t("charter.reviewDate")} order={headingOrder}>
          <Text>{format.date(charter.reviewDate)}</Text>
        </Field>
      )}
    </Stack>
  );
}
