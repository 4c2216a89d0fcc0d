import { describe, expect, it } from "vitest";
import { amountProblem, parseAmountInput } from "./resources-amounts.ts";

describe("an amount as a person types it", () => {
  it("takes each language's way of writing numbers", () => {
    expect(parseAmountInput("1250.50", "en")).toBe("1250.50");
    expect(parseAmountInput("1,250.50", "en")).toBe("1250.50");
    expect(parseAmountInput("1,250", "en")).toBe("1250");
    expect(parseAmountInput("1 250,50", "fr")).toBe("1250.50");
    expect(parseAmountInput("1\u202F250,5", "fr")).toBe("1250.5");
    expect(parseAmountInput("12,5", "fr")).toBe("12.5");
    expect(parseAmountInput("12.5", "fr")).toBe("12.5");
    expect(parseAmountInput("1.250,75", "es")).toBe("1250.75");
    expect(parseAmountInput("1.250", "es")).toBe("1250");
    expect(parseAmountInput("١٢٥٠٫٥", "ar")).toBe("1250.5");
    expect(parseAmountInput("١٬٢٥٠", "ar")).toBe("1250");
  });

  it("refuses what is not an amount the API keeps", () => {
    expect(parseAmountInput("", "en")).toBeNull();
    expect(parseAmountInput("abc", "en")).toBeNull();
    expect(parseAmountInput("-5", "en")).toBeNull();
    expect(parseAmountInput("1.23456", "en")).toBeNull();
  });

  it("says why an amount cannot be sent", () => {
    expect(amountProblem(" ", "en")).toBe("required");
    expect(amountProblem("ten", "en")).toBe("notNumber");
    expect(amountProblem("0", "en")).toBe("notPositive");
    expect(amountProblem("0", "en", { allowZero: true })).toBeNull();
    expect(amountProblem("120", "en")).toBeNull();
  });
});
