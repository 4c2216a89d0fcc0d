import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import {
  LoadFailure,
  PageLoading,
  PageMessage,
  SignInFirst,
} from "../../components/PageStates.tsx";
import { useMyOrganizations } from "../../lib/coalition-data.ts";
import { useMe } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { useDocumentTitle } from "../../lib/page.ts";
import {
  type RecordCreateBody,
  type RecordPatchBody,
  type RecordView,
  useCreateRecord,
  useRecord,
  useUpdateRecord,
} from "./records-data.ts";
import { RecordForm } from "./records-form.tsx";
import { EditSaveError, RecordFormPage } from "./records-form-shell.tsx";
import {
  type RecordFormValues,
  emptyValues,
  fieldsFromValues,
  sameContent,
  sameSharing,
  sharingOf,
  valuesFromRecord,
} from "./records-form-values.ts";

const recordPage = "/records/$id";

/** A new incident, case, trend or document for one of the reader's organisations. */
export function RecordCreatePage() {
  const { t, i18n } = useTranslation("records");
  const search = useSearch({ from: "/records/new" });
  const navigate = useNavigate();
  const me = useMe();
  const mine = useMyOrganizations(!!me.data);
  const create = useCreateRecord();
  useDocumentTitle(t("form.newTitle"));

  const owners = useMemo(
    () => (mine.data?.items ?? []).map((o) => ({ id: o.id, name: o.name })),
    [mine.data],
  );
  if (me.isPending || (me.data && mine.isPending)) return <PageLoading />;
  if (!me.data) return <SignInFirst message={t("form.signInFirst")} />;
  if (mine.error) return <LoadFailure error={mine.error} forbidden={t("form.noOrganization")} />;
  if (!owners.length)
    return (
      <PageMessage title={t("form.newTitle")} color="blue">
        {t("form.noOrganization")}
      </PageMessage>
    );

  const owner =
    owners.find((o) => o.id === search.organizationId)?.id ??
    (owners.length === 1 ? (owners[0]?.id ?? "") : "");
  const initial = emptyValues(search.kind ?? "incident", owner, i18n.language);

  function handleSubmit(values: RecordFormValues) {
    const body = {
      kind: values.kind,
      ownerOrganizationId: values.ownerOrganizationId,
      fields: fieldsFromValues(values),
      ...sharingOf(values),
    } as RecordCreateBody;
    create.mutate(body, {
      onSuccess: async (made) => {
        notify({ color: "teal", message: t("form.created") });
        await navigate({ to: recordPage, params: { id: made.id } });
      },
    });
  }

  return (
    <RecordFormPage title={t("form.newTitle")} lead={t("form.newLead")}>
      <RecordForm
        initial={initial}
        owners={owners}
        editing={false}
        withSharing
        submitLabel={t("form.create")}
        pending={create.isPending}
        onSubmit={handleSubmit}
        feedback={<FormError error={create.error} />}
        cancel={
          <ButtonLink
            variant="default"
            to="/records"
            search={search.organizationId ? { organizationId: search.organizationId } : {}}
          >
            {t("common:actions.cancel")}
          </ButtonLink>
        }
      />
    </RecordFormPage>
  );
}

function EditForm({ current, onReload }: { current: RecordView; onReload: () => void }) {
  const { t, i18n } = useTranslation("records");
  const navigate = useNavigate();
  // The version read when the form opened: a refetch in the background must not move the
  // edit onto a newer version unseen (that is what the 409 is for).
  const [record] = useState(current);
  const [initial] = useState(() => valuesFromRecord(record, i18n.language));
  const update = useUpdateRecord(record.id);
  // Who reads it is changed only by those who may share it, and only the owner's people see it.
  const withSharing = record.may.share && !!record.sharing;

  function handleSubmit(values: RecordFormValues) {
    const contentChanged = !sameContent(initial, values);
    const sharingChanged = withSharing && !sameSharing(initial, values);
    const done = async () => navigate({ to: recordPage, params: { id: record.id } });
    if (!contentChanged && !sharingChanged) {
      notify({ color: "blue", message: t("form.unchanged") });
      void done();
      return;
    }
    const patch = {
      version: record.version,
      ...(contentChanged ? { fields: fieldsFromValues(values) } : {}),
      ...(sharingChanged ? sharingOf(values) : {}),
    } as RecordPatchBody;
    update.mutate(patch, {
      onSuccess: async () => {
        notify({ color: "teal", message: t("form.saved") });
        await done();
      },
    });
  }

  return (
    <RecordForm
      initial={initial}
      editing
      withSharing={withSharing}
      submitLabel={t("form.save")}
      pending={update.isPending}
      onSubmit={handleSubmit}
      feedback={
        <EditSaveError
          save={update}
          onReload={onReload}
          conflictTitle={t("form.conflictTitle")}
          conflictText={t("form.conflict")}
          reloadLabel={t("form.reload")}
        />
      }
      cancel={
        <ButtonLink variant="default" to={recordPage} params={{ id: record.id }}>
          {t("common:actions.cancel")}
        </ButtonLink>
      }
    />
  );
}

/** The record form filled from the record, saved as a new version of the one read. */
export function RecordEditPage() {
  const { t } = useTranslation("records");
  const { id } = useParams({ from: "/records/$id/edit" });
  const record = useRecord(id);
  const [reloads, setReloads] = useState(0);
  const kind = record.data?.kind;
  useDocumentTitle(kind ? t(`form.editTitle.${kind}`) : undefined);

  if (record.isPending) return <PageLoading />;
  if (record.error) return <LoadFailure error={record.error} forbidden={t("form.mayNotEdit")} />;
  const data = record.data;
  if (!data) return <PageLoading />;
  const back = (
    <ButtonLink variant="default" to={recordPage} params={{ id }} w="fit-content">
      {t("form.backToRecord")}
    </ButtonLink>
  );
  if (!data.may.edit)
    return (
      <PageMessage title={t(`form.editTitle.${data.kind}`)} color="blue" action={back}>
        {t("form.mayNotEdit")}
      </PageMessage>
    );
  return (
    <RecordFormPage
      title={t(`form.editTitle.${data.kind}`)}
      lead={t("form.editLead", { owner: data.ownerName, version: data.version })}
    >
      {/* A reload after a conflict starts the form again from the version now stored. */}
      <EditForm
        key={reloads}
        current={data}
        onReload={() => void record.refetch().then(() => setReloads((n) => n + 1))}
      />
    </RecordFormPage>
  );
}
