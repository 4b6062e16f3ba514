import type { DataMap, Flow } from "../../map/schema.ts";
import { reviewGraph, type ReviewGraph } from "../graph.ts";
import { transfersOf } from "../transfers.ts";
import { controllerCells, label, missing, overlapping, recipientsCell, text, transfersCell, unique, within, type RopaCell } from "./cells.ts";
import { onBehalfOfCustomers } from "./controller.ts";

/** The columns of the Art. 30(2) record, in order. */
export const processorColumns = [
  { key: "processor", header: "Processor: name and contact details", article: "Art. 30(2)(a)" },
  { key: "controllers", header: "Controllers on whose behalf the processor acts", article: "Art. 30(2)(a)" },
  { key: "representative", header: "Representative", article: "Art. 30(2)(a)" },
  { key: "dpo", header: "Data protection officer", article: "Art. 30(2)(a)" },
  { key: "dataSubjects", header: "Data subjects of the controllers", article: "Art. 30(2)(b)" },
  { key: "processing", header: "Categories of processing carried out", article: "Art. 30(2)(b)" },
  { key: "subProcessors", header: "Sub-processors", article: "Art. 28(2), (4)" },
  { key: "transfers", header: "Transfers to third countries and safeguards", article: "Art. 30(2)(c)" },
  { key: "security", header: "Technical and organisational security measures", article: "Art. 30(2)(d)" },
] as const;

export type ProcessorRow = Record<(typeof processorColumns)[number]["key"], RopaCell>;

/**
 * The Art. 30(2) record: one row per data-subject group of category "customer_end_user" (people
 * whose data the organisation processes for its customers), with the flows from it and the flows
 * downstream that share a purpose and a category with them (the sub-processing). Empty when the
 * map has no such group.
 */
export function processorRecord(map: DataMap): ProcessorRow[] {
  const graph = reviewGraph(map);
  const { controller, representative, dpo, security } = controllerCells(map);
  return map.subjects
    .filter((subject) => subject.category === onBehalfOfCustomers)
    .map((subject) => {
      const flows = onBehalf(graph, subject.slug);
      const keys = new Set(flows.map((flow) => flow.key));
      return {
        processor: controller,
        controllers: missing("the map does not name the customers on whose behalf it processes; refer to the customer register"),
        representative,
        dpo,
        dataSubjects: text(subject.name.en),
        processing: flows.length > 0 ? text(unique(flows.flatMap((flow) => flow.purposes)).map((key) => label("use", key)).join(", ")) : missing("no flow from this group"),
        subProcessors: recipientsCell(graph, flows),
        transfers: transfersCell(graph, transfersOf(graph).filter((transfer) => keys.has(transfer.flow.key))),
        security,
      };
    });
}

function onBehalf(graph: ReviewGraph, subject: string): Flow[] {
  // The same data, for the same purpose or a narrower one: a broader purpose is the organisation's own.
  const shares = (flow: Flow, parent: Flow) => overlapping("category", flow.categories, parent.categories) && within("use", flow.purposes, parent.purposes);
  const found: Flow[] = [];
  const queue = [...(graph.outgoing.get(subject) ?? [])];
  const seen = new Set(queue.map((flow) => flow.key));
  for (let flow = queue.shift(); flow !== undefined; flow = queue.shift()) {
    found.push(flow);
    for (const next of graph.outgoing.get(flow.to) ?? []) {
      if (seen.has(next.key) || !shares(next, flow)) continue;
      seen.add(next.key);
      queue.push(next);
    }
  }
  return found;
}
