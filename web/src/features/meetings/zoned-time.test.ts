import { describe, expect, it } from "vitest";
import { placeOf, timeZoneNames } from "./zoned-time.ts";

describe("placeOf", () => {
  it("names a zone's place in the reader's language, not the IANA city in English", () => {
    expect(placeOf("Asia/Aden", "ar")).toBe("اليمن");
    expect(placeOf("Asia/Aden", "fr")).toBe("Yémen");
    expect(placeOf("America/New_York", "ar")).toBe("نيويورك");
    expect(placeOf("America/New_York", "es")).toBe("Nueva York");
  });

  it("falls back to the IANA city where the language writes an abbreviation", () => {
    // English calls New York's zone "ET", which says nothing about where it is.
    expect(placeOf("America/New_York", "en")).toBe("New York");
    expect(placeOf("America/Argentina/Buenos_Aires", "en")).toBe("Buenos Aires");
  });

  it("writes every zone but UTC in Arabic letters", () => {
    const latin = timeZoneNames().filter((zone) => /[A-Za-z]/.test(placeOf(zone, "ar")));
    expect(latin).toEqual(["UTC"]);
  });
});
