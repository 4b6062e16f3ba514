import type { Flow } from "../../map/schema.ts";
import { isSpecialCategory } from "../../reference/index.ts";
import { flowLabel, isVendor, type ReviewGraph } from "../graph.ts";
import type { Rule, RuleHit } from "../types.ts";

const flowHit = (flow: Flow, explanation: string): RuleHit => ({ subject: flow.key, explanation, nodes: [flow.from, flow.to], flows: [flow.key] });

const specialByKey = new Map<string, boolean>();
/** `isSpecialCategory` walks the key's ancestors; a review asks it for every key of every flow. */
const isSpecial = (key: string) => specialByKey.get(key) ?? specialByKey.set(key, isSpecialCategory(key)).get(key)!;

export const flowWithoutPurpose: Rule = {
  id: "flow-without-purpose",
  severity: "error",
  article: "Art. 5(1)(b)",
  title: "Flow with no purpose",
  hint: "Name what the data is used for: a fideslang data-use key in the flow's purposes.",
  checkFlow: (graph, flow) =>
    flow.purposes.length === 0
      ? flowHit(flow, `${flowLabel(graph, flow)} states no purpose. Personal data may only be collected and passed on for specified, explicit purposes.`)
      : undefined,
};

/**
 * Art. 6 is about the processing as a whole: where data is collected from people, and where it is
 * disclosed to another controller. Handing it to a processor, or between own systems, runs on the
 * basis of the collection (Art. 28), so those flows are not asked for a basis of their own.
 */
function needsLegalBasis(graph: ReviewGraph, flow: Flow): boolean {
  if (flow.purposes.length === 0 || flow.legalBasis) return false;
  const recipient = graph.nodes.get(flow.to);
  return graph.nodes.get(flow.from)?.kind === "subject-group" || (isVendor(recipient) && recipient.role.endsWith("controller"));
}

export const purposeWithoutLegalBasis: Rule = {
  id: "purpose-without-legal-basis",
  severity: "error",
  article: "Art. 6(1)",
  title: "Purpose with no legal basis",
  hint: "State the Art. 6(1) basis of the flow's purposes: consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests.",
  checkFlow: (graph, flow) =>
    needsLegalBasis(graph, flow)
      ? flowHit(flow, `${flowLabel(graph, flow)} ${graph.nodes.get(flow.from)?.kind === "subject-group" ? "collects personal data" : "discloses personal data to another controller"} for ${flow.purposes.join(", ")} with no legal basis stated.`)
      : undefined,
};

export const retentionNotStated: Rule = {
  id: "retention-not-stated",
  severity: "warning",
  article: "Art. 5(1)(e); Art. 30(1)(f)",
  title: "No retention stated",
  hint: "Say how long the recipient keeps the data, or by which event it is erased (e.g. \"deleted 30 days after the Account is closed\").",
  checkFlow: (graph, flow) =>
    !flow.retention
      ? flowHit(flow, `${flowLabel(graph, flow)} does not say how long the data is kept; the record of processing needs the time limits for erasure.`)
      : undefined,
};

export const specialCategoryWithoutCondition: Rule = {
  id: "special-category-without-condition",
  severity: "error",
  article: "Art. 9(2); Art. 10",
  title: "Special-category data with no Art. 9 condition",
  hint: "State the Art. 9(2) condition (or the Art. 10 authority for criminal-offence data) in specialCategoryCondition, e.g. \"art9-2-a\" for explicit consent.",
  checkFlow: (graph, flow) =>
    !flow.specialCategoryCondition && flow.categories.some(isSpecial)
      ? flowHit(flow, `${flowLabel(graph, flow)} carries ${flow.categories.filter(isSpecial).join(", ")}, data of a special category, with no condition of Art. 9(2) (or Art. 10) stated.`)
      : undefined,
};
