import { Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { smallestAnonymousCount } from "../../../../shared/decisions/disclosure.ts";
import type { Proposal } from "../../../../shared/proposals.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useTimeFormat } from "../../lib/time.ts";
import { reasonOf, useBallotText } from "./ballot-text.ts";

const listStyle = { listStyle: "none", margin: 0, padding: 0 };

/**
 * Who took which stance, when the proposal shows it; in anonymous mode only who took part,
 * and only after closing.
 */
export function ProposalStances({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation("proposals");
  const format = useTimeFormat();
  const ballotText = useBallotText(proposal.rules);
  const open = proposal.status === "open";

  if (proposal.anonymous) {
    return (
      <PageSection title={t("stances.participantsTitle")}>
        {proposal.participants === null ? (
          <Text size="sm">
            {t("stances.anonymousOpen", { smallest: format.number(smallestAnonymousCount) })}
          </Text>
        ) : proposal.participants.length === 0 ? (
          <Text size="sm">{t("stances.nobody")}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t("stances.anonymousClosed")}
            </Text>
            <Stack component="ul" gap={4} style={listStyle}>
              {proposal.participants.map((p) => (
                <Text component="li" size="sm" key={p.organizationId}>
                  <bdi>{p.name}</bdi>
                </Text>
              ))}
            </Stack>
          </>
        )}
      </PageSection>
    );
  }
  if (proposal.stances === null) {
    return (
      <PageSection title={t("stances.title")}>
        <Text size="sm">{t("stances.hidden")}</Text>
      </PageSection>
    );
  }
  return (
    <PageSection title={t("stances.title")}>
      {proposal.stances.length === 0 ? (
        <Text size="sm">{open ? t("stances.noneYet") : t("stances.nobody")}</Text>
      ) : (
        <Stack component="ul" gap="xs" style={listStyle}>
          {proposal.stances.map((s) => {
            const reason = reasonOf(s.ballot);
            return (
              <Paper component="li" key={s.organizationId} withBorder p="xs">
                <Stack gap={2}>
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    <AnchorLink
                      to="/organizations/$id"
                      params={{ id: s.organizationId }}
                      fw={600}
                      size="sm"
                    >
                      <bdi>{s.name}</bdi>
                    </AnchorLink>
                    {t("colon")}
                    {ballotText(s.ballot)}
                  </Text>
                  {reason && (
                    <Text size="sm" dir="auto" style={{ whiteSpace: "pre-line" }}>
                      {reason}
                    </Text>
                  )}
                  <Text size="xs" c="gray.7">
                    {t("stances.updated", { date: format.absolute(s.updatedAt) })}
                  </Text>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
    </PageSection>
  );
}
