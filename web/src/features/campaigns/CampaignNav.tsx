import { Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/Links.tsx";
import { type CampaignPart, campaignParts } from "./campaign-parts.ts";

/** The campaign's parts as links that wrap at phone width; the current one is marked for screen readers. */
export function CampaignNav({ id, current }: { id: string; current: CampaignPart | undefined }) {
  const { t } = useTranslation("campaigns");
  const link = (part: CampaignPart | undefined) => ({
    variant: part === current ? "filled" : "default",
    size: "compact-sm" as const,
    "aria-current": part === current ? ("page" as const) : undefined,
  });
  return (
    <nav aria-label={t("nav.label")}>
      <Group
        gap={6}
        wrap="wrap"
        component="ul"
        style={{ listStyle: "none", padding: 0, margin: 0 }}
      >
        <li>
          <ButtonLink to="/campaigns/$id" params={{ id }} {...link(undefined)}>
            {t("nav.overview")}
          </ButtonLink>
        </li>
        {campaignParts.map((part) => (
          <li key={part}>
            <ButtonLink to={`/campaigns/$id/${part}`} params={{ id }} {...link(part)}>
              {t(`nav.${part}`)}
            </ButtonLink>
          </li>
        ))}
      </Group>
    </nav>
  );
}
