import type { ConfidentialRecordView } from "../../../../shared/records/confidential-api.ts";
import { useOwnerPeople } from "../records/record-data.ts";
import { ConsentSection } from "../records/record-view-consent.tsx";
import { useConfidentialConsent } from "./confidential-data.ts";

/**
 * Consent per use, as for any record: the server keeps these in the clear (they say nothing of
 * the content) and ends grants that needed a consent refused or withdrawn, which the form
 * says before it is recorded, as on a readable record.
 */
export function ConfidentialConsent({ record }: { record: ConfidentialRecordView }) {
  const consent = useConfidentialConsent(record.id);
  const nameOf = useOwnerPeople(record.ownerOrganizationId, record.may.consent);
  return (
    <ConsentSection
      consents={record.consents ?? []}
      mayRecord={record.may.consent}
      consent={consent}
      nameOf={nameOf}
      warnEndsGrants
    />
  );
}
