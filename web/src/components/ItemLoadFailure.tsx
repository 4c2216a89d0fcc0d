import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api.ts";
import { ButtonLink } from "./Links.tsx";
import { PageMessage, SignInFirst } from "./PageStates.tsx";

/**
 * Why a meeting or a thread could not be shown: a concern the reader may not see is "not
 * found", exactly like one that does not exist.
 */
export function ItemLoadFailure({ error, what }: { error: unknown; what: "meeting" | "thread" }) {
  const { t } = useTranslation("meetings");
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401) return <SignInFirst message={t(`failure.${what}.signIn`)} />;
  const notFound = status === 404 || status === 400;
  return (
    <PageMessage
      title={notFound ? t(`failure.${what}.notFoundTitle`) : t("common:errors.title")}
      action={
        <ButtonLink to="/coalitions" variant="default" w="fit-content">
          {t("failure.toCoalitions")}
        </ButtonLink>
      }
    >
      {notFound
        ? t(`failure.${what}.notFound`)
        : status === 403
          ? t(`failure.${what}.forbidden`)
          : t("common:errors.generic")}
    </PageMessage>
  );
}
