import { CloseButton, Flex, NativeSelect, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DirectorySearch } from "./directory-search.ts";

type Sort = NonNullable<DirectorySearch["sort"]>;

/** Typing updates the URL after a pause, so each keystroke does not cost a request. */
export function SearchBar({
  q,
  sort,
  onQueryChange,
  onSortChange,
}: {
  q: string | undefined;
  sort: DirectorySearch["sort"];
  onQueryChange: (q: string | undefined) => void;
  onSortChange: (sort: Sort) => void;
}) {
  const { t } = useTranslation("directory");
  const [input, setInput] = useState(q ?? "");
  const written = useRef(q ?? "");
  const write = useDebouncedCallback((value: string) => {
    written.current = value.trim();
    onQueryChange(written.current || undefined);
  }, 300);

  // The URL changed from elsewhere (back button, "clear"): show its words, drop pending ones.
  useEffect(() => {
    if ((q ?? "") === written.current) return;
    written.current = q ?? "";
    write.cancel();
    setInput(q ?? "");
  }, [q, write]);

  function handleChange(value: string) {
    setInput(value);
    write(value);
  }

  const hasWords = Boolean(q);
  return (
    <Flex
      component="form"
      role="search"
      aria-label={t("searchLandmark")}
      direction={{ base: "column", sm: "row" }}
      gap="sm"
      align={{ base: "stretch", sm: "flex-end" }}
      onSubmit={(event) => {
        event.preventDefault();
        write.flush();
      }}
    >
      <TextInput
        name="q"
        label={t("searchLabel")}
        placeholder={t("searchPlaceholder")}
        value={input}
        onChange={(event) => handleChange(event.currentTarget.value)}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={
          input ? (
            <CloseButton aria-label={t("clearSearch")} onClick={() => handleChange("")} />
          ) : null
        }
        inputMode="search"
        enterKeyHint="search"
        autoComplete="off"
        maxLength={200}
        style={{ flex: 1 }}
      />
      <NativeSelect
        label={t("sortLabel")}
        value={sort ?? (hasWords ? "relevance" : "name")}
        onChange={(event) => onSortChange(event.currentTarget.value as Sort)}
        data={[
          { value: "relevance", label: t("sortRelevance"), disabled: !hasWords },
          { value: "name", label: t("sortName") },
        ]}
        miw={180}
      />
    </Flex>
  );
}
