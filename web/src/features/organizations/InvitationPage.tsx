import {
  Alert,
  Anchor,
  Badge,
  Button,
  DataList,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../lib/api.ts";
import { useFormatters, useMe } from "../../lib/hooks.ts";
import { PageLoading, PageMessage } from "../../components/PageStates.tsx";
import { RefusalAlert } from "../../components/RefusalAlert.tsx";
import { isolate } from "../../lib/bidi.ts";
import { notify } from "../../lib/notify.ts";
import { forgetReturnTo, rememberReturnTo } from "../../lib/return-to.ts";

export function InvitationPage() {
  const { t } = useTranslation("edit");
  const { token } = useParams({ from: "/invitations/$token" });
  const format = useFormatters();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { data: me, isPending: mePending } = useMe();
  const preview = useQuery({
    queryKey: ["invitation", token],
    queryFn: () => api.GET("/api/v1/invitations/{token}", { params: { path: { token } } }),
    retry: false,
  });
  const accept = useMutation({
    mutationFn: () => api.POST("/api/v1/invitations/accept", { body: { token } }),
    onSuccess: async ({ organizationId }) => {
      forgetReturnTo();
      notify({ color: "teal", message: t("invitation.welcome") });
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "taxonomies" });
      await navigate({ to: "/organizations/$id", params: { id: organizationId } });
    },
  });

  const open = preview.data?.status === "pending";
  const signedOut = !mePending && !me;
  useEffect(() => {
    if (open && signedOut) rememberReturnTo(`/invitations/${token}`);
  }, [open, signedOut, token]);

  if (preview.isPending || mePending) return <PageLoading />;
  if (preview.error) {
    const invalid = preview.error instanceof ApiError && [400, 404].includes(preview.error.status);
    return (
      <PageMessage title={t("invitation.invalidTitle")}>
        {invalid ? t("invitation.invalid") : t("common:errors.generic")}
      </PageMessage>
    );
  }

  const invitation = preview.data;
  const role = t(`roles.${invitation.role}`);
  const wrongAccount = me && me.email.toLowerCase() !== invitation.email.toLowerCase();
  return (
    <Paper withBorder p={{ base: "md", sm: "lg" }} maw={560} mx="auto" mt="md">
      <Stack>
        <Title order={1} size="h2">
          {t("invitation.title", { name: isolate(invitation.organizationName) })}
        </Title>
        <Text>{t("invitation.lead", { name: isolate(invitation.organizationName), role })}</Text>
        <DataList orientation="horizontal" labelWidth="9rem">
          <DataList.Item>
            <DataList.ItemLabel>{t("invitation.organization")}</DataList.ItemLabel>
            <DataList.ItemValue>{invitation.organizationName}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t("invitation.role")}</DataList.ItemLabel>
            <DataList.ItemValue>{role}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t("invitation.sentTo")}</DataList.ItemLabel>
            <DataList.ItemValue>
              <bdi>{invitation.email}</bdi>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t("invitation.status")}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Badge variant="dot" color={open ? "blue" : "gray"}>
                {t(`invitations.status.${invitation.status}`)}
              </Badge>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t("invitation.expires")}</DataList.ItemLabel>
            <DataList.ItemValue>{format.dateTime(invitation.expiresAt)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>

        {!open ? (
          <Alert color="gray" role="status">
            {t(`invitation.closed.${invitation.status}`)}
          </Alert>
        ) : !me ? (
          <>
            <Alert color="blue" role="status">
              {t("invitation.signInFirst", { email: isolate(invitation.email) })}
            </Alert>
            <Group>
              <Button component={Link} to="/sign-in">
                {t("common:nav.signIn")}
              </Button>
              <Button component={Link} to="/sign-up" variant="outline">
                {t("common:nav.signUp")}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t("invitation.comeBack")}
            </Text>
          </>
        ) : (
          <>
            {wrongAccount && (
              <Alert color="yellow" role="status">
                {t("invitation.wrongAccount", {
                  email: isolate(invitation.email),
                  me: isolate(me.email),
                })}
              </Alert>
            )}
            <RefusalAlert
              error={accept.error}
              refusals={{
                conflict: t("refusals.invitationClosed"),
                forbidden: t("refusals.otherEmail"),
              }}
            />
            <Group>
              <Button
                onClick={() => accept.mutate()}
                loading={accept.isPending}
                disabled={!!wrongAccount}
              >
                {t("invitation.accept")}
              </Button>
              <Anchor component={Link} to="/dashboard" size="sm">
                {t("invitation.notNow")}
              </Anchor>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
