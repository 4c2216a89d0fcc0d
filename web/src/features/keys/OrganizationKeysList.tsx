import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { compareKnown } from "../../../../shared/crypto/known-keys.ts";
import type { OrganizationKeys, PersonPublicKeys } from "../../../../shared/keys/api.ts";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { api } from "../../lib/api.ts";
import { notify } from "../../lib/notify.ts";
import {
  type CryptoModule,
  type KeyChange,
  KeyChangeRefused,
  KeyringUnavailable,
  fetchOrganizationKeys,
  organizationKeysKey,
  personSubject,
  useKeySessionInternals,
} from "./key-session.tsx";
import {
  makeNextEpoch,
  personNumber,
  sealToMember,
  startOrganizationKeys,
  type StepResult,
} from "./organization-key-steps.ts";
import { KeyChangeAlert } from "./KeyChangeAlert.tsx";
import { SafetyNumber } from "./SafetyNumber.tsx";

type MyOrganization = { id: string; name: string; role: string };

/** Each of the person's organisations: where its keys stand and what this person can do. */
export function OrganizationKeysList() {
  const { t } = useTranslation("keys");
  const mine = useQuery({
    queryKey: ["organizations", "mine"],
    queryFn: () => api.GET("/api/v1/organizations/mine"),
  });
  const items = mine.data?.items ?? [];
  return (
    <PageSection title={t("organizations.title")} description={t("organizations.lead")}>
      <FormError error={mine.error} />
      {mine.isPending ? (
        <Loader role="status" aria-label={t("common:app.loading")} size="sm" />
      ) : items.length === 0 && !mine.error ? (
        <Text size="sm">{t("organizations.none")}</Text>
      ) : (
        items.map((org) => <OrganizationKeysCard key={org.id} organization={org} />)
      )}
    </PageSection>
  );
}

function OrganizationKeysCard({ organization }: { organization: MyOrganization }) {
  const { t } = useTranslation("keys");
  const titleId = useId();
  const session = useKeySessionInternals();
  const queryClient = useQueryClient();
  const view = useQuery({
    queryKey: organizationKeysKey(organization.id),
    queryFn: () => fetchOrganizationKeys(organization.id),
  });
  const c = session.loaded;
  const data = view.data;
  const identityNumber =
    c && data?.identityPublicKey ? c.safetyNumber(c.unb64(data.identityPublicKey, 32)) : null;
  const subject = `organization:${organization.id}` as const;
  const comparison = identityNumber ? compareKnown(session.known, subject, identityNumber) : null;

  // Seen for the first time: remembered, so a later substitution is caught.
  useEffect(() => {
    if (comparison !== "new" || !identityNumber) return;
    try {
      session.trust(subject, identityNumber);
    } catch {
      // Another tab remembered a different key meanwhile: the warning shows once storage says so.
    }
  }, [comparison, identityNumber, session, subject]);

  const [change, setChange] = useState<KeyChange | null>(null);
  const shownChange: KeyChange | null =
    comparison === "changed" && identityNumber
      ? {
          subject,
          remembered: session.known[subject] ?? "",
          presented: identityNumber,
          reason: "changed",
        }
      : change;

  const refresh = (next?: OrganizationKeys) => {
    if (next) queryClient.setQueryData(organizationKeysKey(organization.id), next);
    else void queryClient.invalidateQueries({ queryKey: organizationKeysKey(organization.id) });
  };
  const steps = () => {
    if (!c || !session.person || !session.userId) throw new KeyringUnavailable("locked");
    return {
      c,
      session,
      person: session.person,
      userId: session.userId,
      organizationId: organization.id,
    };
  };
  const onStep = (result: StepResult, message: string) => {
    refresh(result.view);
    notify({
      color: result.leftOut.length ? "orange" : "teal",
      message: [
        message,
        result.leftOut.length
          ? t("organizations.leftOut", { names: result.leftOut.join(", ") })
          : "",
      ]
        .filter(Boolean)
        .join(" "),
    });
  };
  const failed = (error: unknown) => {
    if (error instanceof KeyChangeRefused) setChange(error.change);
  };
  const start = useMutation({
    mutationFn: () => startOrganizationKeys(steps()),
    onSuccess: (result) => onStep(result, t("organizations.started", { name: organization.name })),
    onError: failed,
  });
  const rotate = useMutation({
    mutationFn: () => makeNextEpoch(steps()),
    onSuccess: (result) => onStep(result, t("organizations.rotated", { name: organization.name })),
    onError: failed,
  });

  const member = data?.member;
  const holds = Boolean(member?.seal);
  const manages = Boolean(member?.manages);
  const awaiting = (member?.awaiting ?? []).filter((p) => p.userId !== session.userId);
  const stepError = [start.error, rotate.error].find((e) => e && !(e instanceof KeyChangeRefused));

  return (
    <Paper withBorder p={{ base: "sm", sm: "md" }} component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id={titleId}>
            {organization.name}
          </Title>
          {data && (
            <Badge
              color={data.state === "ready" ? "teal" : data.state === "none" ? "gray" : "red"}
              variant="light"
            >
              {t(`organizations.state.${data.state}`)}
            </Badge>
          )}
        </Group>
        <FormError error={view.error} />
        {view.isPending && <Loader role="status" aria-label={t("common:app.loading")} size="sm" />}
        {shownChange && (
          <KeyChangeAlert
            change={shownChange}
            name={organization.name}
            onAccepted={() => setChange(null)}
          />
        )}
        {identityNumber && (
          <SafetyNumber
            label={t("organizations.number")}
            description={t("organizations.numberHint")}
            value={identityNumber}
          />
        )}

        {data?.state === "none" &&
          (manages ? (
            <Button w="fit-content" loading={start.isPending} onClick={() => start.mutate()}>
              {t("organizations.start")}
            </Button>
          ) : (
            <Text size="sm">{t("organizations.startByManager")}</Text>
          ))}

        {data?.state === "rotation_needed" && (
          <Alert color="red" title={t("organizations.rotationTitle")}>
            <Stack gap="xs">
              <Text size="sm">{t("organizations.rotationLead")}</Text>
              {manages && holds ? (
                <Button w="fit-content" loading={rotate.isPending} onClick={() => rotate.mutate()}>
                  {t("organizations.rotate")}
                </Button>
              ) : (
                <Text size="sm">
                  {t(manages ? "organizations.rotateNeedsKey" : "organizations.rotateByManager")}
                </Text>
              )}
            </Stack>
          </Alert>
        )}

        {data && data.state !== "none" && member && !holds && (
          <Text size="sm">{t("organizations.notSealed")}</Text>
        )}

        <FormError error={stepError} />

        {c && holds && awaiting.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t("organizations.awaitingTitle")}
            </Text>
            <Text size="sm">{t("organizations.awaitingLead")}</Text>
            {awaiting.map((person) => (
              <AwaitingMember
                key={person.userId}
                c={c}
                person={person}
                seal={() => sealToMember(steps(), person)}
                onSealed={(next) => {
                  refresh(next);
                  notify({
                    color: "teal",
                    message: t("organizations.sealed", {
                      name: person.name,
                      organization: organization.name,
                    }),
                  });
                }}
              />
            ))}
          </Stack>
        )}

        {member && member.withoutKeys > 0 && (
          <Text size="sm" c="dimmed">
            {t("organizations.withoutKeys", { count: member.withoutKeys })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function AwaitingMember({
  c,
  person,
  seal,
  onSealed,
}: {
  c: CryptoModule;
  person: PersonPublicKeys & { name: string };
  seal: () => Promise<OrganizationKeys>;
  onSealed: (next: OrganizationKeys) => void;
}) {
  const { t } = useTranslation("keys");
  const session = useKeySessionInternals();
  const number = personNumber(c, person);
  const subject = personSubject(person.userId);
  const comparison = compareKnown(session.known, subject, number);
  const sealing = useMutation({ mutationFn: seal, onSuccess: onSealed });
  const name = person.name || t("organizations.unnamed");
  return (
    <Paper withBorder p="sm" bg="gray.0">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{name}</Text>
          {comparison !== "changed" && (
            <Badge variant="light" color={comparison === "same" ? "teal" : "gray"}>
              {t(comparison === "same" ? "organizations.seenBefore" : "organizations.seenFirst")}
            </Badge>
          )}
        </Group>
        {comparison === "changed" ? (
          <KeyChangeAlert
            change={{ subject, remembered: session.known[subject] ?? "", presented: number }}
            name={name}
          />
        ) : (
          <>
            <SafetyNumber label={t("organizations.personNumber")} value={number} />
            <FormError error={sealing.error} />
            <Button
              w="fit-content"
              variant="light"
              loading={sealing.isPending}
              onClick={() => sealing.mutate()}
            >
              {t("organizations.sealTo", { name })}
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}
