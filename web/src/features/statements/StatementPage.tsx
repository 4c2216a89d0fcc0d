import { Alert, Anchor, Group, Paper, Stack, Text } from "@mantine/core";
import { IconExternalLink, IconMessages, IconShieldHalf } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { pickText } from "../../../../shared/locales.ts";
import type { Statement } from "../../../../shared/statements/api.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { LoadFailure, PageLoading, SignInFirst } from "../../components/PageStates.tsx";
import { useMe } from "../../lib/hooks.ts";
import { isolate } from "../../lib/bidi.ts";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { StatementAnswerForm } from "./StatementAnswerForm.tsx";
import { StatementAnswersTable } from "./statement-answers-table.tsx";
import { useAnswerStatement, useStatement } from "./statement-data.ts";
import { StatementDraftPanel } from "./statement-draft.tsx";
import { OrgList, StatusBadge, VersionStamp, VersionText } from "./statement-parts.tsx";

/** Sign-on takes answers while open (and after publishing), until its deadline. */
function signOnOpen(statement: Statement) {
  const open = statement.status === "open" || statement.status === "published";
  const closes = statement.signOnClosesAt ? Date.parse(statement.signOnClosesAt) : Infinity;
  return open && closes > Date.now();
}

function AnswerSection({
  statement,
  nameOf,
}: {
  statement: Statement;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation("statements");
  const answer = useAnswerStatement(statement);
  const orgs = statement.permissions.answerFor;
  if (orgs.length === 0) return null;
  const open = signOnOpen(statement);
  return (
    <PageSection title={t("answer.title")} description={t("answer.intro")}>
      {!open ? (
        <Alert color="blue" role="status">
          {statement.status === "draft" ? t("answer.notYetOpen") : t("answer.closed")}
        </Alert>
      ) : (
        orgs.map((organizationId) => {
          const mine = statement.mine.find((m) => m.organizationId === organizationId);
          const name = mine?.name || nameOf(organizationId);
          const pendingHere =
            answer.isPending && answer.variables?.organizationId === organizationId;
          return (
            <StatementAnswerForm
              key={`${organizationId}-${statement.current.id}`}
              organization={{ organizationId, name }}
              mine={mine}
              versionNumber={statement.current.number}
              pending={pendingHere}
              error={answer.variables?.organizationId === organizationId ? answer.error : null}
              onSubmit={(given, declineReason) =>
                answer.mutate({
                  organizationId,
                  answer: given,
                  versionId: statement.current.id,
                  ...(declineReason ? { declineReason } : {}),
                })
              }
            />
          );
        })
      )}
    </PageSection>
  );
}

function Signatures({ statement }: { statement: Statement }) {
  const { t } = useTranslation("statements");
  return (
    <PageSection title={t("signatures.title")} description={t("signatures.intro")}>
      <OrgList orgs={statement.publicSigners} empty={t("signatures.none")} />
      {statement.privateSupporters !== null && (
        <Text size="sm">{t("signatures.private", { count: statement.privateSupporters })}</Text>
      )}
      <Text size="xs" c="gray.7">
        {statement.showPrivateCount ? t("signatures.countShown") : t("signatures.countHidden")}
      </Text>
    </PageSection>
  );
}

function StatementView({ statement }: { statement: Statement }) {
  const { t, i18n } = useTranslation(["statements", "coalitions"]);
  const format = useTimeFormat();
  const { access } = useCoalitionAccess(statement.coalitionId);
  const coalitionName = access?.coalition.name;
  useDocumentTitle(pickText(statement.current.title, i18n.language));
  const nameOf = access?.nameOf ?? (() => "");
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        {coalitionName && (
          <AnchorLink
            to="/coalitions/$id"
            params={{ id: statement.coalitionId }}
            size="sm"
            w="fit-content"
          >
            {t("coalitions:page.backTo", { name: isolate(coalitionName) })}
          </AnchorLink>
        )}
        <Text size="sm" fw={700} c="gray.7">
          {t("page.kicker")}
        </Text>
        <Group gap="xs" wrap="wrap">
          <StatusBadge status={statement.status} />
          {statement.signOnClosesAt && (
            <Text size="sm" c="gray.7">
              {t("page.deadline", { date: format.absolute(statement.signOnClosesAt) })}
            </Text>
          )}
          {statement.publishedAt && (
            <Text size="sm" c="gray.7">
              {t("list.publishedOn", { date: format.absolute(statement.publishedAt) })}
            </Text>
          )}
        </Group>
      </Stack>
      {statement.publicUrl && statement.status === "published" && (
        <Alert color="teal" role="status" title={t("page.publishedTitle")}>
          <Stack gap={4}>
            <Text size="sm">{t("page.publishedAt")}</Text>
            <Anchor
              href={statement.publicUrl}
              target="_blank"
              rel="noopener"
              size="sm"
              dir="ltr"
              style={{ overflowWrap: "anywhere" }}
            >
              {statement.publicUrl}
              <IconExternalLink
                size={14}
                aria-hidden
                style={{ marginInlineStart: 4, verticalAlign: "middle" }}
              />
            </Anchor>
          </Stack>
        </Alert>
      )}
      <Paper withBorder p={{ base: "sm", sm: "md" }} component="article">
        <Stack gap="md">
          <VersionText version={statement.current} headingOrder={1} />
          <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
            <VersionStamp version={statement.current} />
            <AnchorLink to="/statements/$id/versions" params={{ id: statement.id }} size="sm">
              {t("version.compareLink", { count: statement.versionCount })}
            </AnchorLink>
          </Group>
        </Stack>
      </Paper>
      <Group gap="lg" wrap="wrap">
        {statement.threadId && (
          <AnchorLink to="/threads/$id" params={{ id: statement.threadId }} size="sm">
            <IconMessages
              size={16}
              aria-hidden
              style={{ marginInlineEnd: 4, verticalAlign: "middle" }}
            />
            {t("page.discussion")}
          </AnchorLink>
        )}
        {statement.riskAssessmentId && (
          <AnchorLink
            to="/risk-assessments/$id"
            params={{ id: statement.riskAssessmentId }}
            size="sm"
          >
            <IconShieldHalf
              size={16}
              aria-hidden
              style={{ marginInlineEnd: 4, verticalAlign: "middle" }}
            />
            {t("page.risk")}
          </AnchorLink>
        )}
        {!statement.riskAssessmentId && statement.permissions.draft && (
          <AnchorLink
            to="/coalitions/$id/risk-assessments/new"
            params={{ id: statement.coalitionId }}
            search={{ subjectKind: "statement", subjectId: statement.id }}
            size="sm"
          >
            <IconShieldHalf
              size={16}
              aria-hidden
              style={{ marginInlineEnd: 4, verticalAlign: "middle" }}
            />
            {t("page.assessRisk")}
          </AnchorLink>
        )}
      </Group>
      <PageSection title={t("page.messengers")} description={t("page.messengersIntro")}>
        <OrgList orgs={statement.messengers} empty={t("page.noMessengers")} />
      </PageSection>
      <AnswerSection statement={statement} nameOf={nameOf} />
      <Signatures statement={statement} />
      {statement.permissions.readAnswers && statement.answers && (
        <StatementAnswersTable statement={statement} />
      )}
      {statement.permissions.draft && <StatementDraftPanel statement={statement} />}
    </Stack>
  );
}

/** A joint statement: its current text, who signs it, the reader's answers and the conveners' steps. */
export function StatementPage() {
  const { t } = useTranslation("statements");
  const { id } = useParams({ from: "/statements/$id" });
  const statement = useStatement(id);
  const me = useMe();
  if (statement.isPending || me.isPending) return <PageLoading />;
  if (statement.error && !me.data) return <SignInFirst message={t("page.signInFirst")} />;
  if (!statement.data) {
    return <LoadFailure error={statement.error} forbidden={t("page.forbidden")} />;
  }
  return <StatementView statement={statement.data} />;
}
