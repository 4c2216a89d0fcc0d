import { Alert, Group, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/Links.tsx";
import { LoadFailure, PageLoading, SignInFirst } from "../../components/PageStates.tsx";
import { useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useOrganization } from "./agreements-data.ts";
import { RecordLink, shortened } from "./agreements-parts.tsx";
import { AuditEntries } from "./audit-entries.tsx";
import { useOrganizationAudit, useRecordAudit } from "./audit-data.ts";

/** What the log is and why it can be trusted, above every audit view. */
function AuditExplanation() {
  const { t } = useTranslation("record-audit");
  return (
    <Alert color="blue" variant="light" title={t("explain.title")}>
      <Stack gap={4}>
        <Text size="sm">{t("explain.reads")}</Text>
        <Text size="sm">{t("explain.permanent")}</Text>
        <Text size="sm">
          {t("explain.checkpoint")} <code dir="ltr">npx common-ground audit verify</code>
        </Text>
      </Stack>
    </Alert>
  );
}

function OrganizationAudit({ id }: { id: string }) {
  const { t } = useTranslation("record-audit");
  const organization = useOrganization(id);
  const audit = useOrganizationAudit(id);
  const name = organization.data?.name;
  useDocumentTitle(name ? t("organization.title", { name }) : t("organization.titlePlain"));
  if (audit.isError && !audit.data)
    return <LoadFailure error={audit.error} forbidden={t("organization.forbidden")} />;
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        {name && (
          <AnchorLink to="/organizations/$id" params={{ id }} size="sm" w="fit-content">
            {t("backTo", { name: name })}
          </AnchorLink>
        )}
        <Title order={1} style={{ overflowWrap: "anywhere" }}>
          {name ? t("organization.title", { name: name }) : t("organization.titlePlain")}
        </Title>
        <Text c="gray.7">{t("organization.intro")}</Text>
        <Group gap="md" wrap="wrap">
          <AnchorLink to="/organizations/$id/grants" params={{ id }} size="sm">
            {t("organization.toGrants")}
          </AnchorLink>
        </Group>
      </Stack>
      <AuditExplanation />
      <AuditEntries query={audit} showRecord />
    </Stack>
  );
}

/** The audit of an organisation's records: every entry whose record it owns (its managers). */
export function OrganizationAuditPage() {
  const { t } = useTranslation("record-audit");
  const { id } = useParams({ from: "/organizations/$id/audit" });
  const me = useMe();
  if (me.isPending) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("signInFirst")} />;
  return <OrganizationAudit id={id} />;
}

function RecordAudit({ id }: { id: string }) {
  const { t } = useTranslation("record-audit");
  const audit = useRecordAudit(id);
  useDocumentTitle(t("record.title"));
  // The record itself is not fetched here: reading it would write one more entry to this log.
  if (audit.isError && !audit.data)
    return <LoadFailure error={audit.error} forbidden={t("record.forbidden")} />;
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <RecordLink id={id} size="sm" w="fit-content">
          {t("record.back")}
        </RecordLink>
        <Title order={1}>{t("record.title")}</Title>
        <Text c="gray.7">{t("record.intro", { id: shortened(id) })}</Text>
      </Stack>
      <AuditExplanation />
      <AuditEntries query={audit} showRecord={false} />
    </Stack>
  );
}

/** The audit of one record, for those the record lets read it. */
export function RecordAuditPage() {
  const { t } = useTranslation("record-audit");
  const { id } = useParams({ from: "/records/$id/audit" });
  const me = useMe();
  if (me.isPending) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("signInFirst")} />;
  return <RecordAudit id={id} />;
}
