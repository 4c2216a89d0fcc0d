import { Alert, Badge, Group, List, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { riskCategories } from "../../../../shared/risk/heatmap.ts";
import type { RiskAssessment } from "../../../../shared/risk/api.ts";
import { pickText } from "../../../../shared/locales.ts";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { HeatMapTable } from "./HeatMapTable.tsx";
import { AnswerSection } from "./risk-answer.tsx";
import { useCoalitionActivities, useRiskAssessment } from "./risk-data.ts";
import { FrontingSection } from "./risk-fronting.tsx";
import { RegisterSection } from "./risk-register.tsx";

/** What is assessed, linked to where it lives: the statement, the activity's workplan. */
function SubjectLine({ assessment }: { assessment: RiskAssessment }) {
  const { t, i18n } = useTranslation("risk");
  const isActivity = assessment.subjectKind === "activity";
  const { activities } = useCoalitionActivities(assessment.coalitionId, isActivity);
  if (assessment.subjectKind === "statement" && assessment.subjectId) {
    return (
      <Text size="sm">
        {t("subject.statementOf")}{" "}
        <AnchorLink to="/statements/$id" params={{ id: assessment.subjectId }} dir="auto">
          {assessment.title}
        </AnchorLink>
      </Text>
    );
  }
  if (isActivity) {
    const found = activities.find((a) => a.activity.id === assessment.subjectId);
    return (
      <Text size="sm">
        {t("subject.activityOf")}{" "}
        {found ? (
          <AnchorLink to="/campaigns/$id/workplan" params={{ id: found.campaign.id }} dir="auto">
            {t("subject.inWorkplan", {
              title: isolate(assessment.title),
              campaign: isolate(pickText(found.campaign.title, i18n.language)),
            })}
          </AnchorLink>
        ) : (
          <Text span dir="auto">
            {assessment.title}
          </Text>
        )}
      </Text>
    );
  }
  return <Text size="sm">{t("subject.publication")}</Text>;
}

/** The charter's thresholds, in words. */
function Thresholds({ assessment }: { assessment: RiskAssessment }) {
  const { t } = useTranslation("risk");
  const format = useFormatters();
  const set = riskCategories.filter((c) => assessment.thresholds[c] !== undefined);
  if (set.length === 0) return <Text size="sm">{t("threshold.none")}</Text>;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t("threshold.title")}
      </Text>
      <List size="sm" spacing={2}>
        {set.map((c) => (
          <List.Item key={c}>
            {t("threshold.item", {
              category: t(`category.${c}.label`),
              score: format.number(assessment.thresholds[c] ?? 0),
            })}
            {assessment.overThreshold.includes(c) && ` ${t("threshold.exceeded")}`}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/**
 * A joint risk assessment: what is assessed, my organisations' own answers, the coalition's
 * heat map and threshold, the mitigations asked for and the register kept of them, who has
 * not answered (for the convening side) and who should front the action.
 */
export function RiskAssessmentPage() {
  const { t } = useTranslation(["risk", "coalitions"]);
  const { id } = useParams({ from: "/risk-assessments/$id" });
  const format = useFormatters();
  const time = useTimeFormat();
  const query = useRiskAssessment(id);
  const coalition = useCoalitionAccess(query.data?.coalitionId ?? "", !!query.data);
  useDocumentTitle(query.data ? t("page.documentTitle", { title: query.data.title }) : undefined);

  if (query.isError) return <CoalitionLoadFailure error={query.error} />;
  if (coalition.error) return <CoalitionLoadFailure error={coalition.error} />;
  if (query.isPending || !coalition.access) return <PageLoading />;
  const a = query.data;
  const access = coalition.access;
  const smallest = a.heatMap.smallestGroup;

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap="xs">
        <AnchorLink to="/coalitions/$id" params={{ id: a.coalitionId }} size="sm" w="fit-content">
          {t("coalitions:page.backTo", { name: isolate(access.coalition.name) })}
        </AnchorLink>
        <Text size="sm" c="gray.7" fw={600}>
          {t("page.kicker")}
        </Text>
        <Title order={1} fz={{ base: 24, sm: 32 }} dir="auto" style={{ overflowWrap: "anywhere" }}>
          {a.title}
        </Title>
        <SubjectLine assessment={a} />
        <Group gap={6} wrap="wrap">
          <Badge variant="outline" color="gray.7" tt="none" radius="sm">
            {t("page.answered", { count: a.answered, number: format.number(a.answered) })}
          </Badge>
          {a.decidedByProposalId && (
            <Badge variant="light" color="teal.9" tt="none" radius="sm">
              {t("page.decided")}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="gray.7">
          {t("page.opened", { date: time.absolute(a.createdAt) })}
        </Text>
        {a.decidedByProposalId && (
          <AnchorLink
            to="/proposals/$id"
            params={{ id: a.decidedByProposalId }}
            size="sm"
            w="fit-content"
          >
            {t("page.decidedBy")}
          </AnchorLink>
        )}
      </Stack>

      {a.needsDecision && (
        <Alert
          color="orange"
          variant="light"
          role="status"
          icon={<IconAlertTriangle size={20} aria-hidden />}
          title={t("decisionNeeded.title")}
          // Orange on its light tint is too faint for text: the words keep the body's colour.
          styles={{ title: { color: "var(--mantine-color-text)" } }}
        >
          <Text size="sm">
            {t("decisionNeeded.body", {
              categories: format.list(a.overThreshold.map((c) => t(`category.${c}.label`))),
            })}
          </Text>
        </Alert>
      )}

      <AnswerSection assessment={a} nameOf={access.nameOf} />

      <PageSection title={t("heat.title")} description={t("heat.intro", { smallest })}>
        <HeatMapTable heatMap={a.heatMap} />
        {a.overThreshold.length > 0 && (
          <Text size="sm" fw={600}>
            {t("threshold.over", {
              categories: format.list(a.overThreshold.map((c) => t(`category.${c}.label`))),
            })}
          </Text>
        )}
        <Thresholds assessment={a} />
      </PageSection>

      <PageSection title={t("needed.title")} description={t("needed.intro")}>
        {a.mitigationsNeeded === null ? (
          <Text size="sm">{t("needed.tooFew", { smallest })}</Text>
        ) : a.mitigationsNeeded.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("needed.none")}
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {a.mitigationsNeeded.map((m) => (
              <List.Item key={m}>
                <span dir="auto">{m}</span>
              </List.Item>
            ))}
          </List>
        )}
      </PageSection>

      <RegisterSection assessment={a} owners={access.activeMembers} />

      {a.missing && (
        <PageSection title={t("missing.title")} description={t("missing.intro")}>
          {a.missing.length === 0 ? (
            <Text size="sm">{t("missing.none")}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {a.missing.map((o) => (
                <List.Item key={o.organizationId}>
                  <span dir="auto">{o.name}</span>
                </List.Item>
              ))}
            </List>
          )}
        </PageSection>
      )}

      <FrontingSection assessment={a} proposeFor={access.proposeFor} />
    </Stack>
  );
}
