import { Avatar, Button, FileButton, Group, Input, Stack, Text } from "@mantine/core";
import { IconPhoto } from "@tabler/icons-react";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { isolate } from "../../lib/bidi.ts";

export const logoTypes = ["image/png", "image/jpeg", "image/webp"];
export const maxLogoBytes = 512 * 1024;

type Props = {
  currentUrl: string | null;
  file: File | null;
  onChange: (file: File | null) => void;
  error?: string | null;
};

/** Picks a logo, checked here so a phone on a slow line does not upload a file the API refuses. */
export function LogoPicker({ currentUrl, file, onChange, error }: Props) {
  const { t } = useTranslation("edit");
  const [problem, setProblem] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  function handlePick(picked: File | null) {
    if (!picked) return;
    if (!logoTypes.includes(picked.type)) return setProblem(t("logo.wrongType"));
    if (picked.size > maxLogoBytes) return setProblem(t("logo.tooLarge"));
    setProblem(null);
    onChange(picked);
  }

  const shown = preview ?? currentUrl;
  return (
    <Input.Wrapper
      label={t("logo.label")}
      description={t("logo.hint")}
      error={problem ?? error}
      labelElement="div"
    >
      <Group mt="xs" gap="md" wrap="nowrap" align="center">
        <Avatar
          src={shown}
          alt={shown ? t("logo.preview") : undefined}
          size={64}
          radius="sm"
          variant="light"
        >
          <IconPhoto size={28} aria-hidden />
        </Avatar>
        <Stack gap={4}>
          <Group gap="xs">
            <FileButton onChange={handlePick} accept={logoTypes.join(",")}>
              {(props) => (
                <Button
                  variant="default"
                  size="compact-md"
                  aria-describedby={`${id}-status`}
                  {...props}
                >
                  {shown ? t("logo.replace") : t("logo.choose")}
                </Button>
              )}
            </FileButton>
            {file && (
              <Button variant="subtle" size="compact-md" onClick={() => onChange(null)}>
                {t("logo.undo")}
              </Button>
            )}
          </Group>
          <Text id={`${id}-status`} size="xs" c="dimmed" role="status">
            {file ? t("logo.pending", { name: isolate(file.name) }) : ""}
          </Text>
        </Stack>
      </Group>
    </Input.Wrapper>
  );
}
