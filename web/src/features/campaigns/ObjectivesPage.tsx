import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CampaignShell } from "./CampaignShell.tsx";

/** The campaign's objectives: being built (issue 12). */
export function ObjectivesPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/objectives" });
  return (
    <CampaignShell id={id} part="objectives" title={t("nav.objectives")}>
      {() => null}
    </CampaignShell>
  );
}
