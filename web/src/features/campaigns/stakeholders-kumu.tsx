import { Alert, Anchor, Button, FileInput, Group, List, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type {
  KumuImportInput,
  KumuImportReport,
} from "../../../../shared/campaigns/stakeholders.ts";
import { FormError } from "../../components/FormError.tsx";
import { notify } from "../../lib/notify.ts";
import { kumuExportUrl, useKumuImport } from "./stakeholders-data.ts";

/** The largest CSV file the import takes (the server's limit is in characters; this is near it). */
const maxFileBytes = 3_000_000;

/** Links to download the stakeholders and links in Kumu's CSV format. */
export function KumuExportLinks({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation("campaign-stakeholders");
  return (
    <Group gap="md" wrap="wrap">
      <Anchor href={kumuExportUrl(campaignId, "elements")} download="elements.csv" size="sm">
        {t("kumu.exportElements")}
      </Anchor>
      <Anchor href={kumuExportUrl(campaignId, "connections")} download="connections.csv" size="sm">
        {t("kumu.exportConnections")}
      </Anchor>
    </Group>
  );
}

/**
 * A Kumu import in two steps: the files are checked first (nothing changes), the report says
 * what would be created or changed and every refused row with why; then the import, of all
 * rows, or of the valid ones only when some were refused.
 */
export function KumuImport({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation("campaign-stakeholders");
  const [elements, setElements] = useState<File | null>(null);
  const [connections, setConnections] = useState<File | null>(null);
  const [texts, setTexts] = useState<Pick<KumuImportInput, "elements" | "connections"> | null>(
    null,
  );
  const [tooBig, setTooBig] = useState(false);
  const check = useKumuImport(campaignId);
  const run = useKumuImport(campaignId);
  const report: KumuImportReport | undefined = check.data;

  const reset = () => {
    setTexts(null);
    check.reset();
    run.reset();
  };
  const checkFiles = async () => {
    if (!elements) return;
    const big = elements.size > maxFileBytes || (connections?.size ?? 0) > maxFileBytes;
    setTooBig(big);
    if (big) return;
    const read = {
      elements: await elements.text(),
      ...(connections ? { connections: await connections.text() } : {}),
    };
    setTexts(read);
    run.reset();
    check.mutate({ ...read, dryRun: true });
  };
  const importRows = (validRowsOnly: boolean) => {
    if (!texts) return;
    run.mutate(
      { ...texts, validRowsOnly },
      {
        onSuccess: (done) => {
          notify({
            color: "green",
            message: t("kumu.done", {
              created: done.elements.created,
              updated: done.elements.updated,
              links: done.connections.created,
            }),
          });
          setElements(null);
          setConnections(null);
          reset();
        },
      },
    );
  };

  const refused = report?.refused ?? [];
  const refusedRows = new Set(refused.map((r) => `${r.file}:${r.row}`)).size;
  const changes = report
    ? report.elements.created + report.elements.updated + report.connections.created
    : 0;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("kumu.intro")}
      </Text>
      <FileInput
        label={t("kumu.elementsFile")}
        description={t("kumu.elementsHint")}
        accept=".csv,text/csv"
        clearable
        value={elements}
        onChange={(file) => {
          setElements(file);
          reset();
        }}
      />
      <FileInput
        label={t("kumu.connectionsFile")}
        description={t("kumu.connectionsHint")}
        accept=".csv,text/csv"
        clearable
        value={connections}
        onChange={(file) => {
          setConnections(file);
          reset();
        }}
      />
      {tooBig && (
        <Alert color="red" role="alert">
          {t("kumu.tooBig")}
        </Alert>
      )}
      <Group>
        <Button
          variant="light"
          disabled={!elements}
          loading={check.isPending}
          onClick={() => void checkFiles()}
        >
          {t("kumu.check")}
        </Button>
      </Group>
      <FormError error={check.error} />

      {report && (
        <Stack gap="sm" aria-live="polite">
          <List size="sm" spacing={2}>
            <List.Item>
              {t("kumu.reportElements", {
                count: report.elements.rows,
                created: report.elements.created,
                updated: report.elements.updated,
                unchanged: report.elements.unchanged,
              })}
            </List.Item>
            <List.Item>
              {t("kumu.reportConnections", {
                count: report.connections.rows,
                created: report.connections.created,
                unchanged: report.connections.unchanged,
              })}
            </List.Item>
          </List>
          {refused.length > 0 && (
            <>
              <Alert color="orange" title={t("kumu.refusedTitle", { count: refusedRows })}>
                {t("kumu.refusedIntro")}
              </Alert>
              <Table.ScrollContainer minWidth={0}>
                <Table withTableBorder striped layout="fixed" fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={{ base: 88, sm: 140 }}>{t("kumu.where")}</Table.Th>
                      <Table.Th>{t("kumu.label")}</Table.Th>
                      <Table.Th>{t("kumu.why")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {refused.map((r, i) => (
                      <Table.Tr key={`${r.file}-${r.row}-${r.column ?? ""}-${i}`}>
                        <Table.Td>
                          {t(`kumu.files.${r.file}`)} · {t("kumu.row", { row: r.row })}
                        </Table.Td>
                        <Table.Td dir="auto" style={{ overflowWrap: "anywhere" }}>
                          {r.label}
                        </Table.Td>
                        <Table.Td style={{ overflowWrap: "anywhere" }}>
                          {t(`kumu.reasons.${r.reason}`, { column: r.column ?? "" })}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )}
          <Group gap="sm">
            {refused.length === 0 ? (
              <Button
                disabled={changes === 0}
                loading={run.isPending}
                onClick={() => importRows(false)}
              >
                {t("kumu.import")}
              </Button>
            ) : (
              <Button
                color="orange"
                disabled={changes === 0}
                loading={run.isPending}
                onClick={() => importRows(true)}
              >
                {t("kumu.importValid")}
              </Button>
            )}
            <Button variant="default" onClick={reset}>
              {t("common:actions.cancel")}
            </Button>
          </Group>
          {changes === 0 && (
            <Text size="sm" c="dimmed">
              {t("kumu.nothingToDo")}
            </Text>
          )}
          <FormError error={run.error} />
        </Stack>
      )}
    </Stack>
  );
}
