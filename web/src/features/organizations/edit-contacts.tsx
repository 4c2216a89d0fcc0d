import { Button, Fieldset, Group, SimpleGrid, Text, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { FormSection } from "../../components/FormSection.tsx";
import { emptyContact, type EditForm } from "./edit-values.ts";

const maxContacts = 10;

/** People partners can reach; who may see them is set under visibility. */
export function ContactsSection({ form }: { form: EditForm }) {
  const { t } = useTranslation("edit");
  const contacts = form.values.contacts;

  function handleAdd() {
    form.insertListItem("contacts", { ...emptyContact });
    // Move focus to the new person's name, so keyboard users land where they type next.
    const index = contacts.length;
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(`[data-contact-name="${index}"]`)?.focus(),
    );
  }

  return (
    <FormSection title={t("sections.contacts")} description={t("sections.contactsHint")}>
      {contacts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("contacts.none")}
        </Text>
      )}
      {contacts.map((_contact, index) => (
        <Fieldset key={index} legend={t("contacts.legend", { number: index + 1 })}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("contacts.name")}
              required
              maxLength={120}
              data-contact-name={index}
              {...form.getInputProps(`contacts.${index}.name`)}
            />
            <TextInput
              label={t("contacts.role")}
              maxLength={120}
              {...form.getInputProps(`contacts.${index}.role`)}
            />
            <TextInput
              label={t("contacts.email")}
              type="email"
              inputMode="email"
              dir="ltr"
              maxLength={254}
              {...form.getInputProps(`contacts.${index}.email`)}
            />
            <TextInput
              label={t("contacts.phone")}
              type="tel"
              inputMode="tel"
              dir="ltr"
              maxLength={40}
              {...form.getInputProps(`contacts.${index}.phone`)}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => form.removeListItem("contacts", index)}
            >
              {t("contacts.remove", { number: index + 1 })}
            </Button>
          </Group>
        </Fieldset>
      ))}
      {contacts.length < maxContacts && (
        <Group>
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={handleAdd}
          >
            {t("contacts.add")}
          </Button>
        </Group>
      )}
    </FormSection>
  );
}
