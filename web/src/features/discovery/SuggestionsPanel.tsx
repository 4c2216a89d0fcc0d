import { Alert, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Need, Requester } from "../../../../shared/discovery.ts";
import { FormError } from "../../components/FormError.tsx";
import { useTermLabel } from "../../lib/hooks.ts";
import { fetchSuggestions } from "./discovery-data.ts";

/**
 * "Not sure what you need?": from the need's issues and places alone, the capacities that
 * organisations and coalitions on them usually combine, each one click from the need.
 */
export function SuggestionsPanel({
  need,
  requester,
  onAdd,
}: {
  need: Need;
  requester: Requester | null;
  onAdd: (capacity: string) => void;
}) {
  const { t, i18n } = useTranslation("discovery");
  const label = useTermLabel();
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent" });
  const suggest = useMutation({ mutationFn: () => fetchSuggestions(need, requester) });
  const empty = !need.issues.length && !need.countries.length && !need.regions.length;
  const full = need.capacities.length >= 15;
  const data = suggest.data;

  return (
    <Stack gap="sm">
      <Text size="sm">{t("suggest.intro")}</Text>
      <Button
        variant="light"
        w="fit-content"
        onClick={() => suggest.mutate()}
        loading={suggest.isPending}
        disabled={empty}
      >
        {t("suggest.run")}
      </Button>
      {empty && (
        <Text size="sm" c="gray.7">
          {t("suggest.needSomething")}
        </Text>
      )}
      <FormError error={suggest.error} />
      {data && (
        <Stack gap="xs" aria-live="polite">
          <Text size="sm" c="gray.7">
            {t("suggest.basis", {
              organizations: t("suggest.organizations", { count: data.similarOrganizations }),
              coalitions: t("suggest.coalitionCount", { count: data.similarCoalitions }),
            })}
          </Text>
          {data.items.length === 0 ? (
            <Alert color="gray">{t("suggest.none")}</Alert>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
              {data.items.map((item) => {
                const name = label("capacity", item.capacity);
                const added = need.capacities.includes(item.capacity);
                return (
                  <Paper component="li" key={item.capacity} withBorder p="sm">
                    <Group justify="space-between" gap="sm" wrap="wrap">
                      <Stack gap={2} style={{ flex: "1 1 14rem", minWidth: 0 }}>
                        <Group gap={6}>
                          <Text fw={600}>{name}</Text>
                          {item.alreadyHeld && (
                            <Badge variant="light" color="gray" tt="none" radius="sm">
                              {t("suggest.held")}
                            </Badge>
                          )}
                        </Group>
                        <Text size="sm" c="gray.7">
                          {t("suggest.shares", {
                            organizations: percent.format(item.organizationShare),
                            coalitions: percent.format(item.coalitionShare),
                          })}
                        </Text>
                      </Stack>
                      <Button
                        size="compact-sm"
                        variant={added ? "subtle" : "outline"}
                        disabled={added || full}
                        onClick={() => onAdd(item.capacity)}
                        aria-label={
                          added
                            ? t("suggest.addedNamed", { name })
                            : t("suggest.addNamed", { name })
                        }
                      >
                        {added ? t("suggest.added") : t("suggest.add")}
                      </Button>
                    </Group>
                  </Paper>
                );
              })}
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
