import { country } from "../../reference/index.ts";
import type { Coverage } from "../coverage.ts";
import { flowLabel, nameOf } from "../graph.ts";
import { transfersOf } from "../transfers.ts";
import type { Rule } from "../types.ts";
import { destinationHit } from "./transfer.ts";

const nameOfCountry = (code: string) => country(code)?.name.en ?? code;

export const adequacyNotStated: Rule = {
  id: "adequacy-not-stated",
  severity: "info",
  article: "Art. 45; Art. 30(1)(e)",
  title: "Transfer covered by an adequacy decision the map does not state",
  hint: "Add \"adequacy\" (or \"dpf\" for the United States) to the flow's mechanisms, so the record of processing says what the transfer rests on.",
  checkDestination: (graph, transfer, destination) =>
    destination.status === "adequacy-unstated"
      ? destinationHit(transfer, destination, `${flowLabel(graph, transfer.flow)} reaches ${nameOfCountry(destination.country)}, which an adequacy decision covers (${destination.adequacy?.reference}); the flow does not say it relies on it.`)
      : undefined,
};

/** Decisions that cover only part of a country's recipients (Canada, Japan, Israel). */
const partial = new Set(["commercial-organisations", "private-sector", "automated-processing"]);

/** Whether the recipient falls under the decision is a question about the recipient: one finding per vendor and country. */
export const adequacyScopeLimited: Rule = {
  id: "adequacy-scope-limited",
  severity: "info",
  article: "Art. 45",
  title: "Adequacy decision with a limited scope",
  hint: "Check that the recipient falls under the decision's scope, and note it on the vendor; otherwise use Standard Contractual Clauses.",
  check(graph, report) {
    const byRecipient = new Map<string, { to: string; destination: Coverage; flows: string[] }>();
    for (const { flow, destinations } of transfersOf(graph)) {
      for (const destination of destinations) {
        const { adequacy, status } = destination;
        if (!adequacy || !partial.has(adequacy.scope) || (status !== "adequacy" && status !== "adequacy-unstated")) continue;
        const subject = `${flow.to}@${destination.country}`;
        const entry = byRecipient.get(subject) ?? byRecipient.set(subject, { to: flow.to, destination, flows: [] }).get(subject)!;
        entry.flows.push(flow.key);
      }
    }
    for (const [subject, { to, destination, flows }] of byRecipient) {
      report({
        subject,
        explanation: `${nameOf(graph, to)} receives personal data in ${nameOfCountry(destination.country)} under the adequacy decision, which has a limited scope (${destination.adequacy?.scopeName.en}): ${destination.adequacy?.description.en}`,
        nodes: [to],
        flows,
      });
    }
  },
};
