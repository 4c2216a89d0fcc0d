import { Group, Stack, Text, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/Links.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { LoadFailure, PageLoading, SignInFirst } from "../../components/PageStates.tsx";
import { useMe } from "../../lib/hooks.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import {
  type GrantView,
  useAgreements,
  useOrganization,
  useOrganizationGrants,
} from "./agreements-data.ts";
import { FilterGrantForm } from "./agreements-filter-grant.tsx";
import { GrantCard } from "./agreements-grants.tsx";

function GrantList({
  grants,
  direction,
  titles,
  empty,
}: {
  grants: GrantView[];
  direction: "given" | "received";
  titles: Map<string, string>;
  empty: string;
}) {
  if (!grants.length) return <Text size="sm">{empty}</Text>;
  // Live grants first, each group newest first.
  const ordered = [...grants].sort(
    (a, b) => Number(b.live) - Number(a.live) || b.grantedAt.localeCompare(a.grantedAt),
  );
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
      {ordered.map((g) => (
        <GrantCard
          key={g.id}
          grant={g}
          direction={direction}
          agreementTitle={titles.get(g.agreementId)}
        />
      ))}
    </Stack>
  );
}

/** What an organisation shares under its agreements and what it receives (its managers). */
export function OrganizationGrantsPage() {
  const { t } = useTranslation("agreements");
  const { id } = useParams({ from: "/organizations/$id/grants" });
  const me = useMe();
  const signedIn = !!me.data;
  const organization = useOrganization(id, signedIn);
  const grants = useOrganizationGrants(id, signedIn);
  const agreements = useAgreements(signedIn);
  const name = organization.data?.name;
  useDocumentTitle(name ? t("grants.pageTitle", { name }) : undefined);
  if (me.isPending) return <PageLoading />;
  if (!signedIn) return <SignInFirst message={t("grants.signInFirst")} />;
  if (grants.isPending) return <PageLoading />;
  if (grants.isError) return <LoadFailure error={grants.error} forbidden={t("grants.forbidden")} />;

  const items = grants.data.items;
  const all = agreements.data?.items ?? [];
  const titles = new Map(all.map((a) => [a.id, a.terms.title]));
  const inForce = all.filter(
    (a) => a.status === "in_force" && a.parties.some((p) => p.organizationId === id),
  );
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap="xs">
        {name && (
          <AnchorLink to="/organizations/$id" params={{ id }} size="sm" w="fit-content">
            {t("backTo", { name: name })}
          </AnchorLink>
        )}
        <Title order={1} style={{ overflowWrap: "anywhere" }}>
          {name ? t("grants.pageTitle", { name: name }) : t("grants.pageTitlePlain")}
        </Title>
        <Text c="gray.7">{t("grants.intro")}</Text>
        <Group gap="md" wrap="wrap">
          <AnchorLink to="/agreements" size="sm">
            {t("list.pageTitle")}
          </AnchorLink>
          <AnchorLink to="/organizations/$id/audit" params={{ id }} size="sm">
            {t("grants.toAudit")}
          </AnchorLink>
        </Group>
      </Stack>
      <PageSection title={t("grants.given")} description={t("grants.givenIntro")}>
        <GrantList
          grants={items.filter((g) => g.fromOrganizationId === id)}
          direction="given"
          titles={titles}
          empty={t("grants.noneGiven")}
        />
      </PageSection>
      <PageSection title={t("grants.received")} description={t("grants.receivedIntro")}>
        <GrantList
          grants={items.filter((g) => g.toOrganizationId === id)}
          direction="received"
          titles={titles}
          empty={t("grants.noneReceived")}
        />
      </PageSection>
      <PageSection title={t("share.title")} description={t("share.intro")}>
        {agreements.isPending ? (
          <PageLoading />
        ) : (
          <FilterGrantForm organizationId={id} agreements={inForce} />
        )}
      </PageSection>
    </Stack>
  );
}
