import type { Vendor } from "../../map/schema.ts";
import type { ReviewGraph } from "../graph.ts";
import type { Rule, RuleHit } from "../types.ts";

/** Vendors the map still uses or will use; an ended vendor no longer receives anything. */
function vendorsWhere(graph: ReviewGraph, report: (hit: RuleHit) => void, matches: (vendor: Vendor) => boolean, explain: (vendor: Vendor) => string): void {
  for (const vendor of graph.map.vendors) {
    if (!matches(vendor)) continue;
    const flows = (graph.incoming.get(vendor.slug) ?? []).map((flow) => flow.key);
    report({ subject: vendor.slug, explanation: explain(vendor), nodes: [vendor.slug], flows });
  }
}

const receives = (graph: ReviewGraph, vendor: Vendor) => (graph.incoming.get(vendor.slug)?.length ?? 0) > 0;

export const processorWithoutDpa: Rule = {
  id: "processor-without-dpa",
  severity: "error",
  article: "Art. 28(3)",
  title: "Processor with no data-processing agreement",
  hint: "Link the signed data-processing agreement (the vendor's DPA page or the contract) in the vendor's dpa field.",
  check: (graph, report) =>
    vendorsWhere(graph, report, (vendor) => vendor.status !== "ended" && (vendor.role === "processor" || vendor.role === "sub-processor") && !vendor.dpa, (vendor) =>
      `${vendor.name.en} is a ${vendor.role} with no reference to a data-processing agreement. Processing by a processor has to be governed by a contract that sets out the Art. 28(3) terms.`),
};

export const recipientNotListed: Rule = {
  id: "recipient-not-listed",
  severity: "error",
  article: "Art. 28(2), (4)",
  title: "Vendor receives personal data but is missing from the public list",
  hint: "Set public: true on the vendor (and publish a release), or stop the flows to it.",
  check: (graph, report) =>
    vendorsWhere(graph, report, (vendor) => !vendor.public && (vendor.status === "active" || vendor.status === "planned") && receives(graph, vendor), (vendor) =>
      `${vendor.name.en} ${vendor.status === "planned" ? "is planned to receive" : "receives"} personal data but is not on the public list, so customers cannot object to it before it is used.`),
};

/**
 * The other direction of drift. A vendor "disabled but listed" is named on purpose while unused,
 * so it may receive nothing; an ended vendor should have left the list.
 */
export const listedWithoutFlows: Rule = {
  id: "listed-without-flows",
  severity: "warning",
  article: "Art. 5(1)(a); Art. 28(2)",
  title: "Vendor on the public list that receives nothing",
  hint: "Add the flows the vendor receives, mark it disabled-but-listed if it is unused on purpose, or take it off the list.",
  check: (graph, report) =>
    vendorsWhere(graph, report, (vendor) => vendor.public && (vendor.status === "ended" || (vendor.status === "active" && !receives(graph, vendor))), (vendor) =>
      vendor.status === "ended"
        ? `${vendor.name.en} has ended but is still on the public list.`
        : `${vendor.name.en} is on the public list as active, but no flow in the map sends it anything.`),
};

export const vendorWithoutProcessingCountry: Rule = {
  id: "vendor-without-processing-country",
  severity: "warning",
  article: "Art. 30(1)(e); Art. 44",
  title: "Vendor with no processing country",
  hint: "List the countries where the vendor (and its sub-processors) process the data: the DPA or the vendor's sub-processor page says.",
  check: (graph, report) =>
    vendorsWhere(graph, report, (vendor) => vendor.status !== "ended" && vendor.processingCountries.length === 0, (vendor) => {
      const unknown = (graph.incoming.get(vendor.slug) ?? []).filter((flow) => flow.countries.length === 0).length;
      if (unknown === 0) return `${vendor.name.en} has no processing country; every flow to it states its own countries, but the public list shows none.`;
      const flows = `${unknown} flow${unknown > 1 ? "s" : ""}`;
      return vendor.headquarters
        ? `${vendor.name.en} has no processing country; for ${flows} to it the review assumes its headquarters country (${vendor.headquarters}).`
        : `${vendor.name.en} has neither a processing country nor a headquarters, so for ${flows} to it nobody can tell whether the data leaves the EEA.`;
    }),
};
