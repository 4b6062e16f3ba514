import { describe, expect, test } from "vitest";
import { isMechanismKey, mechanism, mechanisms, suggestMechanismKey, suggestMechanismKeys } from "../src/reference/index.ts";

describe("transfer mechanisms", () => {
  test("name the GDPR article of each mechanism", () => {
    expect(mechanism("adequacy")?.article).toBe("Art. 45(3)");
    expect(mechanism("dpf")?.reference).toBe("Commission Implementing Decision (EU) 2023/1795");
    expect(mechanism("scc-2")).toMatchObject({
      article: "Art. 46(2)(c)",
      reference: "Commission Implementing Decision (EU) 2021/914",
      derogation: false,
    });
    expect(mechanism("scc-2")?.name.en).toBe("Standard Contractual Clauses, module 2 (controller to processor)");
    expect(mechanism("scc-3")?.name.de).toBe("Standardvertragsklauseln, Modul 3 (Auftragsverarbeiter an Auftragsverarbeiter)");
    expect(mechanism("bcr")?.article).toBe("Art. 46(2)(b), Art. 47");
    expect(mechanism("art49-legal-claims")?.article).toBe("Art. 49(1)(e)");
  });

  test("flag exactly the Art. 49 derogations", () => {
    expect(mechanisms.filter((entry) => entry.derogation).map((entry) => entry.key)).toEqual([
      "art49-consent",
      "art49-contract",
      "art49-legal-claims",
      "art49-vital-interests",
    ]);
  });

  test("know their keys", () => {
    expect(mechanisms).toHaveLength(13);
    expect(isMechanismKey("scc-4")).toBe(true);
    expect(isMechanismKey("SCC")).toBe(false);
    expect(isMechanismKey("privacy-shield")).toBe(false);
    expect(mechanism("scc-5")).toBeUndefined();
  });
});

describe("suggestMechanismKey", () => {
  test("points a plain SCC to module 2 and lists the other modules after it", () => {
    expect(suggestMechanismKey("SCC")).toBe("scc-2");
    expect(suggestMechanismKeys("SCC")).toEqual(["scc-2", "scc-1", "scc-3", "scc-4"]);
  });

  test.each([
    ["scc3", "scc-3"],
    ["dfp", "dpf"],
    ["Privacy Shield", "dpf"],
    ["BCRs", "bcr"],
    ["explicit consent", "art49-consent"],
    ["code of conduct", "code-of-conduct"],
  ])("%s → %s", (input, expected) => {
    expect(suggestMechanismKey(input)).toBe(expected);
  });

  test("gives nothing for unrelated input", () => {
    expect(suggestMechanismKey("carrier pigeon")).toBeUndefined();
    expect(suggestMechanismKeys("")).toEqual([]);
  });
});
