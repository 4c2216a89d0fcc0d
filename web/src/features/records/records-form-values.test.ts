import { describe, expect, it } from "vitest";
import { IncidentFields, CaseFields, TrendFields } from "../../../../shared/records/api.ts";
import {
  emptyValues,
  fieldsFromValues,
  problemsOf,
  safeSharing,
  sameContent,
  sameSharing,
  sharingOf,
  valuesFromRecord,
} from "./records-form-values.ts";

const owner = "01a250d0-1872-72bf-9c83-253846c4acd4";

describe("the record form's values", () => {
  it("starts restricted, with nobody named and not every member", () => {
    const values = emptyValues("incident", owner, "fr");
    expect(sharingOf(values)).toEqual({
      classification: "restricted",
      coalitionIds: [],
      restrictedTo: [],
      readersAll: false,
    });
    expect(values.precision).toBe("10km");
  });

  it("asks for the required fields of each kind before sending", () => {
    expect(Object.keys(problemsOf(emptyValues("incident", owner, "en"))).sort()).toEqual([
      "country",
      "occurredOn",
      "violationTypes",
    ]);
    expect(Object.keys(problemsOf(emptyValues("case", owner, "en"))).sort()).toEqual([
      "caseCode",
      "country",
      "openedOn",
      "status",
    ]);
    expect(Object.keys(problemsOf(emptyValues("document", "", "en"))).sort()).toEqual([
      "ownerOrganizationId",
      "title",
    ]);
  });

  it("sends an incident the server's schema accepts, leaving out what is empty", () => {
    const values = {
      ...emptyValues("incident", owner, "fr"),
      occurredOn: "2026-04-02",
      country: "ML",
      areaName: " Mopti ",
      areaPcode: "ml05",
      lat: "14,4936",
      lon: "-4.1967",
      violationTypes: ["abduction"],
      affected: [{ sex: "female", ageBand: "12-17", count: "3" }],
      sourceReliability: "B",
      informationCredibility: "2",
      narrative: { original: "fr", texts: { fr: " Trois jeunes filles. ", en: "" } },
    };
    expect(problemsOf(values)).toEqual({});
    const fields = fieldsFromValues(values);
    expect(fields).toEqual({
      occurredOn: "2026-04-02",
      country: "ML",
      adminArea: { name: "Mopti", pcode: "ML05" },
      coordinates: { lat: 14.4936, lon: -4.1967, precision: "10km" },
      violationTypes: ["abduction"],
      affected: [{ sex: "female", ageBand: "12-17", count: 3 }],
      sourceReliability: "B",
      informationCredibility: 2,
      narrative: { original: "fr", texts: { fr: "Trois jeunes filles." } },
    });
    expect(IncidentFields.safeParse(fields).success).toBe(true);
  });

  it("refuses half a point, a period that ends before it begins, and a name as a case code", () => {
    const incident = {
      ...emptyValues("incident", owner, "en"),
      occurredOn: "2026-04-02",
      occurredUntil: "2026-04-01",
      country: "YE",
      violationTypes: ["killing"],
      lat: "15.3",
    };
    expect(problemsOf(incident)).toEqual({ occurredUntil: "order", lon: "bothCoordinates" });
    const aCase = {
      ...emptyValues("case", owner, "en"),
      caseCode: "Fatima Ali",
      openedOn: "2026-01-01",
      status: "open",
      country: "YE",
    };
    expect(problemsOf(aCase)).toEqual({ caseCode: "caseCode" });
  });

  it("asks for a coalition when shared with coalitions", () => {
    const values = { ...emptyValues("document", owner, "en"), title: "Report" };
    expect(problemsOf({ ...values, classification: "coalition" })).toEqual({
      coalitionIds: "coalition",
    });
  });

  it("reads a record back into the form without changing its content", () => {
    const record = {
      kind: "trend" as const,
      ownerOrganizationId: owner,
      classification: "coalition" as const,
      fields: {
        periodFrom: "2026-01-01",
        periodTo: "2026-03-31",
        country: "YE",
        violationTypes: ["child_recruitment"],
        indicators: [{ label: "Children recruited", value: 14 }],
      },
      sharing: { coalitionIds: ["c1"], restrictedTo: [], readersAll: true },
    };
    const values = valuesFromRecord(record, "ar");
    expect(fieldsFromValues(values)).toEqual(record.fields);
    expect(TrendFields.safeParse(fieldsFromValues(values)).success).toBe(true);
    expect(sameContent(values, valuesFromRecord(record, "ar"))).toBe(true);
    expect(sameContent(values, { ...values, country: "SD" })).toBe(false);
  });

  it("keeps a case's referrals and concerns", () => {
    const fields = {
      caseCode: "YE-0042",
      openedOn: "2026-03-02",
      status: "referred",
      country: "YE",
      protectionConcerns: ["gbv"],
      referrals: [{ service: "Medical care", on: "2026-03-04" }],
    };
    const values = valuesFromRecord(
      { kind: "case", ownerOrganizationId: owner, classification: "restricted", fields },
      "en",
    );
    expect(fieldsFromValues(values)).toEqual(fields);
    expect(CaseFields.safeParse(fields).success).toBe(true);
  });

  it("compares sharings whatever the order of the names, and ignores names a level does not use", () => {
    const a = { ...safeSharing, restrictedTo: ["x", "y"] };
    expect(sameSharing(a, { ...safeSharing, restrictedTo: ["y", "x"] })).toBe(true);
    expect(sameSharing(a, safeSharing)).toBe(false);
    expect(
      sameSharing(
        { ...safeSharing, classification: "public", restrictedTo: ["x"] },
        { ...safeSharing, classification: "public" },
      ),
    ).toBe(true);
  });
});
