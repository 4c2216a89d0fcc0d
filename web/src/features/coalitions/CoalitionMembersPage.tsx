import { Stack, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../../lib/hooks.ts";
import { isolate } from "../../lib/bidi.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { standingOf, useCoalition, useMyOrganizations } from "../../lib/coalition-data.ts";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { useDocumentTitle } from "../../lib/page.ts";
import { ApplicationList } from "./members-applications.tsx";
import { InviteOrganizationForm } from "./members-invite.tsx";
import { CoalitionMemberList } from "./members-manage.tsx";
import { RepresentativesEditor } from "./members-representatives.tsx";

/** Membership: the convener invites, admits and manages; each organisation names its people. */
export function CoalitionMembersPage() {
  const { t } = useTranslation("coalitions");
  const { id } = useParams({ from: "/coalitions/$id/members" });
  const { data: me, isPending } = useMe();
  const coalition = useCoalition(id);
  const mine = useMyOrganizations(!!me);
  useDocumentTitle(
    coalition.data ? t("membersPage.title", { name: coalition.data.name }) : undefined,
  );

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("membersPage.signInFirst")} />;
  if (coalition.isError) return <CoalitionLoadFailure error={coalition.error} />;
  if (coalition.isPending || mine.isPending) return <PageLoading />;
  const data = coalition.data;
  const standing = standingOf(data, mine.data?.items);
  const back = (
    <AnchorLink to="/coalitions/$id" params={{ id }} size="sm" w="fit-content">
      {t("page.backTo", { name: isolate(data.name) })}
    </AnchorLink>
  );
  if (!standing.inside) {
    return (
      <PageMessage title={t("membersPage.heading")} color="blue" action={back}>
        {t("membersPage.insideOnly")}
      </PageMessage>
    );
  }
  const represented = standing.memberships.filter(
    (m) => m.status === "active" || m.status === "suspended",
  );

  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs" style={{ overflowWrap: "anywhere" }}>
          {t("membersPage.title", { name: isolate(data.name) })}
        </Title>
      </div>
      {standing.convenes && (
        <>
          <FormSection title={t("invite.title")} description={t("invite.hint")}>
            <InviteOrganizationForm coalition={data} />
          </FormSection>
          <FormSection title={t("applications.title")}>
            <ApplicationList coalition={data} />
          </FormSection>
        </>
      )}
      <FormSection
        title={t("membersPage.listTitle")}
        description={standing.convenes ? t("membersPage.convenerHint") : t("membersPage.readHint")}
      >
        <CoalitionMemberList coalition={data} standing={standing} />
      </FormSection>
      {represented.length > 0 && (
        <FormSection title={t("representatives.section")}>
          {represented.map((m) => (
            <RepresentativesEditor key={m.organizationId} coalitionId={id} membership={m} />
          ))}
        </FormSection>
      )}
    </Stack>
  );
}
