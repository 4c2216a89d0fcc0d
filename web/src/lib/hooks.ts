import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Vocabulary } from "../../../shared/taxonomies.ts";
import { api } from "./api.ts";

/** The signed-in user, or null when nobody is signed in. */
export function useMe() {
  return useQuery({
    queryKey: ["me"],
    // Asked on every page: the session route answers a signed-out visitor with 200, so the
    // console stays free of a 401 that is no error at all.
    queryFn: async () => (await api.GET("/api/v1/session")).me,
    staleTime: 60_000,
  });
}

export function useTaxonomies() {
  return useQuery({
    queryKey: ["taxonomies"],
    queryFn: () => api.GET("/api/v1/taxonomies"),
    staleTime: Infinity,
  });
}

/** Looks up a term's label in the reader's language, falling back to English, then the key. */
export function useTermLabel() {
  const { i18n } = useTranslation();
  const { data } = useTaxonomies();
  return useCallback(
    (vocabulary: Vocabulary, key: string) => {
      const term = data?.[vocabulary]?.find((t) => t.key === key);
      return term?.labels[i18n.language] ?? term?.labels.en ?? key;
    },
    [data, i18n.language],
  );
}

export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    date: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(iso)),
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(
        new Date(iso),
      ),
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    /** Items joined the reader's way ("a, b and c"; "أ و ب و ج"). */
    list: (items: string[]) =>
      new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items),
  };
}
