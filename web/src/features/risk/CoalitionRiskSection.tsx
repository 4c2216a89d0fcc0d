import { Badge, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import cards from "../../components/Cards.module.css";
import { FormError } from "../../components/FormError.tsx";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useFormatters } from "../../lib/hooks.ts";
import { useCoalitionRiskAssessments } from "./risk-data.ts";

/**
 * A coalition's joint risk assessments, for those inside, with the way to open one (the
 * server says who may: the convening side, or the lead of the action's campaign).
 */
export function CoalitionRiskSection({ coalitionId }: { coalitionId: string }) {
  const { t } = useTranslation("risk");
  const format = useFormatters();
  const { access } = useCoalitionAccess(coalitionId);
  const inside = !!access?.inside;
  const list = useCoalitionRiskAssessments(coalitionId, inside);
  if (!inside) return null;
  const items = list.data?.items ?? [];
  return (
    <PageSection
      title={t("list.title")}
      action={
        access.can.speakTogether && (
          <ButtonLink
            to="/coalitions/$id/risk-assessments/new"
            params={{ id: coalitionId }}
            search={{}}
            variant="outline"
            w="fit-content"
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t("list.new")}
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
        <Text size="sm" c="dimmed">
          {t("list.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" className={cards.list}>
          {items.map((a) => (
            <li key={a.id}>
              <Group gap="xs" wrap="wrap">
                <AnchorLink
                  to="/risk-assessments/$id"
                  params={{ id: a.id }}
                  fw={600}
                  dir="auto"
                  style={{ overflowWrap: "anywhere" }}
                >
                  {a.title}
                </AnchorLink>
                <Badge variant="outline" color="gray.7" size="sm" tt="none">
                  {t(`list.kind.${a.subjectKind}`)}
                </Badge>
                {a.decidedByProposalId && (
                  <Badge variant="light" color="teal.9" size="sm" tt="none">
                    {t("page.decided")}
                  </Badge>
                )}
                <Text size="sm" c="gray.7">
                  {t("page.answered", { count: a.answered, number: format.number(a.answered) })}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </PageSection>
  );
}
