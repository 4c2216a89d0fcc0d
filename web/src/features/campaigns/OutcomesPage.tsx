import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CampaignShell } from "./CampaignShell.tsx";

/** The campaign's outcomes: being built (issue 12). */
export function OutcomesPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/outcomes" });
  return (
    <CampaignShell id={id} part="outcomes" title={t("nav.outcomes")}>
      {() => null}
    </CampaignShell>
  );
}
