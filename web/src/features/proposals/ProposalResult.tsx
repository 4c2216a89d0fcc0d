import { Alert, Badge, Box, Group, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { smallestAnonymousCount } from "../../../../shared/decisions/disclosure.ts";
import type { DecisionResult, ResultFor } from "../../../../shared/decisions/results.ts";
import type { Proposal } from "../../../../shared/proposals.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { outcomeColor } from "../../components/CoalitionBadges.tsx";
import { useTimeFormat } from "../../lib/time.ts";
import { pollAnswers, stanceChoices, stanceFamily } from "./ballot-text.ts";
import { useFractionText } from "./rules-text.ts";

/** Counts as a list of labelled numbers; the bars only draw what the numbers say. */
function TallyBars({
  rows,
}: {
  rows: { key: string; label: string; count: number; color: string }[];
}) {
  const format = useTimeFormat();
  const total = Math.max(1, ...rows.map((r) => r.count));
  return (
    <Stack component="ul" gap={6} style={{ listStyle: "none", margin: 0, padding: 0 }}>
      {rows.map((row) => (
        <li key={row.key}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">{row.label}</Text>
            <Text size="sm" fw={700}>
              {format.number(row.count)}
            </Text>
          </Group>
          <Box aria-hidden h={8} bg="gray.1" style={{ borderRadius: 4, overflow: "hidden" }}>
            <Box
              h="100%"
              bg={row.color}
              style={{ width: `${(row.count / total) * 100}%`, borderRadius: 4 }}
            />
          </Box>
        </li>
      ))}
    </Stack>
  );
}

/** A table that may be wider than a phone scrolls sideways, and can be reached to scroll. */
function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: "auto" }}>
      {children}
    </Box>
  );
}

const stanceColor: Record<string, string> = {
  agree: "teal.7",
  yes: "teal.7",
  abstain: "gray.6",
  unsure: "yellow.6",
  disagree: "orange.7",
  no: "red.7",
  object: "red.7",
  block: "red.9",
};

function StanceTallies({ result }: { result: DecisionResult }) {
  const { t } = useTranslation("proposals");
  if (result.kind === "ranked_choice" || result.kind === "time_poll") return null;
  const family = stanceFamily(result.kind) as keyof typeof stanceChoices;
  const tallies = result.tallies as Record<string, number>;
  return (
    <TallyBars
      rows={stanceChoices[family].map((s) => ({
        key: s,
        label: t(`stance.${family}.${s}.label`),
        count: tallies[s] ?? 0,
        color: stanceColor[s] ?? "gray.6",
      }))}
    />
  );
}

function RankedRounds({ result }: { result: ResultFor<"ranked_choice"> }) {
  const { t } = useTranslation("proposals");
  const format = useTimeFormat();
  const options = Object.keys(result.tallies);
  if (result.rounds.length === 0) return null;
  return (
    <Stack gap="xs">
      <ScrollRegion label={t("result.roundsCaption")}>
        <Table
          withTableBorder
          withColumnBorders
          striped
          miw={Math.min(560, 160 + result.rounds.length * 90)}
        >
          <Table.Caption>{t("result.roundsCaption")}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("result.option")}</Table.Th>
              {result.rounds.map((_, i) => (
                <Table.Th scope="col" key={i}>
                  {t("result.round", { n: format.number(i + 1) })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {options.map((option) => (
              <Table.Tr key={option}>
                <Table.Th scope="row" fw={option === result.winner ? 700 : 500}>
                  {option}
                  {option === result.winner && (
                    <Badge ms={6} size="sm" color="teal" variant="light" tt="none">
                      {t("result.winner")}
                    </Badge>
                  )}
                </Table.Th>
                {result.rounds.map((round, i) => (
                  <Table.Td key={i}>
                    {round.counts[option] === undefined
                      ? "—"
                      : format.number(round.counts[option] ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Stack component="ul" gap={2} style={{ margin: 0, paddingInlineStart: "1.25rem" }}>
        {result.rounds.map((round, i) =>
          round.eliminated ? (
            <Text component="li" size="sm" key={i}>
              {t(round.tieBreak ? `result.eliminatedTie.${round.tieBreak}` : "result.eliminated", {
                option: round.eliminated,
                round: format.number(i + 1),
                exhausted: format.number(round.exhausted),
              })}
            </Text>
          ) : null,
        )}
      </Stack>
    </Stack>
  );
}

function PollTable({ result }: { result: ResultFor<"time_poll"> }) {
  const { t } = useTranslation("proposals");
  const format = useTimeFormat();
  return (
    <ScrollRegion label={t("result.pollCaption")}>
      <Table withTableBorder striped miw={420}>
        <Table.Caption>{t("result.pollCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("result.time")}</Table.Th>
            {pollAnswers.map((a) => (
              <Table.Th scope="col" key={a}>
                {t(`poll.${a}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.ranking.map((slot) => (
            <Table.Tr key={slot}>
              <Table.Th scope="row" fw={slot === result.best ? 700 : 500}>
                {format.slot(slot)}
                {slot === result.best && (
                  <Badge ms={6} size="sm" color="teal" variant="light" tt="none">
                    {t("result.best")}
                  </Badge>
                )}
              </Table.Th>
              {pollAnswers.map((a) => (
                <Table.Td key={a}>{format.number(result.tallies[slot]?.[a] ?? 0)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** Why the result is what it is, in one sentence per kind. */
function useExplanation() {
  const { t } = useTranslation("proposals");
  const format = useTimeFormat();
  const fraction = useFractionText();
  return (result: DecisionResult, open: boolean): string => {
    const when = open ? "now" : "final";
    if (result.outcome === "no_quorum") {
      return t("explain.noQuorum", {
        participation: format.number(result.participation),
        eligible: format.number(result.eligible),
        required: format.number(result.quorumRequired),
      });
    }
    switch (result.kind) {
      case "consent":
        return result.outcome === "adopted"
          ? t(`explain.consent.adopted.${when}`)
          : t(`explain.consent.rejected.${when}`, {
              count: result.objections,
              n: format.number(result.objections),
            });
      case "consensus":
        return result.outcome === "blocked"
          ? t(`explain.consensus.blocked.${when}`, {
              count: result.blocks,
              n: format.number(result.blocks),
            })
          : t(`explain.consensus.${result.outcome}.${when}`);
      case "majority":
      case "supermajority":
        return t(`explain.vote.${result.outcome}.${result.of}`, {
          yes: format.number(result.tallies.yes),
          base: format.number(result.base),
          required: format.number(result.required),
          ratio: result.kind === "supermajority" ? fraction(result.ratio) : "",
        });
      case "ranked_choice":
        return result.outcome === "elected"
          ? t("explain.ranked.elected", {
              winner: result.winner ?? "",
              count: result.rounds.length,
              round: format.number(result.rounds.length),
            })
          : t(`explain.ranked.${result.outcome}`);
      case "sense_check":
        return t("explain.senseCheck");
      case "time_poll":
        return result.best
          ? t("explain.poll.best", { slot: format.slot(result.best) })
          : t("explain.poll.none");
    }
  };
}

/** The count so far (or at closing) and its meaning, as far as the settings let it show. */
export function ProposalResult({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation("proposals");
  const format = useTimeFormat();
  const explain = useExplanation();
  const open = proposal.status === "open";
  const result = proposal.result;
  const participation =
    proposal.participation === null
      ? null
      : t("result.participation", {
          count: proposal.eligible,
          participation: format.number(proposal.participation),
          eligible: format.number(proposal.eligible),
        });

  if (!result) {
    return (
      <PageSection title={open ? t("result.titleOpen") : t("result.title")}>
        <Alert color="gray" variant="outline">
          <Text size="sm" fw={600}>
            {proposal.withheld === "until_enough"
              ? t("result.tooFew", { smallest: format.number(smallestAnonymousCount) })
              : t("result.hidden")}
          </Text>
          {participation && <Text size="sm">{participation}</Text>}
        </Alert>
      </PageSection>
    );
  }
  const outcome = (
    <Badge size="lg" color={outcomeColor[result.outcome] ?? "gray"} variant="light" tt="none">
      {t(`outcome.${result.outcome}.label`)}
    </Badge>
  );
  return (
    <PageSection title={open ? t("result.titleOpen") : t("result.title")}>
      <Stack gap="xs" aria-live="polite">
        {/* A sense check or a time poll never decides: a badge saying so adds nothing. */}
        {result.outcome !== "no_outcome" && (
          <Group gap="xs" wrap="wrap">
            <Title order={3} size="h5">
              {open ? t("result.ifNow") : t("result.outcome")}
            </Title>
            {outcome}
          </Group>
        )}
        <Text size="sm">{explain(result, open)}</Text>
        <Text size="sm" c="gray.7">
          {participation}{" "}
          {result.quorumRequired > 0 &&
            (result.quorumMet
              ? t("result.quorumMet", { required: format.number(result.quorumRequired) })
              : t("result.quorumNotMet", { required: format.number(result.quorumRequired) }))}
        </Text>
      </Stack>
      <StanceTallies result={result} />
      {result.kind === "ranked_choice" && (
        <>
          <Text fw={600} size="sm">
            {t("result.firstPreferences")}
          </Text>
          <TallyBars
            rows={Object.entries(result.tallies).map(([option, count]) => ({
              key: option,
              label: option,
              count,
              color: option === result.winner ? "teal.7" : "blue.6",
            }))}
          />
          <RankedRounds result={result} />
        </>
      )}
      {result.kind === "time_poll" && <PollTable result={result} />}
    </PageSection>
  );
}
