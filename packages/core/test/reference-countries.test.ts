import { describe, expect, test } from "vitest";
import { countries, country, isCountryCode, isEEA, suggestCountryCode } from "../src/reference/index.ts";

describe("countries", () => {
  test("lists the 249 officially assigned ISO 3166-1 alpha-2 codes once each", () => {
    expect(countries).toHaveLength(249);
    expect(new Set(countries.map((entry) => entry.code)).size).toBe(249);
    expect(countries.every((entry) => /^[A-Z]{2}$/.test(entry.code))).toBe(true);
  });

  test("has English and German names", () => {
    expect(country("IE")?.name).toEqual({ en: "Ireland", de: "Irland" });
    expect(country("DE")?.name).toEqual({ en: "Germany", de: "Deutschland" });
    expect(country("GB")?.name.de).toBe("Vereinigtes Königreich");
    expect(country("US")?.alpha3).toBe("USA");
  });

  test("marks the 30 EEA member states: EU 27 plus Iceland, Liechtenstein and Norway", () => {
    const eea = countries.filter((entry) => entry.eea).map((entry) => entry.code);
    expect(eea.sort()).toEqual(
      "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK".split(" "),
    );
  });

  test("counts EU outermost regions as EEA but not overseas territories, the Faroes, Switzerland or the UK", () => {
    expect(isEEA("DE")).toBe(true);
    expect(isEEA("RE")).toBe(true);
    expect(isEEA("AX")).toBe(true);
    expect(country("RE")?.eea).toBe(false);
    expect(country("RE")?.euTerritoryOf).toBe("FR");
    for (const code of ["FO", "GL", "NC", "CH", "GB", "US", "de", "XX"]) expect(isEEA(code), code).toBe(false);
  });

  test("accepts only upper-case assigned codes", () => {
    expect(isCountryCode("GB")).toBe(true);
    expect(isCountryCode("gb")).toBe(false);
    expect(isCountryCode("UK")).toBe(false);
    expect(isCountryCode("EL")).toBe(false);
    expect(isCountryCode("XK")).toBe(false);
  });
});

describe("suggestCountryCode", () => {
  test.each([
    ["UK", "GB"],
    ["EL", "GR"],
    ["de", "DE"],
    [" ie ", "IE"],
    ["Ireland", "IE"],
    ["Irland", "IE"],
    ["USA", "US"],
    ["United States", "US"],
    ["Vereinigte Staaten", "US"],
    ["Great Britain", "GB"],
    ["GBR", "GB"],
    ["Holland", "NL"],
    ["Schweiz", "CH"],
    ["Cote d'Ivoire", "CI"],
    ["Germny", "DE"],
    ["Deutschlnd", "DE"],
  ])("%s → %s", (input, expected) => {
    expect(suggestCountryCode(input)).toBe(expected);
  });

  test("gives nothing when there is no good guess", () => {
    expect(suggestCountryCode("XK")).toBeUndefined();
    expect(suggestCountryCode("QQ")).toBeUndefined();
    expect(suggestCountryCode("Atlantis")).toBeUndefined();
    expect(suggestCountryCode("")).toBeUndefined();
  });
});
