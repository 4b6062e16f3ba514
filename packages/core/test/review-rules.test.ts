import { describe, expect, test } from "vitest";
import { review, rules, type DataMap } from "../src/index.ts";
import { cleanMap, flow, vendor, withVendor } from "./review-fixture.ts";

const ids = (map: DataMap) => review(map).findings.map((finding) => finding.id);
const us = { processingCountries: ["US"] };

/** [rule, map that breaks it, the same map corrected, the finding ids expected from the broken one] */
const cases: [string, () => DataMap, (map: DataMap) => void, string[]][] = [
  ["transfer-without-safeguard", () => withVendor("mailer", us), (map) => (map.flows[2]!.mechanisms = ["scc-2"]), ["transfer-without-safeguard:platform->mailer@US"]],
  ["us-adequacy-without-dpf", () => withVendor("mailer", us, { mechanisms: ["dpf"] }), (map) => (map.vendors[1]!.certifications = ["dpf"]), ["us-adequacy-without-dpf:platform->mailer@US"]],
  [
    "derogation-for-continuous-flow",
    () => withVendor("mailer", us, { mechanisms: ["art49-consent"], frequency: "continuous" }),
    (map) => (map.flows[2]!.frequency = "occasional"),
    ["derogation-for-continuous-flow:platform->mailer@US"],
  ],
  [
    "special-category-without-condition",
    () => withVendor("clinic", {}, { categories: ["user.health_and_medical"] }),
    (map) => (map.flows[2]!.specialCategoryCondition = "art9-2-a"),
    ["special-category-without-condition:platform->clinic"],
  ],
  ["processor-without-dpa", () => withVendor("mailer", { role: "sub-processor", dpa: undefined }), (map) => (map.vendors[1]!.dpa = "https://mailer.example/dpa"), ["processor-without-dpa:mailer"]],
  ["flow-without-purpose", () => withVendor("mailer", {}, { purposes: [] }), (map) => (map.flows[2]!.purposes = ["essential.service"]), ["flow-without-purpose:platform->mailer"]],
  [
    "purpose-without-legal-basis",
    () => withVendor("adnet", { role: "independent-controller", dpa: undefined }, { purposes: ["marketing.advertising"] }),
    (map) => (map.flows[2]!.legalBasis = "consent"),
    ["purpose-without-legal-basis:platform->adnet"],
  ],
  ["retention-not-stated", () => withVendor("mailer", {}, { retention: undefined }), (map) => (map.flows[2]!.retention = "30 days"), ["retention-not-stated:platform->mailer"]],
  ["recipient-not-listed", () => withVendor("mailer", { public: false }), (map) => (map.vendors[1]!.public = true), ["recipient-not-listed:mailer"]],
  [
    "listed-without-flows",
    () => ({ ...cleanMap(), vendors: [...cleanMap().vendors, vendor("idle")] }),
    (map) => (map.vendors[1]!.status = "disabled-but-listed"),
    ["listed-without-flows:idle"],
  ],
  ["vendor-without-processing-country", () => withVendor("mailer", { processingCountries: [] }), (map) => (map.vendors[1]!.processingCountries = ["FR"]), ["vendor-without-processing-country:mailer"]],
  [
    "mechanism-not-applicable",
    () => withVendor("support", { processingCountries: ["IN"] }, { mechanisms: ["dpf", "scc-2"] }),
    (map) => (map.flows[2]!.mechanisms = ["scc-2"]),
    ["mechanism-not-applicable:platform->support@IN"],
  ],
  ["adequacy-not-stated", () => withVendor("cdn", { processingCountries: ["CH"] }), (map) => (map.flows[2]!.mechanisms = ["adequacy"]), ["adequacy-not-stated:platform->cdn@CH"]],
  [
    "adequacy-scope-limited",
    () => withVendor("translator", { processingCountries: ["JP"] }, { mechanisms: ["adequacy"] }),
    (map) => (map.flows[2]!.mechanisms = ["scc-2"]),
    ["adequacy-scope-limited:translator@JP"],
  ],
  ["unknown-review-rule", () => ({ ...cleanMap(), review: { rules: { "retention-missing": "off" } } }), (map) => delete map.review, ["unknown-review-rule:retention-missing"]],
];

describe("review rules", () => {
  test("find nothing in the clean map", () => {
    expect(review(cleanMap()).findings).toEqual([]);
  });

  test("every rule has a test case", () => {
    const tested = new Set(cases.map(([rule]) => rule).concat("onward-transfer-without-safeguard"));
    expect(rules.map((rule) => rule.id).filter((id) => !tested.has(id))).toEqual([]);
  });

  test("lists findings by severity, then in rule order, then in map order, whichever walk found them", () => {
    const map = withVendor("mailer", us, { retention: undefined });
    map.vendors.push(vendor("support", { processingCountries: ["IN"], dpa: undefined }));
    map.flows.push(flow("customers", "support", { retention: undefined, purposes: [] }));
    map.review = { rules: { "retention-not-stated": "error", "flow-without-purpose": "off", "processor-without-dpa": "info" } };
    expect(ids(map)).toEqual([
      "transfer-without-safeguard:platform->mailer@US",
      "transfer-without-safeguard:customers->support@IN",
      "retention-not-stated:platform->mailer",
      "retention-not-stated:customers->support",
      "processor-without-dpa:support",
    ]);
  });

  test.each(cases)("%s fires on its graph and stays quiet on the corrected one", (rule, broken, correct, expected) => {
    const map = broken();
    expect(ids(map)).toEqual(expected);
    correct(map);
    expect(ids(map).filter((id) => id.startsWith(`${rule}:`))).toEqual([]);
    expect(ids(map)).toEqual([]);
  });
});
