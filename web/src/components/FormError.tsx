import { Alert, List } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api.ts";

/** Shows why a request was refused, with the failing fields when the API names them. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message =
    error instanceof ApiError
      ? t(`errors.status${error.status}`, { defaultValue: error.message })
      : // fetch() rejects with a TypeError when nothing answers: the browser's own words
        // ("Failed to fetch") would show in English whatever the reader's language.
        error instanceof TypeError
        ? t("errors.network")
        : error instanceof Error
          ? error.message
          : t("errors.generic");
  const fields = error instanceof ApiError ? (error.problem.errors ?? []) : [];
  return (
    <Alert color="red" role="alert" title={t("errors.title")}>
      {message}
      {fields.length > 0 && (
        <List size="sm" mt="xs">
          {fields.map((f) => (
            <List.Item key={f.field}>
              {f.field.replace(/^body\./, "")}: {f.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
