import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import classes from "../../components/Cards.module.css";
import { type ProposalSummary, useCoalitionProposals } from "../../lib/coalition-data.ts";
import type { CoalitionAccess } from "../../lib/coalition-access.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { outcomeColor } from "../../components/CoalitionBadges.tsx";
import { useTimeFormat } from "../../lib/time.ts";

const shownClosed = 5;

function ProposalItem({ proposal }: { proposal: ProposalSummary }) {
  const { t } = useTranslation(["coalitions", "proposals"]);
  const format = useTimeFormat();
  const open = proposal.status === "open";
  return (
    <Paper component="li" withBorder p="sm" className={classes.card} pos="relative">
      <Stack gap={4}>
        <Anchor
          renderRoot={(props) => (
            <Link {...props} to="/proposals/$id" params={{ id: proposal.id }} />
          )}
          fw={600}
          dir="auto"
          className={classes.cardLink}
          style={{ overflowWrap: "anywhere" }}
        >
          {proposal.title}
        </Anchor>
        <Group gap={6} wrap="wrap">
          <Badge variant="outline" color="gray.7" tt="none" radius="sm">
            {t(`proposals:kind.${proposal.kind}.label`, { defaultValue: proposal.kind })}
          </Badge>
          {proposal.subject !== "general" && (
            <Badge variant="light" color="grape" tt="none" radius="sm">
              {t(`proposals:subject.${proposal.subject}`, { defaultValue: proposal.subject })}
            </Badge>
          )}
          {!open && proposal.outcome && (
            <Badge
              variant="light"
              color={outcomeColor[proposal.outcome] ?? "gray"}
              tt="none"
              radius="sm"
            >
              {t(`proposals:outcome.${proposal.outcome}.label`)}
            </Badge>
          )}
        </Group>
        {open ? (
          <Text size="sm" c="gray.7">
            {t("home.closes", {
              relative: format.relative(proposal.closesAt),
              absolute: format.absolute(proposal.closesAt),
            })}
          </Text>
        ) : (
          proposal.closedAt && (
            <Text size="sm" c="gray.7">
              {t("home.closed", { absolute: format.absolute(proposal.closedAt) })}
            </Text>
          )
        )}
      </Stack>
    </Paper>
  );
}

/** Open proposals with their closing times, the latest closed ones, and a way to add one. */
export function CoalitionProposalsSection({ access }: { access: CoalitionAccess }) {
  const { t } = useTranslation("coalitions");
  const { coalition } = access;
  const proposals = useCoalitionProposals(coalition.id, access.inside);
  if (!access.inside) return null;
  const items = proposals.data?.items ?? [];
  const open = items
    .filter((p) => p.status === "open")
    .sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt));
  const closed = items.filter((p) => p.status === "closed").slice(0, shownClosed);
  return (
    <PageSection
      title={t("home.proposalsTitle")}
      action={
        access.proposeFor.length > 0 ? (
          <ButtonLink
            to="/coalitions/$id/proposals/new"
            params={{ id: coalition.id }}
            leftSection={<IconPlus size={16} aria-hidden />}
            variant="outline"
            w="fit-content"
          >
            {t("home.newProposal")}
          </ButtonLink>
        ) : undefined
      }
    >
      <FormError error={proposals.error} />
      {proposals.isPending ? (
        <Text size="sm" role="status">
          {t("app.loading")}
        </Text>
      ) : (
        <>
          <Text fw={600} size="sm">
            {t("home.openProposals", { count: open.length })}
          </Text>
          {open.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("home.noOpenProposals")}
            </Text>
          ) : (
            <Stack component="ul" gap="xs" className={classes.list}>
              {open.map((p) => (
                <ProposalItem key={p.id} proposal={p} />
              ))}
            </Stack>
          )}
          {closed.length > 0 && (
            <>
              <Text fw={600} size="sm" mt="xs">
                {t("home.recentlyClosed")}
              </Text>
              <Stack component="ul" gap="xs" className={classes.list}>
                {closed.map((p) => (
                  <ProposalItem key={p.id} proposal={p} />
                ))}
              </Stack>
            </>
          )}
        </>
      )}
    </PageSection>
  );
}
