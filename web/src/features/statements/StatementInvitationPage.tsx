import { Alert, Button, Paper, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../../../shared/locales.ts";
import { PageLoading, PageMessage } from "../../components/PageStates.tsx";
import { ApiError } from "../../lib/api.ts";
import { useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { rememberReturnTo } from "../../lib/return-to.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { StatementAnswerForm } from "./StatementAnswerForm.tsx";
import { type Invited, useAnswerInvitation, useInvitedStatement } from "./statement-data.ts";
import { StatusBadge, VersionStamp, VersionText } from "./statement-parts.tsx";

function InvitedView({ token, statement }: { token: string; statement: Invited }) {
  const { t, i18n } = useTranslation("statements");
  const format = useTimeFormat();
  const answer = useAnswerInvitation(token);
  useDocumentTitle(pickText(statement.current.title, i18n.language));
  const closes = statement.signOnClosesAt ? Date.parse(statement.signOnClosesAt) : Infinity;
  const open =
    (statement.status === "open" || statement.status === "published") && closes > Date.now();
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <Text size="sm" fw={700} c="gray.7">
          {t("invitation.kicker")}
        </Text>
        <Text size="sm">{t("invitation.intro")}</Text>
        <StatusBadge status={statement.status} />
        {statement.signOnClosesAt && (
          <Text size="sm" c="gray.7">
            {t("page.deadline", { date: format.absolute(statement.signOnClosesAt) })}
          </Text>
        )}
      </Stack>
      <Paper withBorder p={{ base: "sm", sm: "md" }} component="article">
        <Stack gap="md">
          <VersionText version={statement.current} headingOrder={1} />
          <VersionStamp version={statement.current} />
        </Stack>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="invitation-answer">
        <Title order={2} size="h3" id="invitation-answer">
          {t("answer.title")}
        </Title>
        <Text size="sm" c="gray.7">
          {t("invitation.answerIntro")}
        </Text>
        {!open ? (
          <Alert color="blue" role="status">
            {t("answer.closed")}
          </Alert>
        ) : statement.answerFor.length === 0 ? (
          <Alert color="blue" role="status" title={t("invitation.noOrganizationTitle")}>
            {t("invitation.noOrganization")}
          </Alert>
        ) : (
          statement.answerFor.map((org) => (
            <StatementAnswerForm
              key={`${org.organizationId}-${statement.current.id}`}
              organization={org}
              mine={statement.mine.find((m) => m.organizationId === org.organizationId)}
              versionNumber={statement.current.number}
              pending={answer.isPending && answer.variables?.organizationId === org.organizationId}
              error={answer.variables?.organizationId === org.organizationId ? answer.error : null}
              onSubmit={(given, declineReason) =>
                answer.mutate({
                  organizationId: org.organizationId,
                  answer: given,
                  versionId: statement.current.id,
                  ...(declineReason ? { declineReason } : {}),
                })
              }
            />
          ))
        )}
      </Stack>
    </Stack>
  );
}

/** A statement an organisation outside the coalition is invited to sign on to. */
export function StatementInvitationPage() {
  const { t } = useTranslation("statements");
  const { token } = useParams({ from: "/statements/invitation/$token" });
  const me = useMe();
  const signedIn = !!me.data;
  const statement = useInvitedStatement(token, signedIn);
  useEffect(() => {
    if (!me.isPending && !me.data) rememberReturnTo(`/statements/invitation/${token}`);
  }, [me.isPending, me.data, token]);

  if (me.isPending) return <PageLoading />;
  if (!signedIn) {
    return (
      <PageMessage
        title={t("invitation.kicker")}
        color="blue"
        action={
          <Button component={Link} to="/sign-in" w="fit-content">
            {t("common:nav.signIn")}
          </Button>
        }
      >
        {t("invitation.signInFirst")}
      </PageMessage>
    );
  }
  if (statement.isPending) return <PageLoading />;
  if (!statement.data) {
    const invalid =
      statement.error instanceof ApiError && [400, 404].includes(statement.error.status);
    return (
      <PageMessage title={t("invitation.invalidTitle")}>
        {invalid ? t("invitation.invalid") : t("common:errors.generic")}
      </PageMessage>
    );
  }
  return <InvitedView token={token} statement={statement.data} />;
}
