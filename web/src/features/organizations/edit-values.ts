import type { UseFormReturnType } from "@mantine/form";
import type { LocalizedText } from "../../../../shared/locales.ts";
import {
  defaultFieldVisibility,
  type Organization,
  type OrganizationInput,
  type OrganizationUpdate,
} from "../../../../shared/organizations.ts";

type Input = Required<OrganizationInput>;

/**
 * The profile form's state: the request body with every optional text as an empty string
 * and optional choices as null, because inputs need a value to be controlled.
 */
export type EditValues = Omit<Input, "headquartersCountry" | "sizeBand" | "contacts"> & {
  headquartersCountry: string | null;
  sizeBand: string | null;
  contacts: Required<Input["contacts"][number]>[];
};
export type EditForm = UseFormReturnType<EditValues>;
export type ContactValues = EditValues["contacts"][number];

export const emptyContact: ContactValues = { name: "", role: "", email: "", phone: "" };

const emptyText = (language: string): LocalizedText => ({ original: language, texts: {} });

export function emptyValues(language: string): EditValues {
  return {
    name: "",
    acronym: "",
    website: "",
    mission: emptyText(language),
    description: emptyText(language),
    types: [],
    level: "",
    headquartersCountry: null,
    countries: [],
    issues: [],
    capacities: [],
    workingLanguages: [],
    sizeBand: null,
    postures: [],
    contacts: [],
    visibility: { ...defaultFieldVisibility },
    hiddenFromDirectory: false,
    discoverable: true,
  };
}

export function valuesFrom(org: Organization, language: string): EditValues {
  return {
    name: org.name,
    acronym: org.acronym ?? "",
    website: org.website ?? "",
    mission: org.mission ?? emptyText(language),
    description: org.description ?? emptyText(language),
    types: org.types,
    level: org.level,
    headquartersCountry: org.headquartersCountry,
    countries: org.countries ?? [],
    issues: org.issues ?? [],
    capacities: org.capacities ?? [],
    workingLanguages: org.workingLanguages ?? [],
    sizeBand: org.sizeBand ?? null,
    postures: org.postures ?? [],
    contacts: (org.contacts ?? []).map((c) => ({
      name: c.name,
      role: c.role ?? "",
      email: c.email ?? "",
      phone: c.phone ?? "",
    })),
    visibility: org.visibility ?? { ...defaultFieldVisibility },
    hiddenFromDirectory: org.hiddenFromDirectory ?? false,
    discoverable: org.discoverable ?? true,
  };
}

const blank = (value: string) => value.trim() || undefined;

/** People often type "example.org"; the API wants a full http(s) address. */
export function normalizeWebsite(value: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** Drops empty translations; a text with none left is no text at all. */
export function cleanText(value: LocalizedText): LocalizedText | undefined {
  const texts = Object.fromEntries(
    Object.entries(value.texts)
      .map(([language, text]) => [language, text.trim()] as const)
      .filter(([, text]) => text.length > 0),
  );
  return Object.keys(texts).length > 0 ? { original: value.original, texts } : undefined;
}

export function toInput(values: EditValues): OrganizationInput {
  return {
    name: values.name.trim(),
    acronym: blank(values.acronym),
    mission: cleanText(values.mission),
    description: cleanText(values.description),
    website: normalizeWebsite(values.website),
    types: values.types,
    level: values.level,
    headquartersCountry: values.headquartersCountry ?? undefined,
    countries: values.countries,
    issues: values.issues,
    capacities: values.capacities,
    workingLanguages: values.workingLanguages,
    sizeBand: values.sizeBand ?? undefined,
    postures: values.postures,
    contacts: values.contacts.map((c) => ({
      name: c.name.trim(),
      role: blank(c.role),
      email: blank(c.email),
      phone: blank(c.phone),
    })),
    visibility: values.visibility,
    hiddenFromDirectory: values.hiddenFromDirectory,
    discoverable: values.discoverable,
  };
}

/** An update names every field, with null where the owner emptied it. */
export function toUpdate(values: EditValues): OrganizationUpdate {
  const input = toInput(values);
  return {
    ...input,
    acronym: input.acronym ?? null,
    mission: input.mission ?? null,
    description: input.description ?? null,
    website: input.website ?? null,
    headquartersCountry: input.headquartersCountry ?? null,
    sizeBand: input.sizeBand ?? null,
  };
}

/** Turns the API's "body.contacts.0.email" into the form path "contacts.0.email". */
export function formErrorsFrom(fields: { field: string; message: string }[]) {
  return Object.fromEntries(
    fields
      .map((f) => [f.field.replace(/^body\.?/, ""), f.message] as const)
      .filter(([path]) => path.length > 0),
  );
}

/** The first message among a field's own error and those of its parts (mission.texts.fr). */
export function errorUnder(form: EditForm, path: string) {
  const key = Object.keys(form.errors).find((k) => k === path || k.startsWith(`${path}.`));
  return key ? form.errors[key] : undefined;
}
