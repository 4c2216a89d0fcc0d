import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CoalitionInput, CoalitionVisibility } from "../../../../shared/coalitions.ts";
import { FormError } from "../../components/FormError.tsx";
import { api } from "../../lib/api.ts";
import { useMe, useTaxonomies } from "../../lib/hooks.ts";
import { notify } from "../../lib/notify.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { PageLoading, PageMessage, SignInFirst } from "../../components/PageStates.tsx";
import { CharterFields } from "./CharterFields.tsx";
import {
  coalitionKey,
  managedOrganizations,
  useMyOrganizations,
} from "../../lib/coalition-data.ts";
import { focusFirstInvalid, useDocumentTitle } from "../../lib/page.ts";
import {
  charterValidation,
  emptyCharter,
  toCharter,
  type CharterValues,
} from "./charter-values.ts";

const visibilities = ["public", "unlisted", "secret"] as const satisfies CoalitionVisibility[];

type Values = CharterValues & {
  organizationId: string;
  name: string;
  visibility: CoalitionVisibility;
  memberListVisibility: "public" | "members";
  namedPublicly: boolean;
};

function CreateForm({ conveners }: { conveners: { id: string; name: string }[] }) {
  const { t, i18n } = useTranslation("coalitions");
  const navigate = useNavigate();
  const carried = useSearch({ from: "/coalitions/new" });
  const team = carried.team ?? [];
  const queryClient = useQueryClient();
  const [invalid, setInvalid] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      organizationId: conveners[0]?.id ?? "",
      name: carried.name ?? "",
      visibility: "unlisted",
      memberListVisibility: "members",
      namedPublicly: true,
      ...emptyCharter(i18n.language),
      ...(carried.purpose
        ? { purpose: { original: i18n.language, texts: { [i18n.language]: carried.purpose } } }
        : {}),
    },
    validate: {
      name: (v) => (v.trim().length >= 2 ? null : t("form.validation.name")),
      organizationId: (v) => (v ? null : t("form.validation.convener")),
      ...charterValidation(t),
    },
  });
  const create = useMutation({
    mutationFn: (values: Values) => {
      const body: CoalitionInput = {
        organizationId: values.organizationId,
        name: values.name.trim(),
        visibility: values.visibility,
        memberListVisibility: values.memberListVisibility,
        namedPublicly: values.namedPublicly,
        charter: toCharter(values),
      };
      return api.POST("/api/v1/coalitions", { body });
    },
    onSuccess: async (coalition) => {
      queryClient.setQueryData(coalitionKey(coalition.id), coalition);
      await queryClient.invalidateQueries({ queryKey: ["coalitions"] });
      if (team.length) {
        // The team from partner discovery, kept through the full form, is invited now.
        await api.POST("/api/v1/discovery/team/invitations", {
          body: { coalitionId: coalition.id, organizationIds: team },
        });
        notify({ color: "teal", message: t("form.createdWithTeam", { count: team.length }) });
        await navigate({ to: "/coalitions/$id/members", params: { id: coalition.id } });
        return;
      }
      notify({ color: "teal", message: t("form.created") });
      await navigate({ to: "/coalitions/$id", params: { id: coalition.id } });
    },
  });
  const convener = conveners.find((o) => o.id === form.values.organizationId);

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          setInvalid(false);
          create.mutate(values);
        },
        () => {
          setInvalid(true);
          focusFirstInvalid();
        },
      )}
    >
      <Stack gap="lg">
        {team.length > 0 && (
          <Alert color="blue" role="status">
            {t("form.teamCarried", { count: team.length })}
          </Alert>
        )}
        <FormSection title={t("form.sections.identity")}>
          <NativeSelect
            label={t("form.convener")}
            description={t("form.hint.convener")}
            data={conveners.map((o) => ({ value: o.id, label: o.name }))}
            required
            {...form.getInputProps("organizationId")}
          />
          <TextInput
            label={t("form.name")}
            dir="auto"
            description={t("form.hint.name")}
            required
            maxLength={200}
            {...form.getInputProps("name")}
          />
        </FormSection>
        <FormSection title={t("form.sections.visibility")}>
          <Radio.Group label={t("form.visibility")} {...form.getInputProps("visibility")}>
            <Stack gap="sm" mt="xs">
              {visibilities.map((v) => (
                <Radio
                  key={v}
                  value={v}
                  label={t(`visibility.${v}.label`)}
                  description={t(`visibility.${v}.explain`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group label={t("form.memberList")} {...form.getInputProps("memberListVisibility")}>
            <Stack gap="sm" mt="xs">
              <Radio
                value="members"
                label={t("memberList.members.label")}
                description={t("memberList.members.explain")}
              />
              <Radio
                value="public"
                label={t("memberList.public.label")}
                description={t("memberList.public.explain")}
              />
            </Stack>
          </Radio.Group>
          <Switch
            label={t("form.namedPublicly", { name: convener?.name ?? "" })}
            description={t("form.hint.namedPublicly")}
            {...form.getInputProps("namedPublicly", { type: "checkbox" })}
          />
        </FormSection>
        <CharterFields form={form} organizations={convener ? [convener] : []} />
        {invalid && Object.keys(form.errors).length > 0 && (
          <Alert color="red" role="alert">
            {t("form.validation.summary")}
          </Alert>
        )}
        <FormError error={create.error} />
        <Group justify="flex-end" gap="sm">
          <ButtonLink variant="default" to="/coalitions">
            {t("common:actions.cancel")}
          </ButtonLink>
          <Button type="submit" loading={create.isPending}>
            {t("form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CoalitionCreatePage() {
  const { t } = useTranslation("coalitions");
  const { data: me, isPending } = useMe();
  const mine = useMyOrganizations(!!me);
  // The language vocabulary names the tabs of every multilingual field.
  const taxonomies = useTaxonomies();
  useDocumentTitle(t("form.createTitle"));

  if (isPending) return <PageLoading />;
  if (!me) return <SignInFirst message={t("form.signInFirst")} />;
  if (mine.isPending || taxonomies.isPending) return <PageLoading />;
  if (mine.error) return <FormError error={mine.error} />;
  const conveners = managedOrganizations(mine.data.items).map((o) => ({ id: o.id, name: o.name }));
  if (conveners.length === 0) {
    return (
      <PageMessage
        title={t("form.createTitle")}
        color="blue"
        action={
          <ButtonLink to="/organizations/new" w="fit-content">
            {t("form.createOrganization")}
          </ButtonLink>
        }
      >
        {t("form.noConvener")}
      </PageMessage>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      <div>
        <Title order={1}>{t("form.createTitle")}</Title>
        <Text c="dimmed" mt="xs">
          {t("form.createIntro")}
        </Text>
      </div>
      <CreateForm conveners={conveners} />
    </Stack>
  );
}
