import { Alert, Anchor, Badge, Stack } from "@mantine/core";
import { IconEye, IconPencil } from "@tabler/icons-react";
import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { RecordView } from "../../../../shared/records/api.ts";
import { NotFoundPage } from "../../components/NotFoundPage.tsx";
import { PageLoading, PageMessage } from "../../components/PageStates.tsx";
import { ApiError } from "../../lib/api.ts";
import { useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useDeleteRecord, useForgetRecord, useRecord } from "./record-data.ts";
import { useRecordLabels } from "./record-labels.ts";
import { RecordConsent } from "./record-view-consent.tsx";
import { RecordFields, countryName } from "./record-view-fields.tsx";
import { RecordFiles } from "./record-view-files.tsx";
import { RecordActions, RecordHeading } from "./record-view-header.tsx";
import { PathButton } from "./record-view-links.tsx";
import { RecordReaders } from "./record-view-readers.tsx";
import { RecordSharing } from "./record-view-sharing.tsx";

const classificationColor = { public: "teal", coalition: "indigo", restricted: "red" };

/**
 * What names the record in its heading: a document's title, a case's code, or the date and
 * country of an incident or a trend, as far as the viewer sees them.
 */
function useHeading(record: RecordView): string {
  const labels = useRecordLabels();
  const time = useTimeFormat();
  const { i18n } = useTranslation();
  const f = record.fields;
  const text = (key: string) => (typeof f[key] === "string" ? (f[key] as string) : undefined);
  const day = (key: string) => (text(key) ? time.date(text(key) as string) : undefined);
  const country = text("country")
    ? countryName(text("country") as string, i18n.language)
    : undefined;
  const parts =
    record.kind === "document"
      ? [text("title")]
      : record.kind === "case"
        ? [text("caseCode")]
        : record.kind === "trend"
          ? [
              day("periodFrom") && day("periodTo")
                ? `${day("periodFrom")} – ${day("periodTo")}`
                : day("periodFrom"),
              country,
            ]
          : [day("occurredOn"), country];
  const shown = parts.filter((p): p is string => !!p);
  return shown.length ? shown.join(" · ") : labels.kind(record.kind);
}

function RecordHeader({ record, heading }: { record: RecordView; heading: string }) {
  const { t } = useTranslation("record");
  const labels = useRecordLabels();
  const time = useTimeFormat();
  const remove = useDeleteRecord(record);
  const forget = useForgetRecord();
  const { may } = record;
  return (
    <RecordHeading
      kicker={t("page.kicker", { kind: labels.kind(record.kind) })}
      heading={heading}
      ownerLabel={t("page.owner")}
      ownerId={record.ownerOrganizationId}
      ownerName={record.ownerName}
      classification={
        <Badge
          variant="outline"
          color={classificationColor[record.classification]}
          tt="none"
          radius="sm"
        >
          {t("page.classification", {
            classification: labels.classification(record.classification),
          })}
        </Badge>
      }
      version={t("page.version", { version: record.version })}
      changed={
        record.version > 1 || record.updatedAt !== record.createdAt
          ? t("page.changed", {
              created: time.absolute(record.createdAt),
              changed: time.absolute(record.updatedAt),
            })
          : t("page.created", { created: time.absolute(record.createdAt) })
      }
      muted="gray"
    >
      {record.sight === "fields" && (
        <Alert
          color="blue"
          variant="light"
          role="note"
          icon={<IconEye size={20} aria-hidden />}
          title={t("page.underAgreementTitle")}
          styles={{ title: { color: "var(--mantine-color-text)" } }}
        >
          {t("page.underAgreement", { owner: record.ownerName })}
        </Alert>
      )}
      <RecordActions
        recordId={record.id}
        edit={
          may.edit && (
            <PathButton
              href={`/records/${record.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t("actions.edit")}
            </PathButton>
          )
        }
        mayAudit={may.audit}
        mayDelete={may.delete}
        remove={remove}
        listHref="/records"
        forget={forget}
        deleteBody={t("delete.body")}
      />
    </RecordHeading>
  );
}

function RecordPage({ record }: { record: RecordView }) {
  const heading = useHeading(record);
  const labels = useRecordLabels();
  useDocumentTitle(`${labels.kind(record.kind)}: ${heading}`);
  return (
    <Stack gap="lg" maw={960}>
      <RecordHeader record={record} heading={heading} />
      <RecordFields record={record} />
      {record.may.files && <RecordFiles record={record} />}
      {record.consents && <RecordConsent record={record} />}
      {record.sharing && <RecordReaders record={record} sharing={record.sharing} />}
      {record.may.share && <RecordSharing record={record} />}
    </Stack>
  );
}

/**
 * A record, as far as the viewer may read it. A record they may not read is not found, exactly
 * like an unknown address: the API answers both with 404, and so does this page.
 */
export function RecordViewPage() {
  const { t } = useTranslation("record");
  const { id } = useParams({ from: "/records/$id" });
  const record = useRecord(id);
  const me = useMe();
  if (record.isPending || me.isPending) return <PageLoading />;
  if (record.data) return <RecordPage record={record.data} />;
  const status = record.error instanceof ApiError ? record.error.status : 0;
  if (status === 404 || status === 400) {
    if (me.data) return <NotFoundPage />;
    return (
      <PageMessage
        title={t("common:notFound.title")}
        color="blue"
        action={
          <Anchor component={Link} to="/sign-in">
            {t("common:nav.signIn")}
          </Anchor>
        }
      >
        {t("page.signInToSee")}
      </PageMessage>
    );
  }
  return <PageMessage title={t("common:errors.title")}>{t("common:errors.generic")}</PageMessage>;
}
