import { Group, Paper, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { IconCircleCheck, IconClock, IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AnchorLink, ButtonLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { LoadFailure, PageLoading, SignInFirst } from "../../components/PageStates.tsx";
import { wrapLabel } from "../../components/wrap-label.ts";
import { managedOrganizations, useMyOrganizations } from "../../lib/coalition-data.ts";
import { useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { useTimeFormat } from "../../lib/time.ts";
import { type AgreementView, useAgreements } from "./agreements-data.ts";
import { AgreementStatusBadge } from "./agreements-parts.tsx";
import classes from "./Agreements.module.css";

/** Each party, and whether it accepted the version now on the table. */
export function PartyList({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation("agreements");
  const format = useTimeFormat();
  return (
    <ul className={classes.plainList}>
      {agreement.parties.map((party) => (
        <li key={party.organizationId}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            {party.accepted ? (
              <IconCircleCheck
                size={18}
                color="var(--mantine-color-teal-7)"
                aria-hidden
                style={{ flex: "none", marginTop: 2 }}
              />
            ) : (
              <IconClock
                size={18}
                color="var(--mantine-color-yellow-8)"
                aria-hidden
                style={{ flex: "none", marginTop: 2 }}
              />
            )}
            <Text size="sm" style={{ overflowWrap: "anywhere" }}>
              {party.accepted && party.acceptedAt
                ? t("parties.acceptedOn", {
                    name: party.name,
                    date: format.absolute(party.acceptedAt),
                  })
                : t("parties.notYet", { name: party.name })}
            </Text>
          </Group>
        </li>
      ))}
    </ul>
  );
}

function AgreementCard({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation("agreements");
  return (
    <Paper withBorder p="sm" component="li">
      <Stack gap="xs">
        <Title order={2} size="h4">
          <AnchorLink
            to="/agreements/$id"
            params={{ id: agreement.id }}
            dir="auto"
            style={{ overflowWrap: "anywhere" }}
          >
            {agreement.terms.title}
          </AnchorLink>
        </Title>
        <Group gap="xs" wrap="wrap">
          <AgreementStatusBadge status={agreement.status} />
          <Text size="sm" c="gray.7">
            {t("version", { n: agreement.version })}
          </Text>
        </Group>
        <PartyList agreement={agreement} />
      </Stack>
    </Paper>
  );
}

/** The agreements the viewer's organisations are parties to, and a way to propose one. */
export function AgreementsPage() {
  const { t } = useTranslation("agreements");
  useDocumentTitle(t("list.pageTitle"));
  const me = useMe();
  const signedIn = !!me.data;
  const agreements = useAgreements(signedIn);
  const mine = useMyOrganizations(signedIn);
  if (me.isPending) return <PageLoading />;
  if (!signedIn) return <SignInFirst message={t("list.signInFirst")} />;
  if (agreements.isPending) return <PageLoading />;
  if (agreements.isError)
    return <LoadFailure error={agreements.error} forbidden={t("list.forbidden")} />;
  const managed = managedOrganizations(mine.data?.items);
  const items = agreements.data.items;
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        <Title order={1}>{t("list.pageTitle")}</Title>
        <Text c="gray.7">{t("list.intro")}</Text>
        {managed.length > 0 && (
          <ButtonLink
            to="/agreements/new"
            w="fit-content"
            {...wrapLabel}
            leftSection={<IconPlus size={16} aria-hidden />}
          >
            {t("list.propose")}
          </ButtonLink>
        )}
      </Stack>
      {items.length === 0 ? (
        <Text>{managed.length > 0 ? t("list.emptyManager") : t("list.empty")}</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
          {items.map((a) => (
            <AgreementCard key={a.id} agreement={a} />
          ))}
        </Stack>
      )}
      {managed.length > 0 && (
        <PageSection title={t("list.sharingTitle")} description={t("list.sharingIntro")}>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
            {managed.map((org) => (
              <li key={org.id}>
                <Text size="sm" fw={600} dir="auto" style={{ overflowWrap: "anywhere" }}>
                  {org.name}
                </Text>
                <Group gap="md" wrap="wrap">
                  <AnchorLink to="/organizations/$id/grants" params={{ id: org.id }} size="sm">
                    {t("list.grants")}
                    <VisuallyHidden>{` (${org.name})`}</VisuallyHidden>
                  </AnchorLink>
                  <AnchorLink to="/organizations/$id/audit" params={{ id: org.id }} size="sm">
                    {t("list.audit")}
                    <VisuallyHidden>{` (${org.name})`}</VisuallyHidden>
                  </AnchorLink>
                </Group>
              </li>
            ))}
          </Stack>
        </PageSection>
      )}
    </Stack>
  );
}
