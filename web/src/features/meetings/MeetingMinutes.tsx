import { ActionIcon, Anchor, Button, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../../shared/locales.ts";
import type { Meeting } from "../../../../shared/meetings.ts";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { LocalizedTextView } from "../../components/LocalizedTextView.tsx";
import { notify } from "../../lib/notify.ts";
import cards from "../../components/Cards.module.css";
import { cleanText } from "../../lib/localized-text.ts";
import { useCoalitionProposals } from "../../lib/coalition-data.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { useTimeFormat } from "../../lib/time.ts";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { useRecordMinutes } from "./meeting-data.ts";
import { isolate } from "../../lib/bidi.ts";

type DecisionDraft = { key: number; text: LocalizedText; proposalId: string };

function MinutesForm({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t, i18n } = useTranslation("meetings");
  const save = useRecordMinutes(meeting);
  const proposals = useCoalitionProposals(meeting.coalitionId, true);
  const empty = (): LocalizedText => ({ original: i18n.language, texts: {} });
  const [minutes, setMinutes] = useState<LocalizedText>(meeting.minutes ?? empty());
  const [decisions, setDecisions] = useState<DecisionDraft[]>(
    meeting.decisions.map((d, key) => ({ key, text: d.text, proposalId: d.proposalId ?? "" })),
  );
  const [nextKey, setNextKey] = useState(meeting.decisions.length);
  const [tried, setTried] = useState(false);
  const emptyDecision = decisions.findIndex((d) => !cleanText(d.text));

  function change(key: number, patch: Partial<DecisionDraft>) {
    setDecisions((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (emptyDecision >= 0) return;
    save.mutate(
      {
        minutes: cleanText(minutes) ?? null,
        decisions: decisions.flatMap((d) => {
          const text = cleanText(d.text);
          return text ? [{ text, ...(d.proposalId ? { proposalId: d.proposalId } : {}) }] : [];
        }),
      },
      {
        onSuccess: () => {
          notify({ color: "teal", message: t("minutes.saved") });
          onDone();
        },
      },
    );
  }

  const proposalOptions = [
    { value: "", label: t("minutes.noProposal") },
    ...(proposals.data?.items ?? []).map((p) => ({ value: p.id, label: p.title })),
  ];

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <LocalizedTextInput
          label={t("minutes.minutes")}
          description={t("minutes.minutesHint")}
          value={minutes}
          onChange={setMinutes}
          maxLength={20000}
          rows={6}
        />
        <Stack gap="sm">
          <Text fw={700}>{t("minutes.decisions")}</Text>
          <Text size="sm" c="dimmed">
            {t("minutes.decisionsHint")}
          </Text>
          {decisions.map((d, index) => (
            <Paper key={d.key} withBorder p="sm">
              <Stack gap="xs">
                <LocalizedTextInput
                  label={t("minutes.decision", { n: index + 1 })}
                  description={t("minutes.decisionHint")}
                  value={d.text}
                  onChange={(text) => change(d.key, { text })}
                  maxLength={2000}
                  rows={2}
                  error={tried && !cleanText(d.text) ? t("minutes.decisionEmpty") : undefined}
                />
                <Group align="flex-end" gap="sm" wrap="wrap">
                  <NativeSelect
                    label={t("minutes.proposal")}
                    value={d.proposalId}
                    onChange={(event) => change(d.key, { proposalId: event.currentTarget.value })}
                    data={proposalOptions}
                    style={{ flex: "1 1 14rem" }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t("minutes.removeDecision", { n: index + 1 })}
                    onClick={() => setDecisions((list) => list.filter((x) => x.key !== d.key))}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Stack>
            </Paper>
          ))}
          <Button
            variant="outline"
            w="fit-content"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => {
              setDecisions((list) => [...list, { key: nextKey, text: empty(), proposalId: "" }]);
              setNextKey((k) => k + 1);
            }}
          >
            {t("minutes.addDecision")}
          </Button>
        </Stack>
        <RefusalAlert
          error={save.error}
          refusals={{ conflict: t("minutes.conflict"), forbidden: t("minutes.forbidden") }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("minutes.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What was said and decided; the convener side writes it once the meeting has started. */
export function MeetingMinutes({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation("meetings");
  const format = useTimeFormat();
  const [editing, setEditing] = useState(false);
  const proposals = useCoalitionProposals(meeting.coalitionId, meeting.decisions.length > 0);
  const titles = new Map((proposals.data?.items ?? []).map((p) => [p.id, p.title]));
  const started = Date.parse(meeting.startsAt) <= Date.now();
  const may = meeting.permissions.manage && meeting.status !== "cancelled";
  const hasMinutes = !!meeting.minutes || meeting.decisions.length > 0;
  if (!hasMinutes && !may) return null;
  return (
    <PageSection
      title={t("minutes.title")}
      description={
        !hasMinutes ? (may && started ? t("minutes.none") : t("minutes.afterStart")) : undefined
      }
    >
      {editing ? (
        <MinutesForm meeting={meeting} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="md">
          {meeting.minutes && (
            <LocalizedTextView
              value={meeting.minutes}
              ns="meetings"
              withSwitcher
              switcherLabel={t("minutes.language")}
            />
          )}
          {meeting.decisions.length > 0 && (
            <Stack gap="xs">
              <Text fw={700} component="h3" size="md" m={0}>
                {t("minutes.decisionsTaken", { count: meeting.decisions.length })}
              </Text>
              <Stack component="ol" gap="xs" className={cards.list}>
                {meeting.decisions.map((d, index) => (
                  <Paper key={index} component="li" withBorder p="sm">
                    <Stack gap={4}>
                      <LocalizedTextView value={d.text} ns="meetings" size="sm" />
                      {d.proposalId && (
                        <Anchor
                          size="sm"
                          w="fit-content"
                          renderRoot={(props) => (
                            <Link
                              {...props}
                              to="/proposals/$id"
                              params={{ id: d.proposalId ?? "" }}
                            />
                          )}
                        >
                          {titles.has(d.proposalId)
                            ? t("minutes.proposalLink", {
                                title: isolate(titles.get(d.proposalId) ?? ""),
                              })
                            : t("minutes.openProposal")}
                        </Anchor>
                      )}
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            </Stack>
          )}
          {meeting.minutesRecordedAt && (
            <Text size="sm" c="gray.7">
              {t("minutes.recorded", {
                name: isolate(meeting.minutesRecordedBy?.name ?? t("minutes.someone")),
                date: format.absolute(meeting.minutesRecordedAt),
              })}
            </Text>
          )}
          {may && started && (
            <Button
              variant={hasMinutes ? "subtle" : "filled"}
              w="fit-content"
              onClick={() => setEditing(true)}
            >
              {hasMinutes ? t("minutes.edit") : t("minutes.write")}
            </Button>
          )}
        </Stack>
      )}
    </PageSection>
  );
}
