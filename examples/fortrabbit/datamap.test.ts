import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem, parseDataMap, type DataMap } from "@datamap/core";

const file = new URL("./datamap.yaml", import.meta.url);

/** The services the 2019 page names in bold, in page order. */
const boldOnThePage = [
  "Amazon Web Services",
  "Wirecard",
  "Matomo",
  "Google AdWords",
  "Twitter",
  "Intercom",
  "MailChimp",
  "Postmark",
  "Statuspage",
  "Recruitee",
  "MaxMind",
  "Trello",
  "Gravatar",
  "Ecovis",
  "Google Drive",
  "YouTube",
  "Google forms",
  "KeyCDN",
];

/** The page's headings (##), in page order. */
const headings = [
  "Cloud hosting & data centers",
  "Payment processing",
  "Usage statistics",
  "Marketing & tracking",
  "Client communication",
  "Status updates",
  "Recruitment software",
  "Account meta data",
  "Internal case management",
  "Account profile pictures",
  "Accounting",
  "Embedded content",
  "Content Delivery Network",
];

function load(): DataMap {
  const result = parseDataMap(readFileSync(file, "utf8"));
  if (!result.ok) throw new Error(result.errors.map((problem) => formatProblem(problem, "datamap.yaml")).join("\n"));
  return result.map;
}

describe("the fortrabbit sub-processor page as a data map", () => {
  const map = load();
  const vendor = (name: string) => map.vendors.find((entry) => entry.name.en.toLowerCase() === name.toLowerCase());
  const flowsTo = (slug: string) => map.flows.filter((flow) => flow.to === slug);

  it("parses without errors or warnings", () => {
    const result = parseDataMap(readFileSync(file, "utf8"));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual([]);
  });

  it("has exactly the 18 services the page names in bold", () => {
    expect(map.vendors).toHaveLength(18);
    for (const name of boldOnThePage) expect(vendor(name), name).toBeDefined();
  });

  it("lists Google AdWords and Twitter as disabled but listed, and nothing else", () => {
    const disabled = map.vendors.filter((entry) => entry.status === "disabled-but-listed").map((entry) => entry.name.en);
    expect(disabled.sort()).toEqual(["Google AdWords", "Twitter"]);
  });

  it("has the page's headings as groups, in page order, each in German too", () => {
    expect(map.groups.map((group) => group.name.en)).toEqual(headings);
    for (const group of map.groups) expect(group.name.de, group.slug).toBeTruthy();
  });

  it("puts every vendor in a group, and every group has a vendor", () => {
    for (const entry of map.vendors) expect(entry.group, entry.slug).toBeTruthy();
    for (const group of map.groups) expect(map.vendors.some((entry) => entry.group === group.slug), group.slug).toBe(true);
  });

  it("keeps billing and Account data at AWS in Ireland", () => {
    expect(vendor("Amazon Web Services")?.processingCountries).toContain("IE");
  });

  it("sends website visitors' IP addresses to KeyCDN", () => {
    const keycdn = vendor("KeyCDN")!;
    const visitors = map.subjects.find((subject) => subject.category === "visitor")!;
    const flow = map.flows.find((entry) => entry.from === visitors.slug && entry.to === keycdn.slug);
    expect(flow?.categories).toContain("user.device.ip_address");
  });

  it("shares e-mail addresses and names with MailChimp", () => {
    const categories = flowsTo(vendor("MailChimp")!.slug).flatMap((flow) => flow.categories);
    expect(categories).toEqual(expect.arrayContaining(["user.contact.email", "user.name"]));
  });

  it("sends something (a hash of the e-mail address) to Gravatar", () => {
    expect(flowsTo(vendor("Gravatar")!.slug)).not.toHaveLength(0);
  });

  it("states no transfer mechanism, since the page states none", () => {
    expect(map.flows.flatMap((flow) => flow.mechanisms)).toEqual([]);
  });
});
