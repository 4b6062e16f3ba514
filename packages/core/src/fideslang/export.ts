import { stringify } from "yaml";
import type { DataMap, Flow, SubjectGroup, System, Vendor } from "../map/schema.ts";
import { canonicalJson } from "../release/canonical.ts";
import { isEEA, isSpecialCategory } from "../reference/index.ts";
import {
  fidesLegalBases,
  fidesResponsibility,
  fidesSpecialBasis,
  fidesTransferBasis,
  fidesUser,
  ownSystemType,
  vendorSystemType,
} from "./vocabulary.ts";

type Out = { [key: string]: string | boolean | string[] | Out[] };

/** Leaves out what fideslang would read as its default: undefined, false, empty lists. */
function compact(value: Record<string, string | boolean | string[] | Out[] | undefined>): Out {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined && field !== false && !(Array.isArray(field) && field.length === 0))) as Out;
}

const sorted = (items: Iterable<string>) => [...new Set(items)].sort();

/** Whose data it is, as a fideslang data-subject key: the group's category, else its slug. */
const subjectKey = (group: SubjectGroup) => group.category ?? group.slug;

/** One system-level data flow per node at the other end, with every category that goes over it. */
function dataFlows(flows: readonly Flow[], otherEnd: (flow: Flow) => { key: string; type: string }): Out[] {
  const ends = new Map<string, { type: string; categories: string[] }>();
  for (const flow of flows) {
    const { key, type } = otherEnd(flow);
    const end = ends.get(key) ?? { type, categories: [] };
    end.categories.push(...flow.categories);
    ends.set(key, end);
  }
  return sorted(ends.keys()).map((key) => compact({ fides_key: key, type: ends.get(key)!.type, data_categories: sorted(ends.get(key)!.categories) }));
}

/** One declaration per purpose of each flow into the system; equal ones from several subject groups become one. */
function declarations(inbound: readonly Flow[], subjects: ReadonlyMap<string, SubjectGroup>): Out[] {
  const merged = new Map<string, { declaration: Out; subjects: string[] }>();
  for (const flow of inbound) {
    const subject = subjects.get(flow.from);
    for (const use of flow.purposes) {
      const declaration = compact({
        name: flow.description?.en,
        data_categories: flow.categories,
        data_use: use,
        ingress: [subject ? fidesUser : flow.from],
        legal_basis_for_processing: flow.legalBasis && fidesLegalBases[flow.legalBasis],
        retention_period: flow.retention,
        processes_special_category_data: flow.categories.some(isSpecialCategory) || !!flow.specialCategoryCondition,
        special_category_legal_basis: fidesSpecialBasis(flow.specialCategoryCondition),
      });
      const identity = canonicalJson(declaration);
      const entry = merged.get(identity) ?? { declaration, subjects: [] };
      if (subject) entry.subjects.push(subjectKey(subject));
      merged.set(identity, entry);
    }
  }
  // In fideslang's own order (by name), then by use and source, so equal maps give equal files.
  const order = (declaration: Out) => canonicalJson([declaration.name ?? "", declaration.data_use, declaration.ingress]);
  return [...merged.values()]
    .map(({ declaration: { name, data_categories, data_use, ...rest }, subjects: keys }): Out => ({
      ...(name === undefined ? {} : { name }),
      data_categories: data_categories ?? [],
      data_use: data_use ?? "",
      data_subjects: sorted(keys),
      ...rest,
    }))
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

function vendorFields(vendor: Vendor, inbound: readonly Flow[], map: DataMap): Out {
  return compact({
    legal_name: vendor.legalName,
    privacy_policy: vendor.privacy,
    dpa_location: vendor.dpa,
    responsibility: [fidesResponsibility[vendor.role]],
    joint_controller_info: vendor.role === "joint-controller" ? `${map.organization?.name ?? "The organization"} and ${vendor.legalName ?? vendor.name.en}` : undefined,
    does_international_transfers: vendor.processingCountries.some((code) => !isEEA(code)),
    legal_basis_for_transfers: sorted(inbound.flatMap((flow) => flow.mechanisms).map(fidesTransferBasis)),
  });
}

/** The map's systems and vendors as fideslang `system` resources: flows become egress, ingress and privacy declarations. */
export function toFideslang(map: DataMap): { system: Out[] } {
  const subjects = new Map(map.subjects.map((group) => [group.slug, group]));
  const flowsBy = (end: "from" | "to") => {
    const index = new Map<string, Flow[]>();
    for (const flow of map.flows) {
      if (!index.has(flow[end])) index.set(flow[end], []);
      index.get(flow[end])!.push(flow);
    }
    return index;
  };
  const [into, outOf] = [flowsBy("to"), flowsBy("from")];
  const node = (entry: System | Vendor, vendor: Vendor | undefined): Out => {
    const inbound = into.get(entry.slug) ?? [];
    const outbound = outOf.get(entry.slug) ?? [];
    return {
      ...compact({
        fides_key: entry.slug,
        name: entry.name.en,
        description: entry.description?.en,
        system_type: vendor ? vendorSystemType : ownSystemType,
        ...(vendor ? vendorFields(vendor, inbound, map) : {}),
        egress: dataFlows(outbound, (flow) => ({ key: flow.to, type: "system" })),
        ingress: dataFlows(inbound, (flow) => (subjects.has(flow.from) ? { key: fidesUser, type: fidesUser } : { key: flow.from, type: "system" })),
      }),
      // Required by fideslang, even when empty.
      privacy_declarations: declarations(inbound, subjects),
    };
  };
  return { system: [...map.systems.map((system) => node(system, undefined)), ...map.vendors.map((vendor) => node(vendor, vendor))] };
}

export function fideslangYaml(map: DataMap): string {
  return stringify(toFideslang(map), { lineWidth: 0 });
}
