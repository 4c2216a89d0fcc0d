import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../../shared/locales.ts";
import type { MeetingInput } from "../../../../shared/meetings.ts";
import { FormError } from "../../components/FormError.tsx";
import { LocalizedTextInput } from "../../components/LocalizedTextInput.tsx";
import { cleanText } from "../../lib/localized-text.ts";
import { focusFirstInvalid } from "../../lib/page.ts";
import { FormSection } from "../../components/FormSection.tsx";
import { TimeZoneSelect } from "./TimeZoneSelect.tsx";
import { browserTimeZone, instantToZoned, useZonedFormat, zonedToInstant } from "./zoned-time.ts";
import { isolate } from "../../lib/bidi.ts";

export type MeetingValues = {
  title: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  location: string;
  onlineUrl: string;
  agenda: LocalizedText;
};

const maxHours = 14 * 24;

/** A fresh form: next week at ten, for an hour and a half, in the reader's zone. */
export function newMeetingValues(language: string): MeetingValues {
  const timeZone = browserTimeZone();
  const day = instantToZoned(new Date(Date.now() + 7 * 86_400_000).toISOString(), timeZone).date;
  return {
    title: "",
    startDate: day,
    startTime: "10:00",
    endDate: day,
    endTime: "11:30",
    timeZone,
    location: "",
    onlineUrl: "",
    agenda: { original: language, texts: {} },
  };
}

export function meetingValuesOf(
  meeting: {
    title: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    location: string | null;
    onlineUrl: string | null;
    agenda: LocalizedText | null;
  },
  language: string,
): MeetingValues {
  const start = instantToZoned(meeting.startsAt, meeting.timeZone);
  const end = instantToZoned(meeting.endsAt, meeting.timeZone);
  return {
    title: meeting.title,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    timeZone: meeting.timeZone,
    location: meeting.location ?? "",
    onlineUrl: meeting.onlineUrl ?? "",
    agenda: meeting.agenda ?? { original: language, texts: {} },
  };
}

const isWebUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
};

/** The values as the API takes them; the instants are read in the chosen zone. */
export function toMeetingInput(values: MeetingValues): MeetingInput {
  const agenda = cleanText(values.agenda);
  return {
    title: values.title.trim(),
    startsAt: zonedToInstant(values.startDate, values.startTime, values.timeZone) ?? "",
    endsAt: zonedToInstant(values.endDate, values.endTime, values.timeZone) ?? "",
    timeZone: values.timeZone,
    ...(values.location.trim() ? { location: values.location.trim() } : {}),
    ...(values.onlineUrl.trim() ? { onlineUrl: values.onlineUrl.trim() } : {}),
    ...(agenda ? { agenda } : {}),
  };
}

/** Planning or changing a meeting: what, when (in which zone), where, and the agenda. */
export function MeetingForm({
  initialValues,
  submitLabel,
  pending,
  error,
  onSubmit,
  cancel,
}: {
  initialValues: MeetingValues;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: MeetingValues) => void;
  cancel: ReactNode;
}) {
  const { t } = useTranslation("meetings");
  const format = useZonedFormat();
  const [invalid, setInvalid] = useState(false);
  const form = useForm<MeetingValues>({
    initialValues,
    validate: (values) => {
      const start = zonedToInstant(values.startDate, values.startTime, values.timeZone);
      const end = zonedToInstant(values.endDate, values.endTime, values.timeZone);
      const length = start && end ? Date.parse(end) - Date.parse(start) : 0;
      const errors: Record<string, string | null> = {
        title: values.title.trim().length >= 3 ? null : t("form.validation.title", { n: 3 }),
        startDate: start ? null : t("form.validation.start"),
        endDate: !end
          ? t("form.validation.end")
          : length <= 0
            ? t("form.validation.endBeforeStart")
            : length > maxHours * 3_600_000
              ? t("form.validation.tooLong", { n: 14 })
              : null,
        location:
          values.location.trim() || values.onlineUrl.trim() ? null : t("form.validation.place"),
        onlineUrl:
          !values.onlineUrl.trim() || isWebUrl(values.onlineUrl.trim())
            ? null
            : t("form.validation.url"),
      };
      return Object.fromEntries(Object.entries(errors).filter(([, v]) => v));
    },
  });
  const { values } = form;
  const start = zonedToInstant(values.startDate, values.startTime, values.timeZone);
  const end = zonedToInstant(values.endDate, values.endTime, values.timeZone);
  const mine = browserTimeZone();
  const preview =
    start && end && Date.parse(end) > Date.parse(start) && mine !== values.timeZone
      ? t("form.yourTime", { time: format.range(start, end, mine) })
      : null;

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (submitted) => {
          setInvalid(false);
          onSubmit(submitted);
        },
        () => {
          setInvalid(true);
          focusFirstInvalid();
        },
      )}
    >
      <Stack gap="lg">
        <FormSection title={t("form.sections.what")}>
          <TextInput
            label={t("form.title")}
            description={t("form.titleHint")}
            dir="auto"
            required
            maxLength={200}
            {...form.getInputProps("title")}
          />
        </FormSection>
        <FormSection title={t("form.sections.when")} description={t("form.sections.whenHint")}>
          <TimeZoneSelect
            value={values.timeZone}
            onChange={(zone) => form.setFieldValue("timeZone", zone)}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t("form.startDate")}
              required
              {...form.getInputProps("startDate")}
              onChange={(event) => {
                const next = event.currentTarget.value;
                // Moving the start day moves the end day with it, the usual case.
                if (values.endDate === values.startDate) form.setFieldValue("endDate", next);
                form.setFieldValue("startDate", next);
              }}
            />
            <TextInput
              type="time"
              label={t("form.startTime")}
              required
              {...form.getInputProps("startTime")}
            />
            <TextInput
              type="date"
              label={t("form.endDate")}
              required
              {...form.getInputProps("endDate")}
            />
            <TextInput
              type="time"
              label={t("form.endTime")}
              required
              {...form.getInputProps("endTime")}
            />
          </SimpleGrid>
          {preview && (
            <Text size="sm" c="gray.7" aria-live="polite">
              {preview}
            </Text>
          )}
          {!preview && mine === values.timeZone && (
            <Text size="sm" c="gray.7">
              {t("form.inYourZone", { zone: isolate(mine) })}
            </Text>
          )}
        </FormSection>
        <FormSection title={t("form.sections.where")} description={t("form.sections.whereHint")}>
          <TextInput
            label={t("form.location")}
            description={t("form.locationHint")}
            dir="auto"
            maxLength={500}
            {...form.getInputProps("location")}
          />
          <TextInput
            type="url"
            label={t("form.onlineUrl")}
            description={t("form.onlineUrlHint")}
            dir="ltr"
            maxLength={2000}
            {...form.getInputProps("onlineUrl")}
          />
        </FormSection>
        <FormSection title={t("form.sections.agenda")}>
          <LocalizedTextInput
            label={t("form.agenda")}
            description={t("form.agendaHint")}
            value={values.agenda}
            onChange={(agenda) => form.setFieldValue("agenda", agenda)}
            maxLength={20000}
            rows={5}
          />
        </FormSection>
        {invalid && Object.keys(form.errors).length > 0 && (
          <Alert color="red" role="alert">
            {t("form.validation.summary")}
          </Alert>
        )}
        <FormError error={error} />
        <Group justify="flex-end" gap="sm">
          {cancel}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
