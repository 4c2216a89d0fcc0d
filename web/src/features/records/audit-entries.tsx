import { Badge, Button, Code, CopyButton, Group, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { GrantFilter } from "../../../../shared/records/terms.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading } from "../../components/PageStates.tsx";
import { FormError } from "../../components/FormError.tsx";
import { useTimeFormat } from "../../lib/time.ts";
import { useAgreements } from "./agreements-data.ts";
import { useFilterWords } from "./agreements-grants.tsx";
import { RecordLink, shortened } from "./agreements-parts.tsx";
import classes from "./Agreements.module.css";
import { type AuditEntryView, type AuditQueryResult, useOrganizationNames } from "./audit-data.ts";
import { useRecordLabels } from "./record-labels.ts";

/** The actions the server writes (server/modules/records and its agreements and files). */
const knownActions = [
  "auth.sign_in",
  "record.create",
  "record.read",
  "record.list",
  "record.export",
  "record.update",
  "record.share",
  "record.delete",
  "record.consent",
  "grant.create",
  "grant.override",
  "grant.revoke",
  "grant.end",
  "agreement.propose",
  "agreement.amend",
  "agreement.accept",
  "agreement.end",
  "file.add",
  "file.read",
] as const;
type KnownAction = (typeof knownActions)[number];
const isKnown = (action: string): action is KnownAction =>
  (knownActions as readonly string[]).includes(action);

/** Actions that are someone seeing a record, marked so that a reader scanning for reads finds them. */
const readActions = new Set(["record.read", "record.list", "record.export", "file.read"]);

const text = (value: unknown) => (typeof value === "string" ? value : undefined);
const strings = (value: unknown) =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;
const number = (value: unknown) => (typeof value === "number" ? value : undefined);

/** The entry's place in the chain: its hash shortened, the whole of it a click away. */
function EntryHash({ entry }: { entry: AuditEntryView }) {
  const { t } = useTranslation("record-audit");
  return (
    <details>
      <summary>
        <Text span size="xs" c="gray.7">
          {t("hash.summary", { seq: entry.seq })}{" "}
        </Text>
        <Code>{entry.hash.slice(0, 12)}…</Code>
      </summary>
      <Stack gap={4} mt={4}>
        <Code className={classes.hash} dir="ltr">
          {entry.hash}
        </Code>
        <CopyButton value={entry.hash}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="subtle" onClick={copy} w="fit-content">
              {copied ? t("hash.copied") : t("hash.copy")}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </details>
  );
}

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm" style={{ overflowWrap: "anywhere" }}>
      <Text span fw={700} size="sm">
        {label}
      </Text>{" "}
      {children}
    </Text>
  );
}

function Entry({
  entry,
  showRecord,
  orgName,
  agreementTitle,
}: {
  entry: AuditEntryView;
  showRecord: boolean;
  orgName: (id: string | undefined) => string;
  agreementTitle: (id: string) => string | undefined;
}) {
  const { t } = useTranslation(["record-audit", "agreements"]);
  const labels = useRecordLabels();
  const format = useTimeFormat();
  const describeFilter = useFilterWords();
  const d = entry.details;
  const to = orgName(text(d.to));
  const version = number(d.version);
  const isFilterGrant = entry.subjectKind === "grant";

  const what = !isKnown(entry.action)
    ? entry.action
    : entry.action === "grant.create" && isFilterGrant
      ? t("action.grantFilter", { to: to })
      : entry.action === "record.consent"
        ? t("action.record.consent", {
            use: labels.consentUse(text(d.use) ?? ""),
            state: labels.consentState(text(d.state) ?? ""),
          })
        : entry.action === "grant.override"
          ? t("action.grant.override", { consent: labels.consentUse(text(d.consent) ?? "") })
          : t(`action.${entry.action}`, { to: to, version: version ?? "" });

  const who = entry.actorName
    ? entry.actorOrganizationName
      ? t("who.personFor", {
          name: entry.actorName,
          organization: entry.actorOrganizationName,
        })
      : entry.actorName
    : entry.actorOrganizationName
      ? t("who.organization", { organization: entry.actorOrganizationName })
      : t("who.automatic");

  const agreementId = entry.subjectKind === "agreement" ? entry.subjectId : text(d.agreement);
  const fields = strings(d.fields);
  const changed = strings(d.changed);
  const reason = text(d.reason);
  const filter = d.filter && typeof d.filter === "object" ? (d.filter as GrantFilter) : null;
  const sha256 = text(d.sha256);
  const kind = text(d.kind);

  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <Text size="sm" fw={700} style={{ overflowWrap: "anywhere" }}>
            {what}
          </Text>
          {readActions.has(entry.action) && (
            <Badge variant="outline" tt="none" color="blue.8" style={{ whiteSpace: "normal" }}>
              {t("sight")}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="gray.7">
          <time dateTime={entry.at}>{format.absolute(entry.at)}</time>
        </Text>
        <Line label={t("label.who")}>{who}</Line>
        {showRecord && entry.subjectKind === "record" && entry.subjectId && (
          <Line label={t("label.record")}>
            <RecordLink id={entry.subjectId}>
              {kind
                ? t("recordOfKind", { kind: labels.kind(kind), id: shortened(entry.subjectId) })
                : t("recordId", { id: shortened(entry.subjectId) })}
            </RecordLink>
          </Line>
        )}
        {agreementId && (
          <Line label={t("label.agreement")}>
            <AnchorLink to="/agreements/$id" params={{ id: agreementId }} dir="auto">
              {agreementTitle(agreementId) ?? t("anAgreement")}
            </AnchorLink>
            {version !== undefined && entry.subjectKind !== "agreement" && (
              <> {t("agreements:grants.underVersion", { n: version })}</>
            )}
          </Line>
        )}
        {fields && (
          <Line
            label={
              entry.action === "grant.create" ? t("label.fieldsAllowed") : t("label.fieldsSeen")
            }
          >
            {fields.length
              ? fields.map((f) => labels.field(f)).join(t("agreements:filter.separator"))
              : t("noFields")}
          </Line>
        )}
        {filter && <Line label={t("label.filter")}>{describeFilter(filter)}</Line>}
        {changed && changed.length > 0 && (
          <Line label={t("label.changed")}>
            {changed
              .map((c) =>
                c === "content" && version !== undefined
                  ? t("changed.content", { version })
                  : t(`changed.${c}`, { defaultValue: c }),
              )
              .join(t("agreements:filter.separator"))}
          </Line>
        )}
        {reason && entry.action === "grant.override" && (
          <Line label={t("label.reason")}>
            <Text span size="sm" dir="auto">
              {reason}
            </Text>
          </Line>
        )}
        {reason && entry.action === "grant.end" && (
          <Line label={t("label.why")}>
            {t(`agreements:endReason.${reason}`, { defaultValue: reason })}
          </Line>
        )}
        {sha256 && (
          <Line label={t("label.file")}>
            <Code dir="ltr">{sha256.slice(0, 16)}…</Code>
          </Line>
        )}
        <EntryHash entry={entry} />
      </Stack>
    </Paper>
  );
}

/**
 * A page of the audit log, newest first, with older entries on demand. Used for an
 * organisation's records and for one record (where each entry's record goes without saying).
 */
export function AuditEntries({
  query,
  showRecord,
}: {
  query: AuditQueryResult;
  showRecord: boolean;
}) {
  const { t } = useTranslation("record-audit");
  const entries = query.data?.pages.flatMap((p) => p.entries) ?? [];
  const names = useOrganizationNames(
    entries.flatMap((e) => (typeof e.details.to === "string" ? [e.details.to] : [])),
  );
  const agreements = useAgreements();
  const titles = new Map((agreements.data?.items ?? []).map((a) => [a.id, a.terms.title]));
  if (query.isPending) return <PageLoading />;
  // The pages show a refused first load as the page itself; only a later failure lands here.
  if (query.isError && !query.data) return <FormError error={query.error} />;
  if (!entries.length) return <Text>{t("empty")}</Text>;
  const orgName = (id: string | undefined) => (id && names.get(id)) || t("anotherOrganization");
  return (
    <Stack gap="sm">
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
        {entries.map((entry) => (
          <Entry
            key={entry.seq}
            entry={entry}
            showRecord={showRecord}
            orgName={orgName}
            agreementTitle={(id) => titles.get(id)}
          />
        ))}
      </Stack>
      {query.isFetchNextPageError && <FormError error={query.error} />}
      {query.hasNextPage ? (
        <Button
          variant="default"
          w="fit-content"
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t("older")}
        </Button>
      ) : (
        <Text size="sm" c="gray.7">
          {t("start")}
        </Text>
      )}
    </Stack>
  );
}
