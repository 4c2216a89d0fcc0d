import { Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { api } from "../../lib/api.ts";
import { useMe, useTaxonomies } from "../../lib/hooks.ts";
import { OrganizationForm } from "./edit-form.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import {
  LoadFailure,
  PageLoading,
  PageMessage,
  SignInFirst,
} from "../../components/PageStates.tsx";
import { isolate } from "../../lib/bidi.ts";

export function OrganizationCreatePage() {
  const { t } = useTranslation("edit");
  const { data: me, isPending } = useMe();
  const taxonomies = useTaxonomies();
  if (isPending || taxonomies.isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("page.signInFirst")} />;
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>{t("page.createTitle")}</Title>
        <Text c="dimmed" mt="xs">
          {t("page.createIntro")}
        </Text>
      </div>
      <OrganizationForm />
    </Stack>
  );
}

export function OrganizationEditPage() {
  const { t } = useTranslation("edit");
  const { id } = useParams({ from: "/organizations/$id/edit" });
  const { data: me, isPending } = useMe();
  const taxonomies = useTaxonomies();
  const organization = useQuery({
    queryKey: ["organization", id],
    queryFn: () => api.GET("/api/v1/organizations/{id}", { params: { path: { id } } }),
    enabled: !!me,
  });

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("page.signInFirst")} />;
  if (organization.error) {
    return <LoadFailure error={organization.error} forbidden={t("page.notManager")} />;
  }
  if (organization.isPending || taxonomies.isPending) return <PageLoading />;
  const org = organization.data;
  // Members may read the whole profile but only those the server names may change it.
  if (!org.permissions.manage) {
    return (
      <PageMessage
        title={t("page.forbiddenTitle")}
        action={
          <AnchorLink to="/organizations/$id" params={{ id }}>
            {t("page.backToProfile")}
          </AnchorLink>
        }
      >
        {t("page.notManager")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>{t("page.editTitle", { name: isolate(org.name) })}</Title>
        <AnchorLink to="/organizations/$id" params={{ id }} size="sm">
          {t("page.backToProfile")}
        </AnchorLink>
      </div>
      {/* Keyed by id so moving between organisations starts a fresh form. */}
      <OrganizationForm key={org.id} organization={org} />
    </Stack>
  );
}
