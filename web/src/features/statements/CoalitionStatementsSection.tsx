import { Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { pickText } from "../../../../shared/locales.ts";
import cards from "../../components/Cards.module.css";
import { FormError } from "../../components/FormError.tsx";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { type StatementSummaryItem, useCoalitionStatements } from "./statement-data.ts";
import { StatusBadge } from "./statement-parts.tsx";

/** One statement in a list: its title, status, when it was published and who speaks for it. */
export function StatementListItem({
  statement,
  withMessengers = false,
}: {
  statement: StatementSummaryItem;
  /** Says so when nobody has been chosen to speak for it yet. */
  withMessengers?: boolean;
}) {
  const { t, i18n } = useTranslation("statements");
  const format = useTimeFormat();
  const messengers = statement.messengers.map((m) => m.name);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <AnchorLink
          to="/statements/$id"
          params={{ id: statement.id }}
          fw={600}
          dir="auto"
          style={{ overflowWrap: "anywhere" }}
        >
          {pickText(statement.title, i18n.language)}
        </AnchorLink>
        <StatusBadge status={statement.status} />
      </Group>
      {statement.publishedAt ? (
        <Text size="sm" c="gray.7">
          {t("list.publishedOn", { date: format.absolute(statement.publishedAt) })}
        </Text>
      ) : (
        statement.signOnClosesAt && (
          <Text size="sm" c="gray.7">
            {t("list.closes", { date: format.absolute(statement.signOnClosesAt) })}
          </Text>
        )
      )}
      {messengers.length > 0 ? (
        <Text size="sm" c="gray.7" style={{ overflowWrap: "anywhere" }}>
          {t("list.messengers", {
            names: new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(messengers),
          })}
        </Text>
      ) : (
        withMessengers && (
          <Text size="sm" c="gray.7">
            {t("list.noMessengers")}
          </Text>
        )
      )}
    </Stack>
  );
}

/**
 * A coalition's joint statements, for those inside. Drafting is the convening side's (or a
 * campaign lead's, from the campaign); the coalition's permissions name no statement action,
 * so the way to draft is offered with the convening side's own permission.
 */
export function CoalitionStatementsSection({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation("statements");
  const { access } = useCoalitionAccess(coalitionId);
  const list = useCoalitionStatements(coalitionId, undefined, !!access?.inside);
  if (!access?.inside) return null;
  const items = list.data?.items ?? [];
  return (
    <PageSection
      title={t("list.title")}
      description={t("list.intro")}
      action={
        access.can.speakTogether && (
          <ButtonLink
            to="/coalitions/$id/statements/new"
            params={{ id: coalitionId }}
            variant="outline"
            w="fit-content"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t("list.draft")}
          </ButtonLink>
        )
      }
    >
      <FormError error={list.error} />
      {list.isPending ? (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t("list.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" className={cards.list}>
          {items.map((s) => (
            <li key={s.id}>
              <StatementListItem statement={s} />
            </li>
          ))}
        </Stack>
      )}
    </PageSection>
  );
}
