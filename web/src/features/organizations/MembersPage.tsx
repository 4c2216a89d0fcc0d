import { Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { api } from "../../lib/api.ts";
import { useMe } from "../../lib/hooks.ts";
import { AnchorLink } from "../../components/Links.tsx";
import { FormSection } from "../../components/FormSection.tsx";
import {
  LoadFailure,
  PageLoading,
  PageMessage,
  SignInFirst,
} from "../../components/PageStates.tsx";
import { InvitationList } from "./members-invitations.tsx";
import { InviteForm } from "./members-invite-form.tsx";
import { MemberList } from "./members-list.tsx";
import { isolate } from "../../lib/bidi.ts";

export function MembersPage() {
  const { t } = useTranslation("edit");
  const { id } = useParams({ from: "/organizations/$id/members" });
  const { data: me, isPending } = useMe();
  const organization = useQuery({
    queryKey: ["organization", id],
    queryFn: () => api.GET("/api/v1/organizations/{id}", { params: { path: { id } } }),
    enabled: !!me,
  });
  const members = useQuery({
    queryKey: ["organization", id, "members"],
    queryFn: () => api.GET("/api/v1/organizations/{id}/members", { params: { path: { id } } }),
    enabled: !!me,
  });

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("members.signInFirst")} />;
  if (organization.isError || members.isError) {
    const error = organization.error ?? members.error;
    return <LoadFailure error={error} forbidden={t("members.notMember")} />;
  }
  if (organization.isPending || members.isPending) return <PageLoading />;

  const org = organization.data;
  if (!org.permissions.readMembers) {
    return <PageMessage title={t("page.forbiddenTitle")}>{t("members.notMember")}</PageMessage>;
  }
  const manages = org.permissions.manage;
  const invitable = org.permissions.inviteRoles;

  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>{t("members.title", { name: isolate(org.name) })}</Title>
        <AnchorLink to="/organizations/$id" params={{ id }} size="sm">
          {t("page.backToProfile")}
        </AnchorLink>
      </div>
      <FormSection
        title={t("members.listTitle", { count: members.data.items.length })}
        description={manages ? t("members.manageHint") : t("members.readOnlyHint")}
      >
        <MemberList
          organizationId={id}
          organizationName={org.name}
          members={members.data.items}
          myId={me.id}
        />
      </FormSection>
      {manages && (
        <>
          <FormSection title={t("invitations.formTitle")}>
            <InviteForm organizationId={id} roles={invitable} />
          </FormSection>
          <FormSection title={t("invitations.title")}>
            <InvitationList organizationId={id} />
          </FormSection>
        </>
      )}
      {!manages && (
        <Text size="sm" c="dimmed">
          {t("members.askToInvite")}
        </Text>
      )}
    </Stack>
  );
}
