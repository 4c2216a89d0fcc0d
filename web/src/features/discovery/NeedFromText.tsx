import { Button, Stack, Text, Textarea } from "@mantine/core";
import { IconWand } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Need, Requester } from "../../../../shared/discovery.ts";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { requesterQuery } from "./discovery-data.ts";

/**
 * A need written in a few sentences, in any of the four languages: the server finds the
 * issues, capacities, countries and regions it names, and those lists of the form take them.
 * The rest of the form stays as the person left it.
 */
export function NeedFromText({
  requester,
  onFill,
}: {
  requester: Requester;
  onFill: (update: (current: Need) => Need) => void;
}) {
  const { t } = useTranslation("discovery");
  const [text, setText] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [found, setFound] = useState<number | null>(null);

  async function fill() {
    setPending(true);
    setError(null);
    try {
      const drafted = await api.GET("/api/v1/discovery/draft", {
        params: { query: { ...requesterQuery(requester), text } },
      });
      // Only the lists the text named change on screen; the person's other choices stay.
      setFound(drafted.named.reduce((n, list) => n + drafted.need[list].length, 0));
      onFill((current) => {
        const next = { ...current };
        for (const list of drafted.named) next[list] = drafted.need[list];
        return next;
      });
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  }

  return (
    <Stack gap="xs">
      <Textarea
        label={t("fromText.label")}
        description={t("fromText.hint")}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={2000}
      />
      <Button
        variant="light"
        w="fit-content"
        leftSection={<IconWand size={16} aria-hidden />}
        disabled={!text.trim()}
        loading={pending}
        onClick={() => void fill()}
      >
        {t("fromText.apply")}
      </Button>
      {error ? <FormError error={error} /> : null}
      <Text size="sm" c="gray.7" role="status">
        {found === null
          ? ""
          : found > 0
            ? t("fromText.found", { count: found })
            : t("fromText.none")}
      </Text>
    </Stack>
  );
}
