import { describe, expect, test } from "vitest";
import { compareWithSignOff, review, transfers, type DataMap } from "../src/index.ts";
import { cleanMap, flow, vendor, withVendor } from "./review-fixture.ts";

const statuses = (map: DataMap) => transfers(map).map(({ flow: { key }, destinations }) => [key, destinations.map((entry) => `${entry.country}:${entry.status}:${entry.mechanism}`)]);

describe("transfer analysis", () => {
  test("works out each destination's coverage and the mechanism relied on", () => {
    const map = withVendor("mailer", { processingCountries: ["US", "IN", "FR"], certifications: ["dpf"] }, { mechanisms: ["dpf", "scc-2"] });
    map.vendors.push(vendor("cdn", { processingCountries: ["CH"] }), vendor("helpdesk", { processingCountries: ["US"] }));
    map.flows.push(flow("platform", "cdn"), flow("customers", "helpdesk", { legalBasis: "contract", mechanisms: ["art49-contract"], frequency: "occasional" }));
    expect(statuses(map)).toEqual([
      ["platform->mailer", ["US:adequacy:dpf", "IN:safeguard:scc-2"]],
      ["platform->cdn", ["CH:adequacy-unstated:null"]],
      ["customers->helpdesk", ["US:derogation:art49-contract"]],
    ]);
    expect(transfers(map)[0]?.destinations[1]?.rejected).toEqual([{ mechanism: "dpf", reason: "the Data Privacy Framework covers transfers to the United States only, not to India", kind: "scope" }]);
  });

  test("read a ranked list as meant: a mechanism for another destination of the flow is no finding", () => {
    const ranked = withVendor("mailer", { processingCountries: ["US", "IN"], certifications: ["dpf"] }, { mechanisms: ["dpf", "scc-2"] });
    expect(review(ranked).findings).toEqual([]);
    ranked.vendors[1]!.certifications = [];
    expect(review(ranked).findings.map((finding) => [finding.id, finding.explanation])).toEqual([
      ["mechanism-not-applicable:platform->mailer@US", expect.stringContaining('"dpf" does not hold: mailer is not marked as certified')],
      ["mechanism-not-applicable:platform->mailer@IN", expect.stringContaining('"dpf" does not hold: the Data Privacy Framework covers transfers to the United States only')],
    ]);
  });

  test("work out each list of mechanisms to one recipient on its own", () => {
    const map = withVendor("mailer", { processingCountries: ["US", "FR"] }, { mechanisms: ["scc-2"] });
    map.flows.push(
      flow("customers", "mailer", { key: "signup", legalBasis: "contract" }),
      flow("platform", "mailer", { key: "newsletter", mechanisms: ["art49-consent"], frequency: "occasional" }),
      flow("platform", "mailer", { key: "billing", mechanisms: ["scc-2"] }),
    );
    expect(statuses(map)).toEqual([
      ["platform->mailer", ["US:safeguard:scc-2"]],
      ["signup", ["US:none:null"]],
      ["newsletter", ["US:derogation:art49-consent"]],
      ["billing", ["US:safeguard:scc-2"]],
    ]);
  });

  test("count the United States as adequate only for a DPF-certified vendor", () => {
    expect(statuses(withVendor("mailer", { processingCountries: ["US"] }))).toEqual([["platform->mailer", ["US:none:null"]]]);
    expect(statuses(withVendor("mailer", { processingCountries: ["US"], certifications: ["dpf"] }))).toEqual([["platform->mailer", ["US:adequacy-unstated:null"]]]);
  });

  test("check sunset clauses when given the day", () => {
    const map = withVendor("uk", { processingCountries: ["GB"] }, { mechanisms: ["adequacy"] });
    expect(statuses(map)).toEqual([["platform->uk", ["GB:adequacy:adequacy"]]]);
    expect(transfers(map, { on: "2032-01-01" })[0]?.status).toBe("none");
  });

  test("assume a vendor's headquarters when it states no processing country", () => {
    const [transfer] = transfers(withVendor("mailer", { processingCountries: [], headquarters: "US" }));
    expect(transfer).toMatchObject({ assumed: true, status: "none", destinations: [{ country: "US" }] });
  });

  test("do not count flows within the EEA, or from a third country that holds no data from the EEA", () => {
    const map = cleanMap();
    map.subjects.push({ slug: "us-visitors", name: { en: "US visitors" }, public: true, countries: ["US"] });
    map.vendors.push(vendor("us-shop", { processingCountries: ["US"] }));
    map.flows.push(flow("us-visitors", "us-shop", { legalBasis: "contract" }));
    expect(transfers(map)).toEqual([]);
  });
});

describe("onward transfers", () => {
  /** platform → hoster (IE) → relay (IN) → archive (US): the relay already sits outside the EEA. */
  function chain(): DataMap {
    const map = cleanMap();
    map.vendors.push(vendor("relay", { role: "sub-processor", processingCountries: ["IN"] }), vendor("archive", { role: "sub-processor", processingCountries: ["US"] }));
    map.flows.push(flow("hoster", "relay"), flow("relay", "archive"));
    return map;
  }

  test("need a mechanism from the EEA and onwards from a third country", () => {
    expect(review(chain()).findings.map((finding) => finding.id)).toEqual([
      "onward-transfer-without-safeguard:hoster->relay@IN",
      "onward-transfer-without-safeguard:relay->archive@US",
    ]);
    expect(transfers(chain()).map((transfer) => [transfer.flow.key, transfer.onward, transfer.fromThirdCountry])).toEqual([
      ["hoster->relay", true, false],
      ["relay->archive", true, true],
    ]);
  });

  test("count a sender outside the EEA whose data came from the EEA further back, and not one whose data never did", () => {
    const map = chain();
    map.subjects.push({ slug: "us-visitors", name: { en: "US visitors" }, public: true, countries: ["US"] });
    map.vendors.push(vendor("vault", { processingCountries: ["BR"] }), vendor("us-shop", { processingCountries: ["US"] }), vendor("us-backup", { processingCountries: ["CA"] }));
    map.flows.push(flow("archive", "vault"), flow("us-visitors", "us-shop", { legalBasis: "contract" }), flow("us-shop", "us-backup"));
    expect(transfers(map).map((transfer) => transfer.flow.key)).toEqual(["hoster->relay", "relay->archive", "archive->vault"]);
  });

  test("are quiet once each hop states its mechanism", () => {
    const map = chain();
    for (const entry of map.flows.slice(2)) entry.mechanisms = ["scc-3"];
    expect(review(map).findings).toEqual([]);
  });
});

describe("review configuration", () => {
  test("overrides severities and turns rules off", () => {
    const map = withVendor("mailer", { processingCountries: ["US"], dpa: undefined }, { retention: undefined });
    map.review = { rules: { "retention-not-stated": "off", "processor-without-dpa": "info" } };
    const { findings, summary } = review(map);
    expect(findings.map((finding) => [finding.id, finding.severity])).toEqual([
      ["transfer-without-safeguard:platform->mailer@US", "error"],
      ["processor-without-dpa:mailer", "info"],
    ]);
    expect(summary).toMatchObject({ total: 2, bySeverity: { error: 1, warning: 0, info: 1 }, disabledRules: ["retention-not-stated"] });
    expect(summary.transfers.none).toBe(1);
  });

  test("gives each finding its article, nodes, flows and hint", () => {
    const [finding] = review(withVendor("mailer", { processingCountries: ["US"] })).findings;
    expect(finding).toMatchObject({
      rule: "transfer-without-safeguard",
      article: "Art. 44–46",
      nodes: ["platform", "mailer"],
      flows: ["platform->mailer"],
      hint: expect.stringContaining("Standard Contractual Clauses"),
      explanation: expect.stringContaining("United States (US)"),
    });
  });
});

describe("findings against a sign-off", () => {
  const findings = review(withVendor("mailer", { processingCountries: ["US"], dpa: undefined })).findings;

  test("are all open without a sign-off", () => {
    expect(compareWithSignOff(findings, null).findings.map((finding) => finding.status)).toEqual(["open", "open"]);
  });

  test("are acknowledged, still open, new, or resolved", () => {
    const signOff = {
      findingIds: ["transfer-without-safeguard:platform->mailer@US", "retention-not-stated:platform->old"],
      acknowledgements: [{ findingId: "transfer-without-safeguard:platform->mailer@US", justification: "SCCs signed, map update pending." }],
    };
    const { findings: reviewed, resolved } = compareWithSignOff(findings, signOff);
    expect(reviewed.map((finding) => [finding.id, finding.status, finding.justification])).toEqual([
      ["transfer-without-safeguard:platform->mailer@US", "acknowledged", "SCCs signed, map update pending."],
      ["processor-without-dpa:mailer", "new", null],
    ]);
    expect(resolved).toEqual(["retention-not-stated:platform->old"]);
  });
});
