import { describe, expect, it } from "vitest";
import { shareContentFor, shareRefusal, statementFor } from "./share-view.ts";

const record = {
  id: "0193a5f0-0000-7000-8000-000000000001",
  ownerOrganizationId: "0193a5f0-0000-7000-8000-000000000002",
  kind: "incident" as const,
  fields: {
    occurredOn: "2026-03-10",
    country: "YE",
    placeText: "Behind the clinic",
    coordinates: { lat: 13.58, lon: 44.02, precision: "exact" },
    violationTypes: ["attack_on_schools"],
  },
};
const photo = {
  id: "0193a5f0-0000-7000-8000-000000000003",
  header: { name: "gate.jpg", mediaType: "image/jpeg", size: 1200, sha256: "abc" },
  fileKey: new Uint8Array(32).fill(7),
};
const unopened = { id: "0193a5f0-0000-7000-8000-000000000004", header: null, fileKey: null };
const b64 = (bytes: Uint8Array) => `b64:${bytes.length}`;

describe("what a share of a confidential record carries", () => {
  it("carries only the allowed fields the record has, never an empty one", () => {
    const content = shareContentFor(
      record,
      [photo],
      { fields: ["occurredOn", "country", "narrative", "title"], dataCategories: ["incidents"] },
      b64,
    );
    expect(content).toEqual({
      kind: "incident",
      fields: { occurredOn: "2026-03-10", country: "YE" },
    });
  });

  it("carries the files and their keys only when the agreement covers evidence", () => {
    const terms = { fields: ["country"], dataCategories: ["incidents", "evidence"] };
    expect(shareContentFor(record, [photo, unopened], terms, b64).files).toEqual([
      {
        id: photo.id,
        name: "gate.jpg",
        mediaType: "image/jpeg",
        size: 1200,
        sha256: "abc",
        fileKey: "b64:32",
      },
    ]);
    expect(
      shareContentFor(record, [photo], { ...terms, dataCategories: ["incidents"] }, b64).files,
    ).toBeUndefined();
  });

  it("refuses an agreement that does not cover the kind, or allows none of its fields", () => {
    expect(shareRefusal(record, { fields: ["country"], dataCategories: ["cases"] })).toBe(
      "kindNotCovered",
    );
    expect(shareRefusal(record, { fields: ["title"], dataCategories: ["incidents"] })).toBe(
      "noFieldAllowed",
    );
    expect(shareRefusal(record, { fields: ["country"], dataCategories: ["incidents"] })).toBe(null);
  });

  it("states exactly the grant's terms", () => {
    expect(
      statementFor({
        recordId: record.id,
        ownerOrganizationId: record.ownerOrganizationId,
        toOrganizationId: "0193a5f0-0000-7000-8000-000000000005",
        agreement: {
          id: "0193a5f0-0000-7000-8000-000000000006",
          version: 2,
          purpose: "Litigation",
          onwardRule: "none",
          onwardCoalitionId: null,
        },
        expiresAt: null,
        recipientEpoch: 3,
        issuedAt: "2026-06-01T00:00:00.000Z",
      }),
    ).toEqual({
      recordId: record.id,
      ownerOrganizationId: record.ownerOrganizationId,
      toOrganizationId: "0193a5f0-0000-7000-8000-000000000005",
      agreementId: "0193a5f0-0000-7000-8000-000000000006",
      agreementVersion: 2,
      purpose: "Litigation",
      expiresAt: null,
      onwardRule: "none",
      onwardCoalitionId: null,
      recipientEpoch: 3,
      issuedAt: "2026-06-01T00:00:00.000Z",
    });
  });
});
