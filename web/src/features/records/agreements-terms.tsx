import { Badge, Group, Text, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fieldsOf, recordKinds } from "../../../../shared/records/fields.ts";
import { useCoalitionList } from "../../lib/coalition-data.ts";
import { useTimeFormat } from "../../lib/time.ts";
import type { AgreementTermsView } from "./agreements-data.ts";
import classes from "./Agreements.module.css";
import { useRecordLabels } from "./record-labels.ts";

/** Items of a list of terms, those added since the previous version marked, those dropped struck. */
function Items({
  now,
  before,
  label,
}: {
  now: readonly string[];
  before: readonly string[] | undefined;
  label: (key: string) => string;
}) {
  const { t } = useTranslation("agreements");
  const removed = before ? before.filter((k) => !now.includes(k)) : [];
  if (!now.length && !removed.length) return <Text size="sm">{t("terms.none")}</Text>;
  return (
    <ul className={classes.items}>
      {now.map((key) => (
        <li key={key}>
          {before && !before.includes(key) ? (
            <ins>
              <VisuallyHidden>{t("terms.added")} </VisuallyHidden>
              {label(key)}
            </ins>
          ) : (
            label(key)
          )}
        </li>
      ))}
      {removed.map((key) => (
        <li key={`removed-${key}`}>
          <del>
            <VisuallyHidden>{t("terms.removed")} </VisuallyHidden>
            {label(key)}
          </del>
        </li>
      ))}
    </ul>
  );
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((k) => b.includes(k));

/**
 * An agreement's terms in words. Given the previous version, each term that changed is marked,
 * with what was there before: a reader sees at once what they are asked to accept again.
 */
export function TermsView({
  terms,
  previous,
}: {
  terms: AgreementTermsView;
  previous?: AgreementTermsView | undefined;
}) {
  const { t } = useTranslation("agreements");
  const labels = useRecordLabels();
  const format = useTimeFormat();
  const coalitions = useCoalitionList();
  const coalitionName = (id: string | null) =>
    (id && coalitions.data?.items.find((c) => c.id === id)?.name) || t("terms.aCoalition");
  const onward = (v: AgreementTermsView) =>
    v.onwardRule === "within_coalition"
      ? t("terms.onwardWithin", { coalition: coalitionName(v.onwardCoalitionId) })
      : labels.onwardRule(v.onwardRule);
  const consent = (v: AgreementTermsView) =>
    v.consentRequired ? labels.consentUse(v.consentRequired) : t("terms.noConsent");
  const retention = (v: AgreementTermsView) =>
    t("terms.days", { count: v.retentionDays, n: format.number(v.retentionDays) });

  const rows: { key: string; label: string; value: ReactNode; was?: string | undefined }[] = [];
  const scalar = (key: string, label: string, show: (v: AgreementTermsView) => string) => {
    const now = show(terms);
    const was = previous ? show(previous) : undefined;
    rows.push({ key, label, value: now, was: was !== undefined && was !== now ? was : undefined });
  };
  rows.push({
    key: "title",
    label: t("terms.title"),
    value: <span dir="auto">{terms.title}</span>,
    was: previous && previous.title !== terms.title ? previous.title : undefined,
  });
  rows.push({
    key: "purpose",
    label: t("terms.purpose"),
    value: (
      <span className={classes.purpose} dir="auto">
        {terms.purpose}
      </span>
    ),
    was: previous && previous.purpose !== terms.purpose ? previous.purpose : undefined,
  });
  const listChanged = (a: readonly string[], b: readonly string[] | undefined) =>
    !!b && !sameList(a, b);
  rows.push({
    key: "categories",
    label: t("terms.categories"),
    value: (
      <Items
        now={terms.dataCategories}
        before={previous?.dataCategories}
        label={labels.dataCategory}
      />
    ),
    was: listChanged(terms.dataCategories, previous?.dataCategories) ? "" : undefined,
  });
  rows.push({
    key: "fields",
    label: t("terms.fields"),
    value: (
      <dl className={classes.terms}>
        {recordKinds.map((kind) => {
          const own: readonly string[] = fieldsOf[kind];
          const now = terms.fields.filter((f) => own.includes(f));
          const before = previous?.fields.filter((f) => own.includes(f));
          if (!now.length && !before?.length) return null;
          return (
            <div key={kind}>
              <dt>{labels.kind(kind)}</dt>
              <dd>
                <Items now={now} before={before} label={labels.field} />
              </dd>
            </div>
          );
        })}
      </dl>
    ),
    was: listChanged(terms.fields, previous?.fields) ? "" : undefined,
  });
  scalar("onward", t("terms.onward"), onward);
  scalar("retention", t("terms.retention"), retention);
  scalar("consent", t("terms.consent"), consent);

  return (
    <dl className={classes.terms}>
      {rows.map((row) => (
        <div key={row.key} className={row.was !== undefined ? classes.changed : undefined}>
          <dt>
            <Group gap="xs" component="span">
              {row.label}
              {row.was !== undefined && (
                <Badge color="violet.9" variant="outline" size="sm" tt="none">
                  {t("terms.changed")}
                </Badge>
              )}
            </Group>
          </dt>
          <dd>{row.value}</dd>
          {row.was && (
            <dd>
              <Text size="xs" c="gray.7" className={classes.purpose}>
                {t("terms.was", { value: row.was })}
              </Text>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
