import { Alert, Button, Paper, Radio, Stack, Text, Title } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { countIncidents } from "../../../../shared/records/count-incidents.ts";
import { FormError } from "../../components/FormError.tsx";
import { managedOrganizations, useMyOrganizations } from "../../lib/coalition-data.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { useContributeCounts, useContributedCounts } from "./confidential-data.ts";
import type { FailedRecord, OpenedRecord } from "./confidential-open.ts";

type Audience = "organization" | "everyone";

/**
 * One organisation's contribution to statistics: this browser counts the organisation's
 * confidential incidents whose consent to statistics stands (the server cannot), and sends the
 * counts alone, for the audience chosen: the organisation's own people unless a manager says
 * otherwise.
 */
function Contribution({
  organization,
  records,
  failed,
}: {
  organization: { id: string; name: string };
  records: readonly OpenedRecord[];
  failed: readonly FailedRecord[];
}) {
  const { t } = useTranslation("confidential");
  const time = useTimeFormat();
  const titleId = useId();
  const current = useContributedCounts(organization.id);
  const contribute = useContributeCounts(organization.id);
  const last = current.data?.contribution ?? null;
  const [audience, setAudience] = useState<Audience | null>(null);
  const chosen = audience ?? last?.audience ?? "organization";
  const own = useMemo(
    () => records.filter((r) => r.ownerOrganizationId === organization.id && r.sight === "full"),
    [records, organization.id],
  );
  const counts = useMemo(() => countIncidents(own), [own]);
  // What did not open here cannot be counted: the manager is told, not left to guess.
  const unopened = failed.filter((r) => r.ownerOrganizationId === organization.id).length;
  const incidents = own.filter((r) => r.kind === "incident" && r.statisticsConsent).length;

  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t("counts.title", { organization: organization.name })}
        </Title>
        <Text size="sm">{t("counts.lead")}</Text>
        <Text size="sm" role="status">
          {last
            ? t("counts.last", {
                total: last.total,
                date: time.absolute(last.contributedAt),
                name: last.contributedByName ?? t("counts.someone"),
                audience: t(`counts.audienceIn.${last.audience}`),
              })
            : t("counts.never")}
        </Text>
        <Radio.Group
          label={t("counts.audienceLabel")}
          value={chosen}
          onChange={(value) => setAudience(value as Audience)}
        >
          <Stack gap={6} mt="xs">
            <Radio value="organization" label={t("counts.audience.organization")} />
            <Radio value="everyone" label={t("counts.audience.everyone")} />
          </Stack>
        </Radio.Group>
        {unopened > 0 && (
          <Alert color="yellow" variant="light">
            {t("counts.unopened", { count: unopened })}
          </Alert>
        )}
        <FormError error={contribute.error} />
        {contribute.isSuccess && (
          <Alert color="green" variant="light" role="status">
            {t("counts.sent", { count: incidents })}
          </Alert>
        )}
        <div>
          <Button
            leftSection={<IconChartBar size={18} aria-hidden />}
            loading={contribute.isPending}
            onClick={() => contribute.mutate({ audience: chosen, counts })}
          >
            {t("counts.send", { count: incidents })}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}

/** The contributions of the organisations the reader manages, below their confidential list. */
export function ContributeCounts({
  records,
  failed,
}: {
  records: readonly OpenedRecord[];
  failed: readonly FailedRecord[];
}) {
  const mine = useMyOrganizations(true);
  // Only the organisations whose confidential records are here: a manager of many
  // organisations is not shown a panel for each one that keeps none.
  const managed = managedOrganizations(mine.data?.items).filter((organization) =>
    [...records, ...failed].some(
      (r) => r.ownerOrganizationId === organization.id && r.sight === "full",
    ),
  );
  return (
    <>
      {managed.map((organization) => (
        <Contribution
          key={organization.id}
          organization={organization}
          records={records}
          failed={failed}
        />
      ))}
    </>
  );
}
