import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import {
  IconCircleHalf2,
  IconLock,
  IconShieldLock,
  IconUsersGroup,
  IconWorld,
} from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { Classification } from "../../../../shared/records/fields.ts";
import { caseStatuses, violationTypes } from "../../../../shared/records/vocab.ts";
import { useFormatters, useTermLabel } from "../../lib/hooks.ts";
import { useTimeFormat } from "../../lib/time.ts";
import classes from "../../components/Cards.module.css";
import { useRecordLabels } from "./record-labels.ts";
import type { RecordSummary } from "./records-data.ts";

const classificationLook: Record<Classification, { color: string; Icon: typeof IconLock }> = {
  public: { color: "teal", Icon: IconWorld },
  coalition: { color: "indigo", Icon: IconUsersGroup },
  restricted: { color: "red", Icon: IconLock },
  confidential: { color: "grape", Icon: IconShieldLock },
};

export function ClassificationBadge({ classification }: { classification: Classification }) {
  const labels = useRecordLabels();
  const { color, Icon } = classificationLook[classification];
  return (
    <Badge
      variant="light"
      color={color}
      tt="none"
      radius="sm"
      leftSection={<Icon size={14} aria-hidden />}
    >
      {labels.classification(classification)}
    </Badge>
  );
}

const text = (value: unknown) => (typeof value === "string" && value ? value : undefined);
const words = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/**
 * The line that names a record in a list: what happened where and when for an incident, the
 * code and status of a case, the period of a trend, the title of a document. A partner sees
 * only the fields its agreement allows, so each part is shown only when the record has it.
 */
export function useRecordHeadline() {
  const labels = useRecordLabels();
  const termLabel = useTermLabel();
  const { date } = useTimeFormat();
  const { list } = useFormatters();
  return (record: Pick<RecordSummary, "kind" | "fields">): string[] => {
    const f = record.fields;
    const day = (value: unknown) => (text(value) ? date(text(value) ?? "") : undefined);
    const span = (from: unknown, to: unknown) =>
      [day(from), day(to)].filter((d): d is string => !!d).join(" – ") || undefined;
    const country = text(f.country) ? termLabel("country", text(f.country) ?? "") : undefined;
    const violations = words(f.violationTypes).map((v) => labels.term(violationTypes, v));
    const parts: (string | undefined)[] =
      record.kind === "incident"
        ? [span(f.occurredOn, f.occurredUntil), country, violations.length ? list(violations) : ""]
        : record.kind === "case"
          ? [
              text(f.caseCode),
              text(f.status) ? labels.term(caseStatuses, text(f.status) ?? "") : undefined,
              country,
            ]
          : record.kind === "trend"
            ? [span(f.periodFrom, f.periodTo), country]
            : [text(f.title), day(f.documentDate)];
    return parts.filter((p): p is string => !!p);
  };
}

/** One record in a list: a link to it, whose it is, how widely it is shared. */
export function RecordSummaryLine({ record }: { record: RecordSummary }) {
  const { t } = useTranslation("records");
  const labels = useRecordLabels();
  const headline = useRecordHeadline()(record);
  const { absolute } = useTimeFormat();
  return (
    <Paper component="article" withBorder p="sm" className={classes.card}>
      <Stack gap={6}>
        <Group gap={6}>
          <Badge variant="outline" color="gray.8" tt="none" radius="sm">
            {labels.kind(record.kind)}
          </Badge>
          <ClassificationBadge classification={record.classification} />
          {record.sight === "fields" && (
            <Badge
              variant="light"
              color="grape"
              tt="none"
              radius="sm"
              leftSection={<IconCircleHalf2 size={14} aria-hidden />}
            >
              {t("list.partial")}
            </Badge>
          )}
        </Group>
        <Text fw={700} style={{ overflowWrap: "anywhere" }}>
          <Anchor
            renderRoot={(props) => <Link {...props} to="/records/$id" params={{ id: record.id }} />}
            c="inherit"
            inherit
            className={classes.cardLink}
          >
            {/* Each part keeps its own direction: a French title beside an Arabic date. */}
            {headline.length
              ? headline.map((part, i) => (
                  <Fragment key={i}>
                    {i > 0 && " · "}
                    <bdi>{part}</bdi>
                  </Fragment>
                ))
              : t("list.untitled", { kind: labels.kind(record.kind) })}
          </Anchor>
        </Text>
        <Text size="sm" c="gray.7">
          <bdi>{record.ownerName}</bdi> · {t("list.changed", { when: absolute(record.updatedAt) })}
        </Text>
        {record.sight === "fields" && (
          <Text size="sm" c="gray.7">
            {t("list.partialHint")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
