import type { MapProblem } from "../map/parse.ts";
import type { FidesDocument } from "./schema.ts";

/** Fields the import reads; README.md says which of them it keeps only in part. */
const read = {
  system: ["fides_key", "name", "description", "system_type", "egress", "ingress", "privacy_declarations", "legal_name", "privacy_policy", "dpa_location", "responsibility", "joint_controller_info"],
  declaration: ["name", "data_categories", "data_use", "data_subjects", "egress", "ingress", "legal_basis_for_processing", "retention_period", "processes_special_category_data", "special_category_legal_basis"],
  dataFlow: ["fides_key", "type", "data_categories"],
};

/** Values that say nothing beyond fideslang's own defaults, so dropping them loses nothing. */
const defaults: Record<string, unknown> = {
  organization_fides_key: "default_organization",
  administrating_department: "Not defined",
  processes_personal_data: true,
  flexible_legal_basis_for_processing: true,
};

function isEmpty(key: string, value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === "" || defaults[key] === value) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && Object.keys(value).length === 0;
}

/** One warning per fideslang field that carries something datamap does not keep, with how often. */
export function notKept(document: FidesDocument): MapProblem[] {
  const counts = new Map<string, number>();
  const scan = (where: string, entry: object, known: readonly string[]) => {
    for (const [key, value] of Object.entries(entry)) {
      if (known.includes(key) || isEmpty(key, value)) continue;
      counts.set(`${where}.${key}`, (counts.get(`${where}.${key}`) ?? 0) + 1);
    }
  };
  scan("", document, ["system"]);
  for (const system of document.system) {
    scan("system[]", system, read.system);
    for (const declaration of system.privacy_declarations) scan("system[].privacy_declarations[]", declaration, read.declaration);
    for (const direction of ["egress", "ingress"] as const) for (const flow of system[direction] ?? []) scan(`system[].${direction}[]`, flow, read.dataFlow);
  }
  return [...counts].map(([path, count]) => ({
    path: path.replace(/^\./, ""),
    message: path.startsWith(".") ? "only system resources are imported; this resource is not kept" : `not kept: the data map has no field for it (${count}×)`,
  }));
}
