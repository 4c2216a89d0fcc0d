import { Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Statement } from "../../../../shared/statements/api.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { useTimeFormat } from "../../lib/time.ts";
import { OrgList } from "./statement-parts.tsx";

/** Every answer and who has not answered yet: for the convening side only. */
export function StatementAnswersTable({ statement }: { statement: Statement }) {
  const { t } = useTranslation("statements");
  const format = useTimeFormat();
  const answers = statement.answers ?? [];
  return (
    <PageSection title={t("answers.title")} description={t("answers.intro")}>
      {answers.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t("answers.none")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("answers.organization")}</Table.Th>
                <Table.Th>{t("answers.answer")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answers.map((a) => (
                <Table.Tr key={a.organizationId}>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>
                    <Stack gap={2}>
                      <Text size="sm" fw={600} dir="auto">
                        {a.name}
                      </Text>
                      {a.outside && (
                        <Text size="xs" c="gray.7">
                          {t("answers.outside")}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: "anywhere" }}>
                    <Stack gap={2}>
                      <Text size="sm">{t(`answer.given.${a.answer}`)}</Text>
                      <Text size="xs" c="gray.7">
                        {t("answers.onVersion", {
                          number: a.versionNumber,
                          date: format.absolute(a.answeredAt),
                        })}
                      </Text>
                      {a.confirmAgain && (
                        <Text size="xs" fw={700} c="red.9">
                          {t("answers.confirmAgain")}
                        </Text>
                      )}
                      {a.declineReason && (
                        <Text size="sm" dir="auto" style={{ whiteSpace: "pre-line" }}>
                          {t("answers.reason", { reason: a.declineReason })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={700}>
          {t("answers.notYet", { count: statement.notYet?.length ?? 0 })}
        </Text>
        <OrgList orgs={statement.notYet ?? []} empty={t("answers.everyoneAnswered")} />
      </Stack>
    </PageSection>
  );
}
