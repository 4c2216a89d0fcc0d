import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FormError } from "../../components/FormError.tsx";
import { PageSection } from "../../components/PageSection.tsx";
import { useCoalitionAccess } from "../../lib/coalition-access.ts";
import { useThread } from "./discussion-data.ts";
import { ThreadComments } from "./ThreadComments.tsx";

/**
 * A proposal's discussion, for the proposal page: the same comments and form as any thread
 * (observers comment too). Nothing for readers outside the coalition.
 */
export function ProposalThreadSection({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation("discussions");
  const thread = useThread(proposalId, "proposal");
  const { access } = useCoalitionAccess(thread.data?.coalitionId ?? "", !!thread.data);
  // Outsiders are refused the thread; the proposal page says what they may see.
  if (thread.isError && !access) return null;
  if (!access?.inside) return null;
  return (
    <PageSection
      title={t("proposal.title", { count: thread.data?.commentCount ?? 0 })}
      description={t("proposal.hint")}
    >
      <FormError error={thread.error} />
      {thread.data ? (
        <ThreadComments thread={thread.data} access={access} />
      ) : (
        <Text size="sm" role="status">
          {t("common:app.loading")}
        </Text>
      )}
    </PageSection>
  );
}
