import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CampaignShell } from "./CampaignShell.tsx";

/** The campaign's stakeholders: being built (issue 12). */
export function StakeholdersPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/stakeholders" });
  return (
    <CampaignShell id={id} part="stakeholders" title={t("nav.stakeholders")}>
      {() => null}
    </CampaignShell>
  );
}
