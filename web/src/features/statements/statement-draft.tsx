import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../../shared/locales.ts";
import type { Statement } from "../../../../shared/statements/api.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { ApiError } from "../../lib/api.ts";
import { cleanText } from "../../lib/localized-text.ts";
import { notify } from "../../lib/notify.ts";
import { fromLocalInput, readerTimeZone, toLocalInput } from "../../lib/time.ts";
import {
  useAddVersion,
  useMakeInvitation,
  usePublishStatement,
  useUpdateStatement,
} from "./statement-data.ts";
import { deadlineError } from "./statement-form.ts";

/** A new version of the text, starting from the current one. */
function NewVersionForm({ statement, onDone }: { statement: Statement; onDone: () => void }) {
  const { t } = useTranslation("statements");
  const add = useAddVersion(statement);
  const [title, setTitle] = useState<LocalizedText>(statement.current.title);
  const [text, setText] = useState<LocalizedText>(statement.current.text);
  const [tried, setTried] = useState(false);
  const cleanTitle = cleanText(title);
  const cleanBody = cleanText(text);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!cleanTitle || !cleanBody) return;
        add.mutate(
          { title: cleanTitle, text: cleanBody },
          {
            onSuccess: () => {
              notify({ color: "teal", message: t("draft.versionAdded") });
              onDone();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t("draft.versionIntro")}</Text>
        <LocalizedTextInput
          label={t("form.title")}
          description={t("form.titleHint")}
          value={title}
          onChange={setTitle}
          maxLength={300}
          rows={1}
          error={tried && !cleanTitle ? t("form.validation.title") : undefined}
        />
        <LocalizedTextInput
          label={t("form.text")}
          description={t("form.textHint")}
          value={text}
          onChange={setText}
          maxLength={20000}
          rows={8}
          error={tried && !cleanBody ? t("form.validation.text") : undefined}
        />
        <RefusalAlert error={add.error} refusals={{ conflict: t("draft.versionRefused") }} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t("common:actions.cancel")}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t("draft.addVersion")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The deadline and whether the public page counts private supporters. */
function SettingsForm({ statement }: { statement: Statement }) {
  const { t } = useTranslation("statements");
  const update = useUpdateStatement(statement);
  const [deadline, setDeadline] = useState(
    statement.signOnClosesAt ? toLocalInput(new Date(statement.signOnClosesAt)) : "",
  );
  const [count, setCount] = useState(statement.showPrivateCount);
  const [tried, setTried] = useState(false);
  const error = tried ? deadlineError(deadline, t) : null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (deadlineError(deadline, t)) return;
        update.mutate(
          { signOnClosesAt: fromLocalInput(deadline), showPrivateCount: count },
          { onSuccess: () => notify({ color: "teal", message: t("draft.saved") }) },
        );
      }}
    >
      <Stack gap="sm">
        <TextInput
          type="datetime-local"
          label={t("form.deadline")}
          description={t("form.deadlineHint", { zone: readerTimeZone() })}
          w={{ base: "100%", sm: 320 }}
          value={deadline}
          onChange={(event) => setDeadline(event.currentTarget.value)}
          error={error}
        />
        <Switch
          label={t("form.showPrivateCount")}
          description={t("form.showPrivateCountHint")}
          checked={count}
          onChange={(event) => setCount(event.currentTarget.checked)}
        />
        <FormError error={update.error} />
        <Group>
          <Button type="submit" variant="outline" loading={update.isPending}>
            {t("draft.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The link organisations outside the coalition sign on through, with a copy button. */
function InvitationLink({ statement }: { statement: Statement }) {
  const { t } = useTranslation("statements");
  const make = useMakeInvitation(statement);
  const [confirm, setConfirm] = useState(false);
  const url = make.data?.url;
  return (
    <Stack gap="xs">
      <Text size="sm" c="gray.7">
        {t("draft.invitationIntro")}
      </Text>
      {url ? (
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t("draft.invitationLink")}
            value={url}
            readOnly
            dir="ltr"
            style={{ flex: 1, minWidth: 0 }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t("draft.copied") : t("draft.copy")} withArrow>
                <ActionIcon
                  variant="outline"
                  size="lg"
                  onClick={copy}
                  aria-label={copied ? t("draft.copied") : t("draft.copy")}
                >
                  {copied ? (
                    <IconCheck size={18} aria-hidden />
                  ) : (
                    <IconCopy size={18} aria-hidden />
                  )}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      ) : null}
      {url && (
        <Text size="xs" c="gray.7" role="status">
          {t("draft.invitationOnce")}
        </Text>
      )}
      <Group>
        <Button variant="outline" onClick={() => setConfirm(true)}>
          {url ? t("draft.newInvitation") : t("draft.makeInvitation")}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirm}
        title={t("draft.makeInvitation")}
        confirmLabel={t("draft.makeInvitation")}
        color="blue"
        onConfirm={() => make.mutate(undefined, { onSuccess: () => setConfirm(false) })}
        onClose={() => setConfirm(false)}
        pending={make.isPending}
        error={make.error}
        refusals={{ conflict: t("draft.invitationRefused") }}
      >
        {t("draft.invitationReplaces")}
      </ConfirmModal>
    </Stack>
  );
}

/** What the convening side does with a statement: sign-on, versions, publishing, the link. */
export function StatementDraftPanel({ statement }: { statement: Statement }) {
  const { t } = useTranslation("statements");
  const update = useUpdateStatement(statement);
  const publish = usePublishStatement(statement);
  const [step, setStep] = useState<null | "version" | "open" | "publish" | "withdraw">(null);
  const close = () => {
    setStep(null);
    update.reset();
    publish.reset();
  };
  const { status } = statement;
  const writable = status === "draft" || status === "open";
  const publishRefusal =
    publish.error instanceof ApiError && publish.error.status === 409
      ? // An open statement is refused publishing only by the risk gate.
        t("draft.publishRefused")
      : undefined;

  return (
    <PageSection title={t("draft.title")} description={t("draft.intro")}>
      <Group gap="sm" wrap="wrap">
        {status === "draft" && <Button onClick={() => setStep("open")}>{t("draft.open")}</Button>}
        {writable && (
          <Button variant="outline" onClick={() => setStep("version")}>
            {t("draft.addVersion")}
          </Button>
        )}
        {status === "open" && (
          <Button onClick={() => setStep("publish")}>{t("draft.publish")}</Button>
        )}
        {status !== "withdrawn" && (
          <Button variant="outline" color="red" onClick={() => setStep("withdraw")}>
            {t("draft.withdraw")}
          </Button>
        )}
      </Group>
      {status === "draft" && (
        <Alert color="blue" role="status">
          {t("draft.draftNote")}
        </Alert>
      )}
      {status !== "withdrawn" && status !== "published" && <SettingsForm statement={statement} />}
      {status !== "withdrawn" && <InvitationLink statement={statement} />}
      <Modal
        opened={step === "version"}
        onClose={close}
        title={t("draft.addVersion")}
        size="xl"
        closeButtonProps={{ "aria-label": t("common:actions.cancel") }}
      >
        <NewVersionForm statement={statement} onDone={close} />
      </Modal>
      <ConfirmModal
        opened={step === "open"}
        title={t("draft.open")}
        confirmLabel={t("draft.open")}
        color="blue"
        onConfirm={() => update.mutate({ status: "open" }, { onSuccess: close })}
        onClose={close}
        pending={update.isPending}
        error={update.error}
        refusals={{}}
      >
        {t("draft.openConfirm")}
      </ConfirmModal>
      <ConfirmModal
        opened={step === "publish"}
        title={t("draft.publish")}
        confirmLabel={t("draft.publish")}
        color="teal"
        onConfirm={() => publish.mutate(undefined, { onSuccess: close })}
        onClose={close}
        pending={publish.isPending}
        error={publish.error}
        refusals={{ conflict: publishRefusal }}
      >
        {t("draft.publishConfirm", { number: statement.current.number })}
      </ConfirmModal>
      <ConfirmModal
        opened={step === "withdraw"}
        title={t("draft.withdraw")}
        confirmLabel={t("draft.withdraw")}
        onConfirm={() => update.mutate({ status: "withdrawn" }, { onSuccess: close })}
        onClose={close}
        pending={update.isPending}
        error={update.error}
        refusals={{}}
      >
        {t("draft.withdrawConfirm")}
      </ConfirmModal>
    </PageSection>
  );
}
