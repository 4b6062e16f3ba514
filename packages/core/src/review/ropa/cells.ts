import type { DataMap, Flow } from "../../map/schema.ts";
import { ancestors, country, isEEA, mechanism, taxonomyEntry, type TaxonomyKind } from "../../reference/index.ts";
import type { Coverage } from "../coverage.ts";
import { isVendor, nameOf, type ReviewGraph } from "../graph.ts";
import type { Transfer } from "../transfers.ts";

/** A field of the record: what the map says, or, never silently, that the map does not say it. */
export type RopaCell = { text: string } | { missing: string };

export const text = (value: string): RopaCell => ({ text: value });
export const missing = (why: string): RopaCell => ({ missing: why });

/** The cell as one line of text; a missing field reads "MISSING: why". */
export function cellText(cell: RopaCell): string {
  return "text" in cell ? cell.text : `MISSING: ${cell.missing}`;
}

export const label = (kind: TaxonomyKind, key: string) => `${taxonomyEntry(kind, key)?.name.en ?? key} (${key})`;
export const unique = <T>(values: Iterable<T>) => [...new Set(values)];

/** Whether one of `keys` is one of `others` or below one of them. */
export function within(kind: TaxonomyKind, keys: readonly string[], others: readonly string[]): boolean {
  const set = new Set(others);
  return keys.some((key) => set.has(key) || ancestors(kind, key).some((parent) => set.has(parent)));
}

/** Whether two lists of taxonomy keys share data: the same key, or one key below the other. */
export const overlapping = (kind: TaxonomyKind, keys: readonly string[], others: readonly string[]) => within(kind, keys, others) || within(kind, others, keys);

/** The organisation's name, address and contact, shared by both records. */
export function controllerCells(map: DataMap): { controller: RopaCell; representative: RopaCell; dpo: RopaCell; security: RopaCell } {
  const org = map.organization;
  const dpo = [org?.dpo?.name, org?.dpo?.email].filter(Boolean).join(", ");
  return {
    controller: org ? text([org.name, org.address, org.contact, org.website].filter(Boolean).join(", ")) : missing("the map has no organization"),
    representative: !org
      ? missing("the map has no organization")
      : isEEA(org.country)
        ? text(`not required: established in ${country(org.country)?.name.en ?? org.country}, in the EEA (Art. 27)`)
        : missing("the organization is established outside the EEA and the map names no representative in the Union (Art. 27)"),
    dpo: dpo ? text(dpo) : missing("no data protection officer contact in organization.dpo"),
    security: org?.securityMeasures ? text(org.securityMeasures) : missing("no reference to the security measures in organization.securityMeasures"),
  };
}

/** "Processors: AWS (IE), Postmark (US); independent controllers: Twitter (US)". */
export function recipientsCell(graph: ReviewGraph, flows: readonly Flow[]): RopaCell {
  const byRole = new Map<string, string[]>();
  for (const slug of unique(flows.map((flow) => flow.to))) {
    const node = graph.nodes.get(slug);
    if (!isVendor(node)) continue;
    const where = node.processingCountries.length > 0 ? node.processingCountries.join(", ") : node.headquarters ? `${node.headquarters}, headquarters` : "country not stated";
    byRole.set(node.role, [...(byRole.get(node.role) ?? []), `${node.name.en} (${where})`]);
  }
  if (byRole.size === 0) return text("none outside the organisation");
  return text([...byRole].map(([role, names]) => `${role.endsWith("controller") ? role.replace("-", " ") : role}s: ${names.join(", ")}`).join("; "));
}

/** Each third country with its recipient and safeguard; "none" when no flow leaves the EEA. */
export function transfersCell(graph: ReviewGraph, transfers: readonly Transfer[]): RopaCell {
  const lines = transfers.flatMap(({ flow, destinations, assumed }) =>
    destinations.map((destination) => `${country(destination.country)?.name.en ?? destination.country}${assumed ? " (assumed: headquarters)" : ""} — ${nameOf(graph, flow.to)}: ${safeguard(destination)}`),
  );
  return text(lines.length > 0 ? unique(lines).join("; ") : "none");
}

function safeguard(destination: Coverage): string {
  if (destination.status === "none") return "NO SAFEGUARD";
  if (destination.status === "adequacy-unstated") return `adequacy decision, not stated in the map (${destination.adequacy?.reference})`;
  const entry = mechanism(destination.mechanism ?? "");
  return `${entry?.name.en ?? destination.mechanism} (${entry?.article ?? ""})`;
}

/** Every distinct stated value, and which flows state none. */
export function perFlow(flows: readonly Flow[], value: (flow: Flow) => string | undefined, what: string): RopaCell {
  const stated = unique(flows.map(value).filter((entry): entry is string => !!entry));
  const silent = flows.filter((flow) => !value(flow)).map((flow) => flow.key);
  if (stated.length === 0) return missing(`no ${what} stated${flows.length > 1 ? ` on any of ${flows.length} flows` : ""}`);
  return text(`${stated.join("; ")}${silent.length > 0 ? ` — MISSING for ${silent.join(", ")}` : ""}`);
}
