import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { CampaignShell } from "./CampaignShell.tsx";

/** The campaign's messages: being built (issue 12). */
export function MessagesPage() {
  const { t } = useTranslation("campaigns");
  const { id } = useParams({ from: "/campaigns/$id/messages" });
  return (
    <CampaignShell id={id} part="messages" title={t("nav.messages")}>
      {() => null}
    </CampaignShell>
  );
}
