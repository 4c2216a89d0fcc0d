import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api.ts";
import { ButtonLink } from "./Links.tsx";
import { PageMessage, SignInFirst } from "./PageStates.tsx";

/** Why a coalition page could not load, in words that fit the status. */
export function CoalitionLoadFailure({ error }: { error: unknown }) {
  const { t } = useTranslation("coalitions");
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401) return <SignInFirst message={t("page.signInToSee")} />;
  const notFound = status === 404 || status === 400;
  return (
    <PageMessage
      title={notFound ? t("page.notFoundTitle") : t("common:errors.title")}
      action={
        <ButtonLink to="/coalitions" variant="default" w="fit-content">
          {t("page.toDirectory")}
        </ButtonLink>
      }
    >
      {notFound
        ? t("page.notFound")
        : status === 403
          ? t("page.forbidden")
          : t("common:errors.generic")}
    </PageMessage>
  );
}
