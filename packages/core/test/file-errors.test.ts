import { describe, expect, it } from "vitest";
import { closestKey, formatProblem, knownKeysAt, parseDataMap } from "../src/index.ts";

function problems(text: string): string[] {
  const result = parseDataMap(text);
  if (result.ok) throw new Error("expected the map to be invalid");
  return result.errors.map((problem) => formatProblem(problem, "datamap.yaml"));
}

describe("data-map file errors", () => {
  it("reports an unknown key at the key, with the closest known key", () => {
    const text = `version: 1
vendors:
  - slug: mailer
    name: Mailer
    role: processor
    webiste: https://mailer.example
    processing_countries: [US]
flws: []
`;
    expect(problems(text)).toEqual([
      'datamap.yaml:6:5 vendors[0].webiste: unknown key "webiste"; did you mean "website"?',
      'datamap.yaml:7:5 vendors[0].processing_countries: unknown key "processing_countries"; did you mean "processingCountries"?',
      'datamap.yaml:8:1 flws: unknown key "flws"; did you mean "flows"?',
    ]);
  });

  it("lists the known keys when nothing is close", () => {
    expect(problems("version: 1\ngroups:\n  - { slug: a, name: { en: A, fr: B } }\n")).toEqual([
      'datamap.yaml:3:31 groups[0].name.fr: unknown key "fr"; known keys here: en, de',
    ]);
  });

  it("reports YAML syntax errors with line and column", () => {
    const [problem] = problems("version: 1\nvendors:\n  - slug: a\n   name: b\n");
    expect(problem).toMatch(/^datamap\.yaml:4:\d+ /);
  });

  it("reports an alias to an anchor that is not set before it, and alias bombs, as problems", () => {
    expect(problems("version: 1\nvendors: *list\n")).toEqual(["datamap.yaml:2:10 Unresolved alias (the anchor must be set before the alias): list"]);
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 6 }, (_, i) => `${"bcdefg"[i]}: &${"bcdefg"[i]} [${Array(10).fill(`*${"abcdef"[i]}`).join(", ")}]`)].join("\n");
    expect(problems(bomb)[0]).toMatch(/alias count/i);
  });

  it("refuses the NUL character, which PostgreSQL cannot store, where it is", () => {
    expect(problems('version: 1\nvendors:\n  - slug: a\n    name: "A\\0"\n    role: processor\n')).toEqual([
      "datamap.yaml:4:11 vendors[0].name: text may not contain the NUL character (U+0000)",
    ]);
  });

  it("reports schema errors with the field path, line and column", () => {
    const text = "version: 1\nvendors:\n  - slug: mailer\n    name: Mailer\n    role: processor\n    processingCountries: [US, UK]\n";
    expect(problems(text)).toEqual(['datamap.yaml:6:31 vendors[0].processingCountries[1]: "UK" is not an ISO 3166-1 alpha-2 code; did you mean "GB"?']);
  });

  it("knows the keys of every part of the file", () => {
    expect(knownKeysAt(["flows", 3])).toContain("specialCategoryCondition");
    expect(knownKeysAt(["organization", "dpo"])).toEqual(["name", "email"]);
    expect(knownKeysAt(["vendors", 0, "name"])).toEqual(["en", "de"]);
    expect(closestKey("Legal_Basis", knownKeysAt(["flows", 0]))).toBe("legalBasis");
    expect(closestKey("colour", knownKeysAt(["flows", 0]))).toBeUndefined();
  });
});
