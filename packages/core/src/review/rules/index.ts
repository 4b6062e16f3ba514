import type { Rule } from "../types.ts";
import { adequacyNotStated, adequacyScopeLimited } from "./adequacy.ts";
import { flowWithoutPurpose, purposeWithoutLegalBasis, retentionNotStated, specialCategoryWithoutCondition } from "./flow.ts";
import { derogationForContinuousFlow, mechanismNotApplicable, onwardTransferWithoutSafeguard, transferWithoutSafeguard, usAdequacyWithoutDpf } from "./transfer.ts";
import { listedWithoutFlows, processorWithoutDpa, recipientNotListed, vendorWithoutProcessingCountry } from "./vendor.ts";

/** A rule id in `review.rules` that no rule has: a typo would otherwise silently keep the rule on. */
const unknownReviewRule: Rule = {
  id: "unknown-review-rule",
  severity: "warning",
  article: "—",
  title: "Unknown rule in the review configuration",
  hint: "Use one of the rule ids the review reports (see `datamap review --help`), or remove the entry.",
  check(graph, report) {
    for (const id of Object.keys(graph.map.review?.rules ?? {})) {
      if (!ruleIds.has(id)) report({ subject: id, explanation: `review.rules names "${id}", which is not a rule.`, nodes: [], flows: [] });
    }
  },
};

/** Every rule, in the order findings of the same severity are listed. */
export const rules: readonly Rule[] = [
  transferWithoutSafeguard,
  usAdequacyWithoutDpf,
  onwardTransferWithoutSafeguard,
  derogationForContinuousFlow,
  specialCategoryWithoutCondition,
  processorWithoutDpa,
  flowWithoutPurpose,
  purposeWithoutLegalBasis,
  recipientNotListed,
  mechanismNotApplicable,
  retentionNotStated,
  listedWithoutFlows,
  vendorWithoutProcessingCountry,
  adequacyNotStated,
  adequacyScopeLimited,
  unknownReviewRule,
];

const ruleIds = new Set(rules.map((rule) => rule.id));
