import { Alert, Button, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Organization } from "../../../../shared/organizations.ts";
import { FormError } from "../../components/FormError.tsx";
import { api, ApiError, uploadLogo } from "../../lib/api.ts";
import { ContactsSection } from "./edit-contacts.tsx";
import { ButtonLink } from "../../components/Links.tsx";
import { LogoPicker } from "./edit-logo.tsx";
import { AboutSection, IdentitySection } from "./edit-sections.tsx";
import {
  cleanText,
  emptyValues,
  formErrorsFrom,
  normalizeWebsite,
  toInput,
  toUpdate,
  valuesFrom,
  type EditValues,
} from "./edit-values.ts";
import { VisibilitySection } from "./edit-visibility.tsx";
import { WorkSection } from "./edit-work.tsx";
import { notify } from "../../lib/notify.ts";

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Everything the profile holds. Without `organization` it creates one. */
export function OrganizationForm({ organization }: { organization?: Organization }) {
  const { t, i18n } = useTranslation("edit");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [logo, setLogo] = useState<File | null>(null);
  const [invalid, setInvalid] = useState(false);

  const originalHasText = (value: EditValues["mission"]) =>
    !cleanText(value) || value.texts[value.original]?.trim() ? null : t("validation.original");
  const form = useForm<EditValues>({
    initialValues: organization
      ? valuesFrom(organization, i18n.language)
      : emptyValues(i18n.language),
    validate: {
      name: (v) => (v.trim().length >= 2 ? null : t("validation.name")),
      types: (v) => (v.length > 0 ? null : t("validation.types")),
      level: (v) => (v ? null : t("validation.level")),
      website: (v) => {
        const url = normalizeWebsite(v);
        return !url || URL.canParse(url) ? null : t("validation.website");
      },
      mission: originalHasText,
      description: originalHasText,
      contacts: {
        name: (v) => (v.trim() ? null : t("validation.contactName")),
        email: (v) => (!v.trim() || emailPattern.test(v.trim()) ? null : t("validation.email")),
      },
    },
  });

  const save = useMutation({
    mutationFn: (values: EditValues) =>
      organization
        ? api.PATCH("/api/v1/organizations/{id}", {
            params: { path: { id: organization.id } },
            body: toUpdate(values),
          })
        : api.POST("/api/v1/organizations", { body: toInput(values) }),
    onError: (error) => {
      if (error instanceof ApiError && error.problem.errors) {
        form.setErrors(formErrorsFrom(error.problem.errors));
      }
    },
  });
  const upload = useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) => uploadLogo(id, file),
  });

  async function handleSubmit(values: EditValues) {
    setInvalid(false);
    let saved: Organization;
    try {
      saved = await save.mutateAsync(values);
    } catch {
      return; // The error is shown beside the form.
    }
    queryClient.setQueryData(["organization", saved.id], saved);
    if (logo) {
      try {
        saved = await upload.mutateAsync({ id: saved.id, file: logo });
        queryClient.setQueryData(["organization", saved.id], saved);
      } catch {
        // The profile exists; stay on (or move to) its edit page so the logo can be tried again.
        if (!organization) {
          notify({ color: "red", message: t("logo.failedAfterCreate") });
          await navigate({ to: "/organizations/$id/edit", params: { id: saved.id } });
        }
        return;
      }
    }
    await queryClient.invalidateQueries({
      predicate: (query) => !["taxonomies", "me"].includes(String(query.queryKey[0])),
    });
    notify({ color: "teal", message: organization ? t("saved") : t("created") });
    await navigate({ to: "/organizations/$id", params: { id: saved.id } });
  }

  function handleInvalid() {
    setInvalid(true);
    // Take keyboard and screen-reader users to the first field that needs attention.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  }

  const pending = save.isPending || upload.isPending;
  return (
    <form onSubmit={form.onSubmit((values) => void handleSubmit(values), handleInvalid)} noValidate>
      <Stack gap="lg">
        <IdentitySection
          form={form}
          logo={
            <LogoPicker
              currentUrl={organization?.logoUrl ?? null}
              file={logo}
              onChange={setLogo}
              error={upload.error ? logoErrorMessage(upload.error, t) : null}
            />
          }
        />
        <AboutSection form={form} />
        <WorkSection form={form} />
        <ContactsSection form={form} />
        <VisibilitySection form={form} />
        {invalid && Object.keys(form.errors).length > 0 && (
          <Alert color="red" role="alert">
            {t("validation.summary")}
          </Alert>
        )}
        <FormError error={save.error} />
        <Group justify="flex-end" gap="sm">
          {organization && (
            <ButtonLink variant="default" to="/organizations/$id" params={{ id: organization.id }}>
              {t("common:actions.cancel")}
            </ButtonLink>
          )}
          <Button type="submit" loading={pending}>
            {organization ? t("saveChanges") : t("create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function logoErrorMessage(error: unknown, t: (key: string) => string) {
  if (error instanceof ApiError && error.status === 413) return t("logo.tooLarge");
  if (error instanceof ApiError && (error.status === 415 || error.status === 422))
    return t("logo.wrongType");
  return t("logo.failed");
}
