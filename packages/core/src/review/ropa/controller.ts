import type { DataMap, Flow } from "../../map/schema.ts";
import { isSpecialCategory } from "../../reference/index.ts";
import { reviewGraph, type ReviewGraph } from "../graph.ts";
import { transfersOf } from "../transfers.ts";
import { controllerCells, label, missing, overlapping, perFlow, recipientsCell, text, transfersCell, unique, type RopaCell } from "./cells.ts";

/** The columns of the Art. 30(1) record, in order. */
export const controllerColumns = [
  { key: "controller", header: "Controller: name and contact details", article: "Art. 30(1)(a)" },
  { key: "representative", header: "Representative", article: "Art. 30(1)(a)" },
  { key: "dpo", header: "Data protection officer", article: "Art. 30(1)(a)" },
  { key: "purpose", header: "Purpose of the processing", article: "Art. 30(1)(b)" },
  { key: "legalBasis", header: "Legal basis", article: "Art. 6(1)" },
  { key: "dataSubjects", header: "Categories of data subjects", article: "Art. 30(1)(c)" },
  { key: "personalData", header: "Categories of personal data", article: "Art. 30(1)(c)" },
  { key: "specialCategories", header: "Special categories and Art. 9 condition", article: "Art. 9, 10" },
  { key: "recipients", header: "Categories of recipients", article: "Art. 30(1)(d)" },
  { key: "transfers", header: "Transfers to third countries and safeguards", article: "Art. 30(1)(e)" },
  { key: "retention", header: "Time limits for erasure", article: "Art. 30(1)(f)" },
  { key: "security", header: "Technical and organisational security measures", article: "Art. 30(1)(g)" },
] as const;

export type ControllerRow = Record<(typeof controllerColumns)[number]["key"], RopaCell>;

/** Data of these people is processed on behalf of customers: it belongs in the processor record. */
export const onBehalfOfCustomers = "customer_end_user";

/**
 * The Art. 30(1) record: one processing activity per purpose (fideslang data use), from the flows
 * with that purpose. Data subjects are the groups whose data reaches those flows.
 */
export function controllerRecord(map: DataMap): ControllerRow[] {
  const graph = reviewGraph(map);
  const processorSide = new Set(map.subjects.filter((subject) => subject.category === onBehalfOfCustomers).map((subject) => subject.slug));
  const flows = map.flows.filter((flow) => !processorSide.has(flow.from));
  const common = controllerCells(map);
  return unique(flows.flatMap((flow) => flow.purposes))
    .sort()
    .map((purpose) => {
      const activity = flows.filter((flow) => flow.purposes.includes(purpose));
      const keys = new Set(activity.map((flow) => flow.key));
      return {
        ...common,
        purpose: text(label("use", purpose)),
        legalBasis: perFlow(activity, (flow) => flow.legalBasis, "legal basis"),
        dataSubjects: subjectsCell(graph, activity, processorSide),
        personalData: activity.some((flow) => flow.categories.length > 0)
          ? text(unique(activity.flatMap((flow) => flow.categories)).map((key) => label("category", key)).join(", "))
          : missing("no data categories stated"),
        specialCategories: specialCell(activity),
        recipients: recipientsCell(graph, activity),
        transfers: transfersCell(graph, transfersOf(graph).filter((transfer) => keys.has(transfer.flow.key))),
        retention: perFlow(activity, (flow) => flow.retention, "retention"),
      };
    });
}

/** Subject groups whose data reaches the activity's flows, upstream along flows sharing a category. */
function subjectsCell(graph: ReviewGraph, activity: readonly Flow[], excluded: ReadonlySet<string>): RopaCell {
  const carried = activity.flatMap((flow) => flow.categories);
  const related = (flow: Flow) => overlapping("category", flow.categories, carried);
  const seen = new Set(activity.map((flow) => flow.from));
  const queue = [...seen];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const flow of graph.incoming.get(node) ?? []) {
      if (seen.has(flow.from) || excluded.has(flow.from) || !related(flow)) continue;
      seen.add(flow.from);
      queue.push(flow.from);
    }
  }
  const subjects = graph.map.subjects.filter((subject) => seen.has(subject.slug) && !excluded.has(subject.slug));
  return subjects.length > 0 ? text(subjects.map((subject) => subject.name.en).join(", ")) : missing("no flow from a data-subject group leads to this processing");
}

function specialCell(activity: readonly Flow[]): RopaCell {
  const special = activity.filter((flow) => flow.categories.some(isSpecialCategory));
  if (special.length === 0) return text("none");
  const keys = unique(special.flatMap((flow) => flow.categories.filter(isSpecialCategory)));
  const condition = perFlow(special, (flow) => flow.specialCategoryCondition, "Art. 9(2) condition");
  return "text" in condition ? text(`${keys.join(", ")}: ${condition.text}`) : missing(`${keys.join(", ")} carried with ${condition.missing}`);
}
