import { IconUsersGroup } from "@tabler/icons-react";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "./Links.tsx";

function DiscoverLinkInner(
  props:
    | { organizationId: string; coalitionId?: never }
    | { coalitionId: string; organizationId?: never },
) {
  const { t } = useTranslation("discovery");
  return (
    <ButtonLink
      to="/discover"
      search={
        props.organizationId
          ? { organizationId: props.organizationId }
          : { coalitionId: props.coalitionId }
      }
      variant="light"
      w="fit-content"
      leftSection={<IconUsersGroup size={16} aria-hidden />}
    >
      {props.organizationId ? t("links.organization") : t("links.coalition")}
    </ButtonLink>
  );
}

/**
 * "Find partners for us" from an organisation, "What this coalition is missing" from a
 * coalition: opens partner discovery with the need drafted from it. Its wording loads with
 * the discovery namespace; the page around it does not wait.
 */
export function DiscoverLink(
  props:
    | { organizationId: string; coalitionId?: never }
    | { coalitionId: string; organizationId?: never },
) {
  return (
    <Suspense fallback={null}>
      <DiscoverLinkInner {...props} />
    </Suspense>
  );
}
