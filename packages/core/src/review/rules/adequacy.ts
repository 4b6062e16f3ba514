import { country } from "../../reference/index.ts";
import { flowLabel } from "../graph.ts";
import type { Rule } from "../types.ts";
import { perDestination } from "./transfer.ts";

const nameOfCountry = (code: string) => country(code)?.name.en ?? code;

export const adequacyNotStated: Rule = {
  id: "adequacy-not-stated",
  severity: "info",
  article: "Art. 45; Art. 30(1)(e)",
  title: "Transfer covered by an adequacy decision the map does not state",
  hint: "Add \"adequacy\" (or \"dpf\" for the United States) to the flow's mechanisms, so the record of processing says what the transfer rests on.",
  check: (graph, report) =>
    perDestination(graph, report, (_transfer, destination) => destination.status === "adequacy-unstated", ({ flow }, destination) =>
      `${flowLabel(graph, flow)} reaches ${nameOfCountry(destination.country)}, which an adequacy decision covers (${destination.adequacy?.reference}); the flow does not say it relies on it.`),
};

/** Decisions that cover only part of a country's recipients (Canada, Japan, Israel). */
const partial = new Set(["commercial-organisations", "private-sector", "automated-processing"]);

export const adequacyScopeLimited: Rule = {
  id: "adequacy-scope-limited",
  severity: "info",
  article: "Art. 45",
  title: "Adequacy decision with a limited scope",
  hint: "Check that the recipient falls under the decision's scope, and note it on the flow; otherwise use Standard Contractual Clauses.",
  check: (graph, report) =>
    perDestination(
      graph,
      report,
      (_transfer, { adequacy, status }) => !!adequacy && partial.has(adequacy.scope) && (status === "adequacy" || status === "adequacy-unstated"),
      ({ flow }, { adequacy, country: code }) =>
        `${flowLabel(graph, flow)} relies on the adequacy decision for ${nameOfCountry(code)}, which has a limited scope (${adequacy?.scopeName.en}): ${adequacy?.description.en}`,
    ),
};
