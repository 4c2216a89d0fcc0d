import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CampaignShell } from "./CampaignShell.tsx";

/** The campaign's resources: being built (issue 12). */
export function ResourcesPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/resources" });
  return (
    <CampaignShell id={id} part="resources" title={t("nav.resources")}>
      {() => null}
    </CampaignShell>
  );
}
