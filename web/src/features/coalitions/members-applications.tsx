import { Button, DataList, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Coalition, CoalitionMember } from "../../../../shared/coalitions.ts";
import { pickText } from "../../../../shared/locales.ts";
import { notify } from "../../lib/notify.ts";
import { isolate } from "../../lib/bidi.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import classes from "../../components/Cards.module.css";
import { OrganizationName } from "./CharterView.tsx";
import { useCoalitionProposals } from "../../lib/coalition-data.ts";
import { useMembershipStep } from "./membership-actions.ts";
import { useRuleText } from "./rule-text.ts";
import { useTimeFormat } from "../../lib/time.ts";

/** The application's answers; the API sends them to the convener side only. */
function answersOf(member: CoalitionMember): Record<string, string> {
  return member.answers ?? {};
}

function Application({ coalition, member }: { coalition: Coalition; member: CoalitionMember }) {
  const { t, i18n } = useTranslation("coalitions");
  const step = useMembershipStep(coalition.id);
  const format = useTimeFormat();
  const answers = answersOf(member);
  const questions = coalition.charter.applicationQuestions;
  const organizationId = member.organizationId ?? "";
  const name = isolate(member.name ?? "");
  const decide = (action: "admit" | "reject") =>
    step.mutate(
      { organizationId, action },
      {
        onSuccess: () =>
          notify({ color: "teal", message: t(`applications.done.${action}`, { name }) }),
      },
    );
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600} style={{ overflowWrap: "anywhere" }}>
          <OrganizationName id={organizationId} known={member.name} />
        </Text>
        <Text size="xs" c="gray.7">
          {t("applications.since", { date: format.absolute(member.since) })}
        </Text>
        {questions.length > 0 && Object.keys(answers).length === 0 && (
          <Text size="sm" c="dimmed">
            {t("applications.answersNotShown")}
          </Text>
        )}
        {questions.length > 0 && Object.keys(answers).length > 0 && (
          <DataList gap="xs" orientation="vertical">
            {questions.map((q) => (
              <DataList.Item key={q.key}>
                <DataList.ItemLabel>{pickText(q.text, i18n.language)}</DataList.ItemLabel>
                <DataList.ItemValue>
                  <Text size="sm" dir="auto" style={{ whiteSpace: "pre-line" }}>
                    {answers[q.key] ?? t("applications.noAnswer")}
                  </Text>
                </DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
        )}
        <RefusalAlert
          error={step.error}
          refusals={{
            conflict: t("refusals.admissionByDecision"),
            forbidden: t("refusals.notConvener"),
          }}
        />
        {member.permissions.steps.some((s) => s === "admit" || s === "reject") ? (
          <Group gap="sm">
            {member.permissions.steps.includes("admit") && (
              <Button
                size="sm"
                onClick={() => decide("admit")}
                loading={step.isPending && step.variables?.action === "admit"}
                disabled={step.isPending}
                aria-label={t("applications.admitNamed", { name: member.name ?? "" })}
              >
                {t("applications.admit")}
              </Button>
            )}
            {member.permissions.steps.includes("reject") && (
              <Button
                size="sm"
                variant="outline"
                color="red"
                onClick={() => decide("reject")}
                loading={step.isPending && step.variables?.action === "reject"}
                disabled={step.isPending}
                aria-label={t("applications.rejectNamed", { name: member.name ?? "" })}
              >
                {t("applications.reject")}
              </Button>
            )}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Pending applications with their answers; the convener admits or rejects where the charter lets them. */
export function ApplicationList({ coalition }: { coalition: Coalition }) {
  const { t } = useTranslation("coalitions");
  const ruleText = useRuleText();
  const applied = (coalition.members ?? []).filter((m) => m.status === "applied");
  const admission = coalition.charter.decisionRules.admission;
  const byDecision = admission.method !== "convener";
  const proposals = useCoalitionProposals(coalition.id, byDecision);
  const admissions = (proposals.data?.items ?? []).filter(
    (p) => p.subject === "admission" && p.status === "open",
  );
  return (
    <Stack gap="sm">
      {byDecision && (
        <Text size="sm">{t("applications.byDecision", { rule: ruleText(admission) })}</Text>
      )}
      {admissions.length > 0 && (
        <Stack component="ul" gap={4} className={classes.list}>
          {admissions.map((p) => (
            <li key={p.id}>
              <AnchorLink to="/proposals/$id" params={{ id: p.id }} size="sm">
                {p.title}
              </AnchorLink>
            </li>
          ))}
        </Stack>
      )}
      {applied.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("applications.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className={classes.list}>
          {applied.map((m) => (
            <Application key={m.organizationId ?? m.since} coalition={coalition} member={m} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
