import { Alert, Badge, List, Stack, Text } from "@mantine/core";
import { IconPencil, IconShieldLock } from "@tabler/icons-react";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { ConfidentialRecordView } from "../../../../shared/records/confidential-api.ts";
import { ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage } from "../../components/PageStates.tsx";
import { ApiError } from "../../lib/api.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useRecordLabels } from "../records/record-labels.ts";
import { RecordFields } from "../records/record-view-fields.tsx";
import { RecordActions, RecordHeading } from "../records/record-view-header.tsx";
import { useRecordHeadline } from "../records/records-summary.tsx";
import { ConfidentialConsent } from "./confidential-consent.tsx";
import {
  useConfidentialRecord,
  useDeleteConfidential,
  useForgetConfidential,
  useOpened,
} from "./confidential-data.ts";
import { ConfidentialFiles } from "./confidential-files.tsx";
import type { OpenedRecord } from "./confidential-open.ts";
import { KeyChanges, OpenedHere, UnlockedOnly, useFailText } from "./confidential-parts.tsx";
import { ConfidentialSharing } from "./confidential-sharing.tsx";
import type { KeySession } from "./key-session.ts";

/** For a partner: the signed terms each share came under, checked before anything is shown. */
function Statements({ record }: { record: OpenedRecord }) {
  const { t } = useTranslation("confidential");
  const labels = useRecordLabels();
  const time = useTimeFormat();
  return (
    <Alert
      color="blue"
      variant="light"
      role="note"
      icon={<IconShieldLock size={20} aria-hidden />}
      title={t("view.sharedTitle", { owner: record.ownerName })}
      styles={{ title: { color: "var(--mantine-color-text)" } }}
    >
      <List size="sm" spacing={4}>
        {record.statements.map((s) => (
          <List.Item key={s.grantId}>
            <Text size="sm" dir="auto" span>
              {t("view.purpose", { purpose: s.purpose })}
            </Text>{" "}
            {s.expiresAt
              ? t("view.until", { date: time.absolute(s.expiresAt) })
              : t("view.untilRevoked")}{" "}
            {labels.onwardRule(s.onwardRule)}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function Opened({
  view,
  record,
  session,
}: {
  view: ConfidentialRecordView;
  record: OpenedRecord;
  session: KeySession;
}) {
  const { t } = useTranslation("confidential");
  const { t: tr } = useTranslation("record");
  const labels = useRecordLabels();
  const time = useTimeFormat();
  const remove = useDeleteConfidential(view.id);
  const forget = useForgetConfidential();
  const editable = view.may.edit && view.sight === "full";
  const headline = useRecordHeadline()(record);
  const heading = headline.length ? headline.join(" · ") : labels.kind(record.kind);
  useDocumentTitle(`${labels.kind(record.kind)}: ${heading}`);
  return (
    <Stack gap="lg" maw={960}>
      <RecordHeading
        kicker={t("view.kicker", { kind: labels.kind(record.kind) })}
        heading={heading}
        ownerLabel={t("view.owner")}
        ownerId={record.ownerOrganizationId}
        ownerName={record.ownerName}
        classification={
          <Badge
            variant="light"
            color="grape"
            tt="none"
            radius="sm"
            leftSection={<IconShieldLock size={14} aria-hidden />}
          >
            {labels.classification("confidential")}
          </Badge>
        }
        version={t("view.version", { version: record.version })}
        changed={t("view.changed", { date: time.absolute(record.updatedAt) })}
        muted="gray.7"
      >
        <OpenedHere>{t("view.openedHere")}</OpenedHere>
        {record.sight === "shared" && <Statements record={record} />}
        <RecordActions
          recordId={view.id}
          edit={
            editable && (
              <ButtonLink
                to="/confidential/$id/edit"
                params={{ id: view.id }}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
              >
                {tr("actions.edit")}
              </ButtonLink>
            )
          }
          mayAudit={view.may.audit}
          mayDelete={view.may.delete}
          remove={remove}
          listHref="/confidential"
          forget={forget}
          deleteBody={`${tr("delete.body")} ${t("view.deleteShares")}`}
        />
      </RecordHeading>
      <RecordFields
        record={{
          kind: record.kind,
          fields: record.fields,
          sight: record.sight === "shared" ? "fields" : "full",
        }}
      />
      {view.may.files && (
        <ConfidentialFiles record={record} session={session} mayAttach={editable} />
      )}
      {view.consents && <ConfidentialConsent record={view} />}
      {view.may.share && view.sight === "full" && (
        <ConfidentialSharing record={record} session={session} />
      )}
    </Stack>
  );
}

function Record({ session, id }: { session: KeySession; id: string }) {
  const { t } = useTranslation("confidential");
  const view = useConfidentialRecord(id);
  const opened = useOpened(session, view.data, view.dataUpdatedAt);
  const failText = useFailText();
  if (view.isPending || (view.data && opened.isPending)) return <PageLoading />;
  if (view.error || !view.data) {
    const status = view.error instanceof ApiError ? view.error.status : 0;
    return (
      <PageMessage
        title={
          status === 404 || status === 400 ? t("view.notFoundTitle") : t("common:errors.title")
        }
        color={status === 404 ? "blue" : "red"}
        action={
          <ButtonLink to="/confidential" variant="default" w="fit-content">
            {t("view.back")}
          </ButtonLink>
        }
      >
        {status === 404 || status === 400 ? t("view.notFound") : t("common:errors.generic")}
      </PageMessage>
    );
  }
  const result = opened.data;
  if (!result || result.status === "failed")
    return (
      <Stack maw={640} gap="md">
        <PageMessage title={t("view.failedTitle")}>
          {result ? failText(result.reason) : t("fail.tampered")}
        </PageMessage>
        {result?.change && (
          <KeyChanges changes={[result.change]} onAccepted={() => void opened.refetch()} />
        )}
        <ButtonLink to="/confidential" variant="default" w="fit-content">
          {t("view.back")}
        </ButtonLink>
      </Stack>
    );
  return <Opened view={view.data} record={result} session={session} />;
}

/**
 * One confidential record, opened in this browser: its fields in the reader's language, its
 * files decrypted on request, its consent and, for the owner's managers, its sharing.
 */
export function ConfidentialViewPage() {
  const { t } = useTranslation("confidential");
  const { id } = useParams({ from: "/confidential/$id" });
  return (
    <UnlockedOnly title={t("view.lockedTitle")}>
      {(session) => <Record session={session} id={id} />}
    </UnlockedOnly>
  );
}
