import { Stack, Title } from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CoalitionLoadFailure } from "../../components/CoalitionLoadFailure.tsx";
import { AnchorLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { isolate } from "../../lib/bidi.ts";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { CoalitionCampaignsSection } from "./CoalitionCampaignsSection.tsx";

/** Every campaign of a coalition. */
export function CoalitionCampaignsPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/coalitions/$id/campaigns" });
  const { me, isPending, error, access } = useCoalitionAccess(id);
  useDocumentTitle(access ? t("list.pageTitle", { name: access.coalition.name }) : undefined);
  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("shell.signInFirst")} />;
  if (error || !access) return <CoalitionLoadFailure error={error} />;
  const back = (
    <AnchorLink to="/coalitions/$id" params={{ id }} size="sm" w="fit-content">
      {t("shell.backToCoalition", { name: isolate(access.coalition.name) })}
    </AnchorLink>
  );
  if (!access.inside) {
    return (
      <PageMessage title={t("list.title")} color="blue" action={back}>
        {t("list.notInside")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        {back}
        <Title order={1} mt="xs" dir="auto" style={{ overflowWrap: "anywhere" }}>
          {t("list.pageTitle", { name: isolate(access.coalition.name) })}
        </Title>
      </div>
      <CoalitionCampaignsSection coalitionId={id} />
    </Stack>
  );
}
