import { Stack, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isolate } from "../../lib/bidi.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { isInsideMembership } from "../../../../shared/policy/standing.ts";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
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
  const { me, isPending, error, access } = useCoalitionAccess(id);
  useDocumentTitle(access ? t("membersPage.title", { name: access.coalition.name }) : undefined);

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("membersPage.signInFirst")} />;
  if (error || !access) return <CoalitionLoadFailure error={error} />;
  const { coalition: data, can } = access;
  const back = (
    <AnchorLink to="/coalitions/$id" params={{ id }} size="sm" w="fit-content">
      {t("page.backTo", { name: isolate(data.name) })}
    </AnchorLink>
  );
  if (!access.inside) {
    return (
      <PageMessage title={t("membersPage.heading")} color="blue" action={back}>
        {t("membersPage.insideOnly")}
      </PageMessage>
    );
  }
  // My organisations inside, and any whose representatives I may name before it joins.
  const linkedOrganizations = data.myMemberships.filter(
    (m) => isInsideMembership(m) || can.representativesFor.includes(m.organizationId),
  );

  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs" style={{ overflowWrap: "anywhere" }}>
          {t("membersPage.title", { name: isolate(data.name) })}
        </Title>
      </div>
      {can.invite && (
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
        description={can.invite ? t("membersPage.convenerHint") : t("membersPage.readHint")}
      >
        <CoalitionMemberList access={access} />
      </FormSection>
      {linkedOrganizations.length > 0 && (
        <FormSection title={t("representatives.section")}>
          {linkedOrganizations.map((m) => (
            <RepresentativesEditor
              key={m.organizationId}
              coalitionId={id}
              organizationId={m.organizationId}
              name={access.nameOf(m.organizationId)}
              editable={can.representativesFor.includes(m.organizationId)}
            />
          ))}
        </FormSection>
      )}
    </Stack>
  );
}
