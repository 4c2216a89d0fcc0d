import { describe, expect, it } from "vitest";
import { serializeRequest } from "./log-serializers.ts";

describe("request log lines", () => {
  it("mask a token in the query string wherever it is", () => {
    const line = (url: string) => serializeRequest({ method: "GET", url, id: "r1" }).url;
    expect(line("/api/v1/coalitions/c/calendar.ics?token=s3cr3t")).toBe(
      "/api/v1/coalitions/c/calendar.ics?token=[redacted]",
    );
    expect(line("/feed.ics?lang=fr&token=s3cr3t&x=1")).toBe(
      "/feed.ics?lang=fr&token=[redacted]&x=1",
    );
    expect(line("/api/v1/directory?q=token")).toBe("/api/v1/directory?q=token");
  });
});
