import { Badge, Box, Button, Drawer, Flex, Group, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconAdjustmentsHorizontal } from "@tabler/icons-react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../lib/hooks.ts";
import { ActiveFilters } from "./ActiveFilters.tsx";
import classes from "./Directory.module.css";
import { FacetPanel } from "./FacetPanel.tsx";
import { activeFilterCount } from "./facets.ts";
import { ResultList } from "./ResultList.tsx";
import { SearchBar } from "./SearchBar.tsx";
import { useDirectoryResults, useDirectoryState, useFacetCounts } from "./use-directory.ts";

export function DirectoryPage() {
  const { t } = useTranslation("directory");
  const { number } = useFormatters();
  const { search, update, clearFilters } = useDirectoryState();
  const results = useDirectoryResults(search);
  const facets = useFacetCounts(search, results.data?.pages[0]?.facets);
  const [drawerOpened, drawer] = useDisclosure(false);
  const filterCount = activeFilterCount(search);
  const total = results.data?.pages[0]?.total;

  useEffect(() => {
    document.title = `${t("title")} · ${t("app.name")}`;
  }, [t]);

  const panel = <FacetPanel search={search} facets={facets} onChange={update} />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t("title")}</Title>
        <Text>{t("lead")}</Text>
      </Stack>
      <SearchBar
        q={search.q}
        sort={search.sort}
        onQueryChange={(q) => update({ q }, { replace: true })}
        onSortChange={(sort) => update({ sort })}
      />
      <Group hiddenFrom="md" gap="sm">
        <Button
          variant="default"
          leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
          rightSection={
            filterCount > 0 ? (
              <Badge size="sm" circle>
                {number(filterCount)}
              </Badge>
            ) : null
          }
          onClick={drawer.open}
          aria-haspopup="dialog"
        >
          {t("filters")}
        </Button>
      </Group>
      <ActiveFilters search={search} onChange={update} onClear={clearFilters} />
      <Flex gap="xl" align="flex-start">
        <Box
          component="aside"
          visibleFrom="md"
          aria-labelledby="directory-filters"
          className={classes.aside}
        >
          <a href="#directory-results" className={classes.skip}>
            {t("skipToResults")}
          </a>
          <Title order={2} size="h4" id="directory-filters" mb="md">
            {t("filters")}
          </Title>
          {panel}
        </Box>
        <Box
          component="section"
          id="directory-results"
          tabIndex={-1}
          aria-label={t("resultsLandmark")}
          className={classes.results}
        >
          <ResultList
            results={results}
            hasFilters={filterCount > 0}
            onClearFilters={clearFilters}
          />
        </Box>
      </Flex>
      <Drawer
        opened={drawerOpened}
        onClose={drawer.close}
        title={t("filters")}
        position="bottom"
        size="85%"
        closeButtonProps={{ "aria-label": t("closeFilters") }}
      >
        <Stack gap="lg" pb="md">
          {panel}
          <Group
            wrap="nowrap"
            pos="sticky"
            bottom={0}
            py="sm"
            bg="var(--mantine-color-body)"
            style={{ zIndex: 1 }}
          >
            {filterCount > 0 && (
              <Button variant="default" onClick={clearFilters}>
                {t("clearShort")}
              </Button>
            )}
            <Button onClick={drawer.close} style={{ flex: 1 }}>
              {total === undefined ? t("showResults") : t("showCount", { n: number(total) })}
            </Button>
          </Group>
        </Stack>
      </Drawer>
    </Stack>
  );
}
