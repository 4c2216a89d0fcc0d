import { fromLocalInput } from "../../lib/time.ts";

/** An empty deadline is none; a given one must be a time still to come. */
export function deadlineError(value: string, t: (key: string) => string): string | null {
  if (!value.trim()) return null;
  const iso = fromLocalInput(value);
  if (!iso) return t("form.validation.deadline");
  return Date.parse(iso) > Date.now() ? null : t("form.validation.deadlinePast");
}
