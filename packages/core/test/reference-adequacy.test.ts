import { describe, expect, test } from "vitest";
import { adequacyDecisions, adequacyFor, isAdequate, isCountryCode, isEEA } from "../src/reference/index.ts";

describe("adequacy decisions", () => {
  test("cover the countries with a decision in force and the European Patent Organisation", () => {
    const codes = adequacyDecisions.flatMap((decision) => (decision.country ? [decision.country] : [])).sort();
    expect(codes).toEqual(["AD", "AR", "BR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY"]);
    const organisations = adequacyDecisions.filter((decision) => decision.organisation);
    expect(organisations.map((decision) => [decision.country, decision.organisation?.key])).toEqual([[null, "epo"]]);
  });

  test("record scope, date, reference and source", () => {
    expect(adequacyFor("US")).toMatchObject({
      scope: "dpf-certified",
      adoptedAt: "2023-07-10",
      reference: "Commission Implementing Decision (EU) 2023/1795",
      source: "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32023D1795",
    });
    expect(adequacyFor("CA")?.scope).toBe("commercial-organisations");
    expect(adequacyFor("JP")?.scope).toBe("private-sector");
    expect(adequacyFor("IL")?.scope).toBe("automated-processing");
    expect(adequacyFor("GB")?.validUntil).toBe("2031-12-27");
    expect(adequacyFor("CH")?.scopeName.de).toBe("Öffentlicher und privater Sektor");
  });

  test("are about real third countries and link to the Commission or EUR-Lex", () => {
    for (const decision of adequacyDecisions) {
      if (decision.country) {
        expect(isCountryCode(decision.country), decision.country).toBe(true);
        expect(isEEA(decision.country), decision.country).toBe(false);
      }
      expect(decision.source).toMatch(/^https:\/\/(eur-lex\.europa\.eu|commission\.europa\.eu)\//);
      if (decision.confidence !== "high") expect(decision.note, decision.reference).toBeTruthy();
    }
  });

  test("has no decision for countries without one, nor for the EEA", () => {
    expect(adequacyFor("CN")).toBeUndefined();
    expect(adequacyFor("IN")).toBeUndefined();
    expect(adequacyFor("DE")).toBeUndefined();
  });
});

describe("isAdequate", () => {
  test("counts the United States only for recipients certified under the Data Privacy Framework", () => {
    expect(isAdequate("US", { dpfCertified: false })).toBe(false);
    expect(isAdequate("US", { dpfCertified: true })).toBe(true);
  });

  test("counts narrower scopes and full decisions whether or not the recipient is DPF-certified", () => {
    expect(isAdequate("CA", { dpfCertified: false })).toBe(true);
    expect(isAdequate("JP", { dpfCertified: false })).toBe(true);
    expect(isAdequate("GB", { dpfCertified: false })).toBe(true);
  });

  test("is false without a decision", () => {
    expect(isAdequate("CN", { dpfCertified: true })).toBe(false);
    expect(isAdequate("AU", { dpfCertified: false })).toBe(false);
  });
});
