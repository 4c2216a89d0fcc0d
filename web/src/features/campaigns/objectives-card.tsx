import { Anchor, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Campaign } from "../../../../shared/campaigns/core.ts";
import type { Objective, ObjectiveProgress } from "../../../../shared/campaigns/objectives.ts";
import { pickText } from "../../../../shared/locales.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { isolateFor } from "../../lib/bidi.ts";
import { useMe } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { ObjectiveChart } from "./objectives-chart.tsx";
import { roundedExpected } from "./objectives-points.ts";
import { useDeleteObjective, useWithdrawProgress } from "./objectives-data.ts";
import { ObjectiveForm } from "./objectives-form.tsx";
import { ProgressForm, reportingFor } from "./objectives-report.tsx";
import { TrackBadge } from "./objectives-track.tsx";

/** One reading in words: the value, the day, who reported it for which organisation, and its evidence. */
function Reading({
  campaign,
  objective,
  reading,
  mayWithdraw,
}: {
  campaign: Campaign;
  objective: Objective;
  reading: ObjectiveProgress;
  mayWithdraw: boolean;
}) {
  const { t, i18n } = useTranslation("campaign-objectives");
  const time = useTimeFormat();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useWithdrawProgress(campaign.id, objective.id);
  // The unit is written by people, maybe in another script than the page: kept in one piece.
  const value = isolateFor(`${time.number(reading.value)} ${objective.unit}`, i18n.language);
  const date = time.date(reading.measuredOn);
  return (
    <Stack gap={2} component="li" style={{ overflowWrap: "anywhere" }}>
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600}>
          {date} · {value}
        </Text>
        {mayWithdraw && (
          <UnstyledButton
            onClick={() => setConfirming(true)}
            fz="sm"
            c="red.9"
            td="underline"
            aria-label={`${t("reading.withdraw")}: ${date}, ${value}`}
          >
            {t("reading.withdraw")}
          </UnstyledButton>
        )}
      </Group>
      {reading.reportedBy && (
        <Text size="xs" c="gray.7">
          {reading.reportedFor
            ? t("reading.by", {
                person: reading.reportedBy.name,
                organization: reading.reportedFor.name,
              })
            : t("reading.byPerson", { person: reading.reportedBy.name })}
        </Text>
      )}
      {reading.evidence && (
        <Text size="sm" dir="auto" style={{ whiteSpace: "pre-line" }}>
          {reading.evidence}
        </Text>
      )}
      {reading.evidenceUrl && (
        <Anchor
          href={reading.evidenceUrl}
          target="_blank"
          rel="noopener noreferrer"
          size="sm"
          dir="ltr"
        >
          {t("reading.link")}
        </Anchor>
      )}
      <ConfirmModal
        opened={confirming}
        title={t("reading.withdrawTitle")}
        confirmLabel={t("reading.withdraw")}
        onClose={() => setConfirming(false)}
        pending={withdraw.isPending}
        error={withdraw.error}
        refusals={{ forbidden: t("reading.withdrawForbidden") }}
        onConfirm={() =>
          withdraw.mutate(reading.id, {
            onSuccess: () => {
              setConfirming(false);
              notify({ color: "teal", message: t("reading.withdrawn") });
            },
          })
        }
      >
        {t("reading.withdrawBody", { value, date })}
      </ConfirmModal>
    </Stack>
  );
}

/**
 * An objective: its statement and track, the numbers from baseline to target, the chart of
 * its progress with the readings listed in words, and what the viewer may do with it.
 */
export function ObjectiveCard({
  campaign,
  objective,
}: {
  campaign: Campaign;
  objective: Objective;
}) {
  const { t, i18n } = useTranslation("campaign-objectives");
  const time = useTimeFormat();
  const me = useMe();
  const headingId = useId();
  const [mode, setMode] = useState<"view" | "edit" | "report">("view");
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteObjective(campaign.id, objective.id);
  const run = campaign.permissions.run;
  const mayReport = reportingFor(campaign, objective).length > 0;
  const amount = (value: number) => `${time.number(value)} ${objective.unit}`;
  const statement = pickText(objective.statement, i18n.language);

  if (mode === "edit") {
    return (
      <ObjectiveForm campaign={campaign} objective={objective} onDone={() => setMode("view")} />
    );
  }
  return (
    <Paper
      withBorder
      p={{ base: "sm", sm: "md" }}
      component="article"
      aria-labelledby={headingId}
      data-objective-id={objective.id}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title
            order={2}
            size="h4"
            id={headingId}
            dir="auto"
            style={{ overflowWrap: "break-word", minWidth: 0, flex: "1 1 16rem" }}
          >
            {statement}
          </Title>
          <TrackBadge track={objective.track} />
        </Group>
        <Stack gap={4}>
          <Text size="sm" c="gray.7">
            {objective.ownerOrganization
              ? t("card.owner", { name: objective.ownerOrganization.name })
              : t("card.noOwner")}
          </Text>
          <Text size="sm">
            <Text span fw={600} size="sm">
              {t("card.indicator")}:
            </Text>{" "}
            <span dir="auto">{pickText(objective.indicator, i18n.language)}</span>
          </Text>
          <Text size="sm">
            {t("card.range", {
              baseline: amount(objective.baseline),
              baselineOn: time.date(objective.baselineOn),
              target: amount(objective.target),
              deadline: time.date(objective.deadline),
            })}
          </Text>
          <Text size="sm" fw={600}>
            {objective.latest
              ? t("card.latest", {
                  value: amount(objective.latest.value),
                  date: time.date(objective.latest.measuredOn),
                })
              : t("card.noLatest")}
            {objective.track !== "achieved" && objective.track !== "missed" && (
              <Text span size="sm" fw={400} c="gray.7">
                {" · "}
                {t("card.expected", { value: amount(roundedExpected(objective)) })}
              </Text>
            )}
          </Text>
        </Stack>
        <ObjectiveChart objective={objective} />
        <Stack gap={6}>
          <Title order={3} size="h5">
            {t("card.readings")}
          </Title>
          {objective.progress.length === 0 ? (
            <Text size="sm" c="gray.7">
              {t("card.noReadings")}
            </Text>
          ) : (
            <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: "none" }}>
              {[...objective.progress].reverse().map((reading) => (
                <Reading
                  key={reading.id}
                  campaign={campaign}
                  objective={objective}
                  reading={reading}
                  mayWithdraw={run || (!!me.data && reading.reportedBy?.userId === me.data.id)}
                />
              ))}
            </Stack>
          )}
        </Stack>
        {mode === "report" && (
          <ProgressForm campaign={campaign} objective={objective} onDone={() => setMode("view")} />
        )}
        {(mayReport || run) && mode === "view" && (
          <Group gap="sm" wrap="wrap">
            {mayReport && (
              <Button
                size="sm"
                onClick={() => setMode("report")}
                aria-describedby={headingId}
                data-action="report"
              >
                {t("card.report")}
              </Button>
            )}
            {run && (
              <>
                <Button
                  size="sm"
                  variant="default"
                  onClick={() => setMode("edit")}
                  aria-describedby={headingId}
                >
                  {t("card.edit")}
                </Button>
                <Button
                  size="sm"
                  variant="subtle"
                  color="red"
                  onClick={() => setDeleting(true)}
                  aria-describedby={headingId}
                >
                  {t("card.delete")}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={deleting}
        title={t("delete.title")}
        confirmLabel={t("delete.confirm")}
        onClose={() => setDeleting(false)}
        pending={remove.isPending}
        error={remove.error}
        refusals={{}}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              setDeleting(false);
              notify({ color: "teal", message: t("delete.done") });
            },
          })
        }
      >
        {t("delete.body", { count: objective.progress.length })}
      </ConfirmModal>
    </Paper>
  );
}
