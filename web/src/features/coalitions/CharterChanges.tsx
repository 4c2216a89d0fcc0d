import { List, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type {
  Charter,
  CollaborationLevel,
  DecisionRule,
  DecisionSubject,
} from "../../../../shared/coalitions.ts";
import type { LocalizedText } from "../../../../shared/locales.ts";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { decisionSubjects } from "./charter-values.ts";
import { LevelBadge } from "../../components/CoalitionBadges.tsx";
import { OrganizationName } from "./CharterView.tsx";
import { useRuleText } from "./rule-text.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useRiskThresholdText } from "./risk-threshold-text.ts";

export type CharterChange = { field: string; before: unknown; after: unknown };

const fieldOrder = [
  "purpose",
  "goals",
  "scope",
  "limits",
  "membershipCriteria",
  "applicationQuestions",
  "decisionRules",
  "focalPoints",
  "collaborationLevel",
  "meetingRhythm",
  "reviewDate",
  "riskThresholds",
] as const;

/**
 * The same field-by-field comparison the server makes, for an amendment not yet adopted:
 * the proposal page shows what it would change before anyone takes a stance.
 */
function charterChanges(before: Charter, after: Charter): CharterChange[] {
  const changes: CharterChange[] = [];
  for (const field of fieldOrder) {
    if (field === "decisionRules") {
      for (const subject of decisionSubjects) {
        const a = before.decisionRules[subject];
        const b = after.decisionRules[subject];
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          changes.push({ field: `decisionRules.${subject}`, before: a, after: b });
        }
      }
      continue;
    }
    const a = before[field] ?? null;
    const b = after[field] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

const isText = (v: unknown): v is LocalizedText =>
  !!v && typeof v === "object" && "texts" in v && "original" in v;

function ChangeValue({
  field,
  value,
  names,
}: {
  field: string;
  value: unknown;
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation("coalitions");
  const ruleText = useRuleText();
  const format = useTimeFormat();
  const thresholdText = useRiskThresholdText();
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t("compare.none")}
      </Text>
    );
  }
  if (field.startsWith("decisionRules.")) {
    return <Text size="sm">{ruleText(value as DecisionRule)}</Text>;
  }
  if (field === "collaborationLevel") {
    return (
      <div>
        <LevelBadge level={value as CollaborationLevel} />
      </div>
    );
  }
  if (field === "riskThresholds") {
    return <Text size="sm">{thresholdText(value as Charter["riskThresholds"])}</Text>;
  }
  if (field === "reviewDate" && typeof value === "string") {
    return <Text size="sm">{format.date(value)}</Text>;
  }
  if (field === "applicationQuestions" && Array.isArray(value)) {
    return (
      <List type="ordered" size="sm" spacing={4}>
        {(value as Charter["applicationQuestions"]).map((q) => (
          <List.Item key={q.key}>
            <LocalizedTextView value={q.text} ns="coalitions" size="sm" />
          </List.Item>
        ))}
      </List>
    );
  }
  if (field === "focalPoints" && Array.isArray(value)) {
    return (
      <List size="sm" spacing={4}>
        {(value as Charter["focalPoints"]).map((point, index) => (
          <List.Item key={`${point.organizationId}-${index}`}>
            <LocalizedTextView value={point.activity} ns="coalitions" size="sm" />
            <Text size="xs" c="dimmed">
              <OrganizationName id={point.organizationId} known={names.get(point.organizationId)} />
            </Text>
          </List.Item>
        ))}
      </List>
    );
  }
  if (isText(value)) return <LocalizedTextView value={value} ns="coalitions" size="sm" />;
  return <Text size="sm">{JSON.stringify(value)}</Text>;
}

/** Label of a compared field: a charter field, or the rule for one kind of decision. */
function useFieldLabel() {
  const { t } = useTranslation("coalitions");
  return (field: string) => {
    const [head, subject] = field.split(".");
    if (head === "decisionRules" && decisionSubjects.includes(subject as DecisionSubject)) {
      return t("compare.ruleFor", { subject: t(`subject.${subject}.label`) });
    }
    return t(`charter.${head}`, { defaultValue: field });
  };
}

function ChangeItem({
  change,
  names,
  headingOrder,
}: {
  change: CharterChange;
  names: ReadonlyMap<string, string>;
  headingOrder: 2 | 3;
}) {
  const { t } = useTranslation("coalitions");
  const label = useFieldLabel();
  const id = useId();
  return (
    <Paper component="li" withBorder p="sm" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={headingOrder} size="h5" id={id}>
          {label(change.field)}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Stack gap={4} p="xs" bg="red.0" style={{ borderRadius: "var(--mantine-radius-sm)" }}>
            <Text size="xs" fw={700} c="red.9">
              {t("compare.before")}
            </Text>
            <ChangeValue field={change.field} value={change.before} names={names} />
          </Stack>
          <Stack gap={4} p="xs" bg="teal.0" style={{ borderRadius: "var(--mantine-radius-sm)" }}>
            <Text size="xs" fw={700} c="teal.9">
              {t("compare.after")}
            </Text>
            <ChangeValue field={change.field} value={change.after} names={names} />
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Each changed field of a charter, before and after. */
export function ChangeList({
  changes,
  names,
  headingOrder = 3,
}: {
  changes: CharterChange[];
  names: ReadonlyMap<string, string>;
  /** 2 where the list stands right under the page's h1. */
  headingOrder?: 2 | 3;
}) {
  const { t } = useTranslation("coalitions");
  if (changes.length === 0) return <Text>{t("compare.noChanges")}</Text>;
  return (
    <Stack component="ul" gap="sm" style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {changes.map((change) => (
        <ChangeItem key={change.field} change={change} names={names} headingOrder={headingOrder} />
      ))}
    </Stack>
  );
}

/** A proposed charter against the one in force, as a charter proposal's page shows it. */
export function ProposedCharterChanges({
  current,
  proposed,
  names,
}: {
  current: Charter;
  proposed: Charter;
  names: ReadonlyMap<string, string>;
}) {
  return <ChangeList changes={charterChanges(current, proposed)} names={names} />;
}
