import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Switch,
  Text,
  Textarea,
} from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Coalition } from "../../../../shared/coalitions.ts";
import { pickText } from "../../../../shared/locales.ts";
import { goneStatuses } from "../../../../shared/policy/standing.ts";
import { FormError } from "../../components/FormError.tsx";
import { notify } from "../../lib/notify.ts";
import { isolate } from "../../lib/bidi.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { wrapLabel } from "../../components/wrap-label.ts";
import { RoleBadge } from "./CoalitionMembersSection.tsx";
import { useApply, useMemberPatch, useMembershipStep } from "./membership-actions.ts";
import { NamedOutsideChoice, namedByDefault } from "./NamedOutsideChoice.tsx";
import { useRuleText } from "./rule-text.ts";

type MyMembership = Coalition["myMemberships"][number];

function MembershipRow({
  access,
  membership,
}: {
  access: CoalitionAccess;
  membership: MyMembership;
}) {
  const { t } = useTranslation("coalitions");
  const { coalition, can } = access;
  const step = useMembershipStep(coalition.id);
  const patch = useMemberPatch(coalition.id);
  const ruleText = useRuleText();
  const [leaving, setLeaving] = useState(false);
  const [named, setNamed] = useState(() => namedByDefault(coalition));
  const { organizationId, status, role } = membership;
  const name = isolate(access.nameOf(organizationId));
  const listed = coalition.members?.find((m) => m.organizationId === organizationId);
  const admission = coalition.charter.decisionRules.admission;
  const answers = can.answerFor.includes(organizationId);
  const leaves = can.leaveFor.includes(organizationId);
  // Naming is asked with the answer to an invitation; afterwards it is a switch.
  const renames = can.nameFor.includes(organizationId) && !answers && !!listed;
  const choosesRepresentatives = can.representativesFor.includes(organizationId) && can.readInside;
  const actsForIt = answers || leaves || renames || choosesRepresentatives;

  const run = (action: "accept" | "decline" | "leave") =>
    step.mutate(
      { organizationId, action, ...(action === "accept" ? { namedPublicly: named } : {}) },
      {
        onSuccess: () => {
          setLeaving(false);
          notify({ color: "teal", message: t(`mine.done.${action}`, { name }) });
        },
      },
    );
  const refusals = { conflict: t("refusals.lastConvener"), forbidden: t("refusals.notManager") };

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group gap={6} wrap="wrap">
          <Text fw={700} style={{ overflowWrap: "anywhere" }}>
            {access.nameOf(organizationId)}
          </Text>
          <RoleBadge role={role} />
        </Group>
        <Text size="sm">{t(`mine.status.${status}`, { role: t(`roleInSentence.${role}`) })}</Text>
        {status === "applied" && (
          <Text size="sm">
            {admission.method === "convener"
              ? t("mine.appliedConvener")
              : t("mine.appliedDecision", { rule: ruleText(admission) })}
          </Text>
        )}
        {status === "suspended" && <Text size="sm">{t("mine.suspendedHint")}</Text>}
        {!actsForIt && status !== "suspended" && (
          <Text size="sm" c="dimmed">
            {t("mine.askManager", { name })}
          </Text>
        )}
        {answers && (
          <>
            <NamedOutsideChoice
              name={access.nameOf(organizationId)}
              value={named}
              onChange={setNamed}
              disabled={step.isPending}
            />
            <Group gap="sm">
              <Button onClick={() => run("accept")} loading={step.isPending}>
                {t("mine.accept")}
              </Button>
              <Button variant="default" onClick={() => run("decline")} disabled={step.isPending}>
                {t("mine.decline")}
              </Button>
            </Group>
          </>
        )}
        {renames && listed && (
          <Switch
            label={t("mine.namedPublicly")}
            description={t("mine.namedPubliclyHint")}
            checked={listed.namedPublicly}
            disabled={patch.isPending}
            onChange={(event) =>
              patch.mutate({ organizationId, namedPublicly: event.currentTarget.checked })
            }
          />
        )}
        <RefusalAlert error={step.error ?? patch.error} refusals={refusals} />
        {(leaves || choosesRepresentatives) && (
          <Group gap="sm">
            {choosesRepresentatives && (
              <AnchorLink to="/coalitions/$id/members" params={{ id: coalition.id }} size="sm">
                {t("mine.representatives")}
              </AnchorLink>
            )}
            {leaves && (
              <Button
                variant="outline"
                color="red"
                size="xs"
                onClick={() => {
                  step.reset();
                  setLeaving(true);
                }}
              >
                {status === "applied" ? t("mine.withdraw") : t("mine.leave")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={leaving}
        onClose={() => setLeaving(false)}
        title={status === "applied" ? t("mine.withdrawTitle") : t("mine.leaveTitle")}
        confirmLabel={status === "applied" ? t("mine.withdraw") : t("mine.leave")}
        onConfirm={() => run("leave")}
        pending={step.isPending}
        error={step.error}
        refusals={refusals}
      >
        {status === "applied"
          ? t("mine.withdrawBody", { name })
          : t("mine.leaveBody", { name, coalition: isolate(coalition.name) })}
      </ConfirmModal>
    </Paper>
  );
}

function ApplyForm({ access }: { access: CoalitionAccess }) {
  const { t, i18n } = useTranslation("coalitions");
  const { coalition } = access;
  const apply = useApply(coalition.id);
  const ruleText = useRuleText();
  const [organizationId, setOrganizationId] = useState(access.applyFor[0]?.organizationId ?? "");
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [namedPublicly, setNamedPublicly] = useState(() => namedByDefault(coalition));
  const [tried, setTried] = useState(false);
  const questions = coalition.charter.applicationQuestions;
  const admission = coalition.charter.decisionRules.admission;
  const missing = questions.filter((q) => !answers[q.key]?.trim());

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (missing.length) {
      document.getElementById(`answer-${missing[0]?.key}`)?.focus();
      return;
    }
    const trimmed = Object.fromEntries(
      questions.map((q) => [q.key, (answers[q.key] ?? "").trim()]),
    );
    apply.mutate(
      { organizationId, answers: trimmed, namedPublicly },
      { onSuccess: () => notify({ color: "teal", message: t("apply.sent") }) },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {admission.method === "convener"
            ? t("apply.byConvener")
            : t("apply.byDecision", { rule: ruleText(admission) })}
        </Text>
        <NativeSelect
          label={t("apply.organization")}
          data={access.applyFor.map((o) => ({ value: o.organizationId, label: o.name }))}
          value={organizationId}
          onChange={(event) => setOrganizationId(event.currentTarget.value)}
        />
        {questions.map((q) => (
          <Textarea
            key={q.key}
            id={`answer-${q.key}`}
            dir="auto"
            label={pickText(q.text, i18n.language)}
            required
            autosize
            minRows={2}
            maxLength={4000}
            value={answers[q.key] ?? ""}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setAnswers((all) => ({ ...all, [q.key]: value }));
            }}
            error={tried && !answers[q.key]?.trim() ? t("apply.needsAnswer") : undefined}
          />
        ))}
        <NamedOutsideChoice
          name={access.nameOf(organizationId)}
          value={namedPublicly}
          onChange={setNamedPublicly}
        />
        <FormError error={apply.error} />
        <Group>
          <Button type="submit" loading={apply.isPending}>
            {t("apply.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What my organisations are to this coalition, and the steps open to them. */
export function CoalitionMembershipSection({
  access,
  signedIn,
}: {
  access: CoalitionAccess;
  signedIn: boolean;
}) {
  const { t } = useTranslation("coalitions");
  const current = access.coalition.myMemberships.filter((m) => !goneStatuses.includes(m.status));
  const pendingOrInside = current.length > 0;
  const [applying, setApplying] = useState(false);
  if (!signedIn) {
    return (
      <PageSection title={t("mine.title")}>
        <Text size="sm">{t("mine.signIn")}</Text>
        <AnchorLink to="/sign-in" size="sm" w="fit-content">
          {t("common:nav.signIn")}
        </AnchorLink>
      </PageSection>
    );
  }
  return (
    <PageSection title={t("mine.title")}>
      {current.map((m) => (
        <MembershipRow key={m.organizationId} access={access} membership={m} />
      ))}
      {access.applyFor.length > 0 ? (
        pendingOrInside && !applying ? (
          <Button variant="subtle" w="fit-content" {...wrapLabel} onClick={() => setApplying(true)}>
            {t("apply.another")}
          </Button>
        ) : (
          <ApplyForm access={access} />
        )
      ) : (
        !pendingOrInside && (
          <Alert color="gray" variant="outline">
            {t("apply.noneToApply")}
          </Alert>
        )
      )}
    </PageSection>
  );
}
