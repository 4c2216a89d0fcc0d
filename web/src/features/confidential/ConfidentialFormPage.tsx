import { Alert, Stack } from "@mantine/core";
import { useNavigate, useParams } from "@tanstack/react-router";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage } from "../../components/PageStates.tsx";
import { ApiError } from "../../lib/api.ts";
import { useMyOrganizations } from "../../lib/coalition-data.ts";
import { notify } from "../../lib/notify.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import { EditSaveError, RecordFormPage } from "../records/records-form-shell.tsx";
import { emptyValues, sameContent, valuesFromRecord } from "../records/records-form-values.ts";
import {
  uploadSealedFile,
  useConfidentialRecord,
  useCreateConfidential,
  useOpened,
  useOrganizationKeys,
  useRefreshConfidential,
  useUpdateConfidential,
} from "./confidential-data.ts";
import {
  ConfidentialForm,
  type ConfidentialFormValues,
  FieldProblems,
  KeysProblem,
  Progress,
} from "./confidential-form.tsx";
import type { OpenedRecord } from "./confidential-open.ts";
import { KeyChanges, UnlockedOnly, useFailText } from "./confidential-parts.tsx";
import {
  type FieldProblem,
  checkContent,
  contentFromValues,
  sealNew,
  sealNext,
} from "./confidential-save.ts";
import { encryptFile } from "./file-crypto.ts";
import {
  type CryptoModule,
  type KeyChange,
  KeyChangeRefused,
  type KeySession,
} from "./key-session.ts";

const isKeyChange = (error: unknown): error is KeyChangeRefused =>
  error instanceof KeyChangeRefused ||
  (error instanceof Error && error.name === "KeyChangeRefused");

/** Encrypts and sends each file in turn; answers the names of those that failed. */
async function attachFiles(
  crypto: CryptoModule,
  recordId: string,
  contentKey: Uint8Array,
  files: readonly File[],
  onFile: (name: string) => void,
): Promise<string[]> {
  const failed: string[] = [];
  for (const file of files) {
    onFile(file.name);
    try {
      const encrypted = await encryptFile(crypto, file, recordId, contentKey);
      await uploadSealedFile(recordId, encrypted);
    } catch {
      failed.push(file.name);
    }
  }
  return failed;
}

function CreateForm({ session }: { session: KeySession }) {
  const { t, i18n } = useTranslation("confidential");
  const navigate = useNavigate();
  const mine = useMyOrganizations(true);
  const create = useCreateConfidential();
  const owners = useMemo(
    () => (mine.data?.items ?? []).map((o) => ({ id: o.id, name: o.name })),
    [mine.data],
  );
  const [owner, setOwner] = useState<string | null>(null);
  const ownerId = owner ?? (owners.length === 1 ? (owners[0]?.id ?? "") : "");
  const keys = useOrganizationKeys(ownerId);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [change, setChange] = useState<KeyChange | null>(null);
  const [failure, setFailure] = useState<ReactNode>(null);
  const [step, setStep] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (mine.isPending) return <PageLoading />;
  if (!owners.length)
    return (
      <Alert color="blue" role="alert">
        {t("form.noOrganization")}
      </Alert>
    );

  const state = keys.data?.state;
  const blocked =
    state === "none" ? (
      <KeysProblem problem="none" />
    ) : state === "rotation_needed" ? (
      <KeysProblem problem="rotation" />
    ) : keys.data && !keys.data.member?.seal ? (
      <KeysProblem problem="notSealed" />
    ) : null;

  async function handleSubmit(values: ConfidentialFormValues) {
    setProblems([]);
    setFailure(null);
    setChange(null);
    create.reset();
    setBusy(true);
    try {
      const checked = await checkContent(contentFromValues(values));
      if ("problems" in checked) return setProblems(checked.problems);
      setStep(t("form.encrypting"));
      const crypto = await session.crypto();
      await crypto.loadSodium();
      const keyring = await session.keyringOf(values.ownerOrganizationId);
      const made = sealNew(crypto, {
        content: checked.content,
        ownerOrganizationId: values.ownerOrganizationId,
        keyring,
      });
      setStep(t("form.sending"));
      await create.mutateAsync({
        id: made.id,
        ownerOrganizationId: values.ownerOrganizationId,
        readersAll: values.readersAll,
        sealed: made.sealed,
        key: made.key,
      });
      const failed = await attachFiles(crypto, made.id, made.contentKey, values.files, (name) =>
        setStep(t("form.encryptingFile", { name })),
      );
      notify({ color: "teal", message: t("form.created") });
      if (failed.length)
        notify({ color: "red", message: t("form.filesFailed", { names: failed.join(", ") }) });
      await navigate({ to: "/confidential/$id", params: { id: made.id } });
    } catch (error) {
      if (isKeyChange(error)) setChange(error.change);
      else if (!(error instanceof ApiError)) setFailure(t("form.keyringFailed"));
    } finally {
      setBusy(false);
      setStep(null);
    }
  }

  return (
    <ConfidentialForm
      initial={{ ...emptyValues("incident", ownerId, i18n.language), files: [] }}
      owners={owners}
      onOwnerChange={setOwner}
      editing={false}
      submitLabel={t("form.create")}
      pending={busy}
      blocked={blocked}
      onSubmit={(values) => void handleSubmit(values)}
      feedback={
        <>
          <Progress step={step} />
          <FieldProblems problems={problems} />
          {change && <KeyChanges changes={[change]} onAccepted={() => setChange(null)} />}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <FormError error={create.error} />
        </>
      }
      cancel={
        <ButtonLink variant="default" to="/confidential">
          {t("common:actions.cancel")}
        </ButtonLink>
      }
    />
  );
}

/** A new confidential record, encrypted in this browser before anything is sent. */
export function ConfidentialCreatePage() {
  const { t } = useTranslation("confidential");
  useDocumentTitle(t("form.newTitle"));
  return (
    <UnlockedOnly title={t("form.newTitle")}>
      {(session) => (
        <RecordFormPage title={t("form.newTitle")} lead={t("form.newLead")}>
          <CreateForm session={session} />
        </RecordFormPage>
      )}
    </UnlockedOnly>
  );
}

function EditForm({
  session,
  record,
  opened,
  onReload,
}: {
  session: KeySession;
  record: { id: string; version: number; ownerOrganizationId: string };
  opened: OpenedRecord;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation("confidential");
  const navigate = useNavigate();
  const update = useUpdateConfidential(record.id);
  const refresh = useRefreshConfidential(record.id);
  // The version opened when the form did: a newer one must not slip in unseen (the 409 says so).
  const [initial] = useState(() => ({
    ...valuesFromRecord(
      {
        kind: opened.kind,
        ownerOrganizationId: opened.ownerOrganizationId,
        classification: "restricted",
        fields: opened.fields,
      },
      i18n.language,
    ),
    files: [] as File[],
  }));
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [step, setStep] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const contentKey = opened.contentKey;

  async function handleSubmit(values: ConfidentialFormValues) {
    if (!contentKey) return;
    setProblems([]);
    update.reset();
    setBusy(true);
    const done = () => navigate({ to: "/confidential/$id", params: { id: record.id } });
    try {
      const changed = !sameContent(initial, values);
      if (!changed && !values.files.length) {
        notify({ color: "blue", message: t("form.unchanged") });
        return void (await done());
      }
      const crypto = await session.crypto();
      await crypto.loadSodium();
      if (changed) {
        const checked = await checkContent(contentFromValues(values));
        if ("problems" in checked) return setProblems(checked.problems);
        setStep(t("form.encrypting"));
        const sealed = sealNext(crypto, { content: checked.content, record, contentKey });
        await update.mutateAsync({ version: record.version, sealed });
      }
      const failed = await attachFiles(crypto, record.id, contentKey, values.files, (name) =>
        setStep(t("form.encryptingFile", { name })),
      );
      await refresh();
      notify({ color: "teal", message: t("form.saved") });
      if (failed.length)
        notify({ color: "red", message: t("form.filesFailed", { names: failed.join(", ") }) });
      await done();
    } catch {
      // The mutation's error is shown below; nothing else here throws but the crypto module.
    } finally {
      setBusy(false);
      setStep(null);
    }
  }

  return (
    <ConfidentialForm
      initial={initial}
      editing
      submitLabel={t("form.save")}
      pending={busy}
      onSubmit={(values) => void handleSubmit(values)}
      feedback={
        <>
          <Progress step={step} />
          <FieldProblems problems={problems} />
          <EditSaveError
            save={update}
            onReload={onReload}
            conflictTitle={t("form.conflictTitle")}
            conflictText={t("form.conflict")}
            reloadLabel={t("form.reload")}
          />
        </>
      }
      cancel={
        <ButtonLink variant="default" to="/confidential/$id" params={{ id: record.id }}>
          {t("common:actions.cancel")}
        </ButtonLink>
      }
    />
  );
}

function EditPage({ session, id }: { session: KeySession; id: string }) {
  const { t } = useTranslation("confidential");
  const record = useConfidentialRecord(id);
  const opened = useOpened(session, record.data, record.dataUpdatedAt);
  const failText = useFailText();
  const [reloads, setReloads] = useState(0);
  const title = t("form.editTitle");
  const back = (
    <ButtonLink variant="default" to="/confidential/$id" params={{ id }} w="fit-content">
      {t("form.backToRecord")}
    </ButtonLink>
  );
  if (record.isPending || (record.data && opened.isPending)) return <PageLoading />;
  if (record.error || !record.data)
    return (
      <PageMessage title={title} action={back}>
        {record.error instanceof ApiError && record.error.status === 404
          ? t("view.notFound")
          : t("common:errors.generic")}
      </PageMessage>
    );
  const data = record.data;
  if (!data.may.edit || data.sight !== "full")
    return (
      <PageMessage title={title} color="blue" action={back}>
        {t("form.mayNotEdit")}
      </PageMessage>
    );
  const result = opened.data;
  if (!result || result.status === "failed")
    return (
      <Stack maw={640}>
        <PageMessage title={title} action={back}>
          {result ? failText(result.reason) : t("common:errors.generic")}
        </PageMessage>
        {result?.change && (
          <KeyChanges changes={[result.change]} onAccepted={() => void opened.refetch()} />
        )}
      </Stack>
    );
  return (
    <RecordFormPage
      title={title}
      lead={t("form.editLead", { owner: data.ownerName, version: data.version })}
    >
      <EditForm
        key={`${reloads}-${data.version}`}
        session={session}
        record={data}
        opened={result}
        onReload={() => void record.refetch().then(() => setReloads((n) => n + 1))}
      />
    </RecordFormPage>
  );
}

/** The record's fields, opened here and sealed again as its next version. */
export function ConfidentialEditPage() {
  const { t } = useTranslation("confidential");
  const { id } = useParams({ from: "/confidential/$id/edit" });
  useDocumentTitle(t("form.editTitle"));
  return (
    <UnlockedOnly title={t("form.editTitle")}>
      {(session) => <EditPage session={session} id={id} />}
    </UnlockedOnly>
  );
}
