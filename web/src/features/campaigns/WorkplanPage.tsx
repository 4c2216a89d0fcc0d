import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CampaignShell } from "./CampaignShell.tsx";

/** The campaign's workplan: being built (issue 12). */
export function WorkplanPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/workplan" });
  return (
    <CampaignShell id={id} part="workplan" title={t("nav.workplan")}>
      {() => null}
    </CampaignShell>
  );
}
