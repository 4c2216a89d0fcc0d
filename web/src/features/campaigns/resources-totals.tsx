import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { compareDecimals } from "../../../../shared/campaigns/money.ts";
import type { ResourcesSummary } from "../../../../shared/campaigns/resources.ts";
import { PageSection } from "../../components/PageSection.tsx";
import { useAmountFormat } from "./resources-amounts.ts";
import { Figures } from "./resources-ui.tsx";

/**
 * The totals as the server adds them: one block per currency (never converted), staff days and
 * things in kind apart. Negative variance is shown as an overspend, not as a minus sign.
 */
export function TotalsSection({ summary }: { summary: ResourcesSummary }) {
  const { t } = useTranslation("campaign-resources");
  const format = useAmountFormat();
  const { currencies, staffDays, inKind } = summary;
  const nothing =
    currencies.length === 0 &&
    compareDecimals(staffDays.pledged, "0") === 0 &&
    inKind.pledges === 0;
  return (
    <PageSection title={t("totals.title")} description={t("totals.intro")}>
      {nothing ? (
        <Text size="sm" c="gray.7">
          {t("totals.none")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {currencies.map((c) => {
            const money = (amount: string) => format.money(amount, c.currency);
            const over = compareDecimals(c.variance, "0") < 0;
            return (
              <Paper
                withBorder
                p="sm"
                key={c.currency}
                component="section"
                aria-label={t("totals.inCurrency", { currency: c.currency })}
                data-currency={c.currency}
              >
                <Stack gap="xs">
                  <Title order={3} size="h5" dir="ltr" w="fit-content">
                    {c.currency}
                  </Title>
                  <Figures
                    items={[
                      { label: t("totals.pledged"), value: money(c.pledged), strong: true },
                      { label: t("totals.received"), value: money(c.received) },
                      { label: t("totals.budgeted"), value: money(c.budgeted), strong: true },
                      { label: t("totals.confirmed"), value: money(c.confirmed) },
                      { label: t("totals.pending"), value: money(c.pending) },
                      { label: t("totals.queried"), value: money(c.queried) },
                      over
                        ? {
                            label: t("totals.overspent"),
                            value: money(c.variance.replace(/^-/, "")),
                            strong: true,
                          }
                        : { label: t("totals.variance"), value: money(c.variance) },
                    ]}
                  />
                </Stack>
              </Paper>
            );
          })}
          {(compareDecimals(staffDays.pledged, "0") > 0 || inKind.pledges > 0) && (
            <Paper withBorder p="sm" component="section" aria-label={t("totals.other")}>
              <Stack gap="xs">
                <Title order={3} size="h5">
                  {t("totals.other")}
                </Title>
                <Figures
                  items={[
                    {
                      label: t("totals.staffDays"),
                      value: t("totals.staffDaysValue", {
                        received: format.quantity(staffDays.received),
                        pledged: format.quantity(staffDays.pledged),
                      }),
                      strong: true,
                    },
                    {
                      label: t("totals.inKind"),
                      value: t("totals.inKindValue", {
                        total: inKind.pledges,
                        received: inKind.receivedInFull,
                      }),
                    },
                  ]}
                />
              </Stack>
            </Paper>
          )}
        </SimpleGrid>
      )}
    </PageSection>
  );
}
