import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api.ts";
import { FormError } from "./FormError.tsx";

export type Refusals = { conflict?: string; forbidden?: string };

/**
 * Says why the API refused, in the reader's language: a 409 or 403 here has one known cause
 * in context (the last owner, an owner-only step), which the caller names.
 */
export function RefusalAlert({ error, refusals }: { error: unknown; refusals: Refusals }) {
  const { t } = useTranslation("edit");
  if (!error) return null;
  const status = error instanceof ApiError ? error.status : 0;
  const message =
    status === 409 ? refusals.conflict : status === 403 ? refusals.forbidden : undefined;
  if (!message) return <FormError error={error} />;
  return (
    <Alert color="red" role="alert" title={t("refusals.title")}>
      {message}
    </Alert>
  );
}
