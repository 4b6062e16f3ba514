import { country } from "../../reference/index.ts";
import type { Coverage } from "../coverage.ts";
import { flowLabel } from "../graph.ts";
import type { Transfer } from "../transfers.ts";
import type { Rule, RuleHit } from "../types.ts";

const countryName = (code: string) => `${country(code)?.name.en ?? code} (${code})`;
/** The country, and why it is assumed when the map does not state it. */
const where = ({ assumed }: Transfer, { country: code }: Coverage) =>
  `${countryName(code)}${assumed ? " (assumed from the vendor's headquarters: the map states no processing country)" : ""}`;
const rejections = (destination: Coverage) =>
  destination.rejected.map((entry) => ` "${entry.mechanism}" does not hold: ${entry.reason}.`).join("");

/** A finding about one destination of a transfer, its id subject "flowKey@CC". */
export const destinationHit = ({ flow }: Transfer, destination: Coverage, explanation: string): RuleHit => ({
  subject: `${flow.key}@${destination.country}`,
  explanation,
  nodes: [flow.from, flow.to],
  flows: [flow.key],
});

/** A claim of US adequacy (adequacy or dpf) for a recipient not marked DPF-certified. */
const claimsUSAdequacy = (destination: Coverage) =>
  destination.country === "US" && destination.rejected.some((entry) => entry.mechanism === "adequacy" || entry.mechanism === "dpf");
const uncovered = (destination: Coverage) => destination.status === "none" && !claimsUSAdequacy(destination);

export const transferWithoutSafeguard: Rule = {
  id: "transfer-without-safeguard",
  severity: "error",
  article: "Art. 44–46",
  title: "Transfer outside the EEA with no adequacy decision and no safeguard",
  hint: "State the mechanism the transfer rests on, e.g. Standard Contractual Clauses (\"scc-2\" for a processor), or keep the data in the EEA.",
  checkDestination: (graph, transfer, destination) =>
    !transfer.onward && uncovered(destination)
      ? destinationHit(transfer, destination, `${flowLabel(graph, transfer.flow)} sends personal data to ${where(transfer, destination)}. No adequacy decision covers this recipient there, and no stated mechanism holds.${rejections(destination)}`)
      : undefined,
};

export const onwardTransferWithoutSafeguard: Rule = {
  id: "onward-transfer-without-safeguard",
  severity: "error",
  article: "Art. 44",
  title: "Onward transfer outside the EEA with no adequacy decision and no safeguard",
  hint: "Ask the vendor which mechanism covers its sub-processor (for SCCs usually module 3, \"scc-3\") and state it on the flow.",
  checkDestination: (graph, transfer, destination) =>
    transfer.onward && uncovered(destination)
      ? destinationHit(transfer, destination, `${flowLabel(graph, transfer.flow)} passes personal data on to ${where(transfer, destination)}${transfer.fromThirdCountry ? ", from a sender that is itself outside the EEA (an onward transfer from a third country still needs a ground)" : ""}. No adequacy decision covers this recipient there, and no stated mechanism holds.${rejections(destination)}`)
      : undefined,
};

export const usAdequacyWithoutDpf: Rule = {
  id: "us-adequacy-without-dpf",
  severity: "error",
  article: "Art. 45",
  title: "US transfer relying on adequacy to a vendor not marked DPF-certified",
  hint: "Check the vendor on the Data Privacy Framework list and add \"dpf\" to its certifications, or rely on Standard Contractual Clauses instead.",
  checkDestination: (graph, transfer, destination) =>
    destination.status === "none" && claimsUSAdequacy(destination)
      ? destinationHit(transfer, destination, `${flowLabel(graph, transfer.flow)} relies on the EU–US adequacy decision, which covers only organisations certified under the Data Privacy Framework; the recipient is not marked "dpf", and no other stated mechanism holds.`)
      : undefined,
};

export const derogationForContinuousFlow: Rule = {
  id: "derogation-for-continuous-flow",
  severity: "error",
  article: "Art. 49; EDPB Guidelines 2/2018",
  title: "Art. 49 derogation used for a flow that is not occasional",
  hint: "Rely on Standard Contractual Clauses or another Art. 46 safeguard; derogations fit occasional, non-repetitive transfers only.",
  checkDestination: (graph, transfer, destination) =>
    destination.status === "derogation" && transfer.flow.frequency !== "occasional"
      ? destinationHit(transfer, destination, `${flowLabel(graph, transfer.flow)} rests on the derogation "${destination.mechanism}" for ${countryName(destination.country)}, but the flow is ${transfer.flow.frequency ?? "not stated to be occasional"}. Derogations are to be read restrictively and cover occasional transfers only.`)
      : undefined,
};

/**
 * A ranked list may name mechanisms for other destinations of the same flow ("dpf" first for the
 * US, "scc-2" for India): only a mechanism that fails a condition here, or holds for none of the
 * flow's destinations, is worth a warning.
 */
const misplaced = ({ destinations }: Transfer, destination: Coverage) =>
  destination.rejected.filter((entry) => entry.kind === "condition" || !destinations.some((other) => other.mechanism === entry.mechanism));

export const mechanismNotApplicable: Rule = {
  id: "mechanism-not-applicable",
  severity: "warning",
  article: "Art. 44–46",
  title: "A stated transfer mechanism does not hold for the destination",
  hint: "Remove the mechanism that does not hold, or fix what it depends on (e.g. the vendor's DPF certification).",
  checkDestination: (graph, transfer, destination) =>
    destination.status !== "none" && misplaced(transfer, destination).length > 0
      ? destinationHit(transfer, destination, `For ${countryName(destination.country)}, ${flowLabel(graph, transfer.flow)} states a mechanism that does not hold;${rejections({ ...destination, rejected: misplaced(transfer, destination) })} The transfer rests on ${destination.mechanism ?? "the adequacy decision"} instead.`)
      : undefined,
};
