import { parse, YAMLParseError } from "yaml";
import type { DataMap } from "../map/schema.ts";
import { formatPath, validateDataMap, type MapProblem } from "../map/parse.ts";
import { isTaxonomyKey, taxonomyEntry } from "../reference/index.ts";
import { flowsOf } from "./import-flows.ts";
import { notKept } from "./not-kept.ts";
import { fidesDocumentSchema, type FidesSystem } from "./schema.ts";
import { isVendorSystem, roleOf } from "./vocabulary.ts";

export type FideslangResult = { ok: true; map: DataMap; warnings: MapProblem[] } | { ok: false; errors: MapProblem[] };

/** "Demo_Analytics.System" → "demo-analytics-system". */
const toSlug = (key: string) => key.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "system";
const httpsOnly = (url: string | null | undefined) => (url && URL.canParse(url) && new URL(url).protocol === "https:" ? url : undefined);

/**
 * Reads fideslang `system` resources (YAML or JSON) as a data map: systems and vendors from
 * systems, subject groups from data subjects, flows from privacy declarations, egress and
 * ingress. Whatever datamap cannot hold is named in `warnings`; see README.md beside this file.
 */
export function fromFideslang(text: string): FideslangResult {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [undefined, undefined];
    return { ok: false, errors: [{ path: "", message: error.message.split("\n")[0] ?? error.message, line, column }] };
  }
  const parsed = fidesDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path.filter((s) => typeof s !== "symbol")), message: issue.message })) };
  }
  const warnings: MapProblem[] = notKept(parsed.data);
  const warn = (path: string, message: string) => warnings.push({ path, message });
  const systems = parsed.data.system;

  const slugOf = new Map(systems.map((system) => [system.fides_key, toSlug(system.fides_key)]));
  const subjects = new Map<string, { slug: string; name: { en: string; de?: string }; category?: string }>();
  const subjectSlug = (key: string) => {
    let slug = toSlug(key);
    if ([...slugOf.values()].includes(slug)) slug = `${slug}-people`;
    const known = isTaxonomyKey("subject", key);
    if (!subjects.has(key)) subjects.set(key, { slug, name: taxonomyEntry("subject", key)?.name ?? { en: key }, ...(known ? { category: key } : {}) });
    return slug;
  };
  const { flows, origins } = flowsOf(systems, { slugOf, subjectSlug, warn });

  const nodeOrigins: Record<"systems" | "vendors", string[]> = { systems: [], vendors: [] };
  const nodes = { systems: [] as object[], vendors: [] as object[] };
  systems.forEach((system, index) => {
    const kind = isVendorSystem(system.system_type, system.vendor_id) ? "vendors" : "systems";
    nodes[kind].push(kind === "vendors" ? vendorOf(system, index, warn) : nodeOf(system));
    nodeOrigins[kind].push(`system[${index}]`);
  });

  const result = validateDataMap({ version: 1, subjects: [...subjects.values()], ...nodes, flows });
  if (result.ok) return { ok: true, map: result.map, warnings };
  const originOf: Record<string, string[]> = { ...nodeOrigins, flows: origins, subjects: [...subjects.keys()].map((key) => `data subject "${key}"`) };
  return {
    ok: false,
    errors: result.errors.map(({ path: [collection, index, ...rest], message }) => {
      const origin = originOf[String(collection)]?.[Number(index)];
      return { path: origin ? `${origin}${rest.length > 0 ? ` → ${formatPath(rest)}` : ""}` : formatPath([collection ?? "", index ?? 0, ...rest]), message };
    }),
  };
}

function nodeOf(system: FidesSystem) {
  return { slug: toSlug(system.fides_key), name: system.name || system.fides_key, ...(system.description ? { description: system.description } : {}) };
}

function vendorOf(system: FidesSystem, index: number, warn: (path: string, message: string) => void) {
  const link = (field: "privacy_policy" | "dpa_location") => {
    const url = httpsOnly(system[field]);
    if (system[field] && !url) warn(`system[${index}].${field}`, `"${system[field]}" is not an https:// URL; not kept`);
    return url;
  };
  const vendor = {
    ...nodeOf(system),
    role: roleOf(system.responsibility ?? [], system.joint_controller_info),
    legalName: system.legal_name ?? undefined,
    privacy: link("privacy_policy"),
    dpa: link("dpa_location"),
  };
  return Object.fromEntries(Object.entries(vendor).filter(([, value]) => value !== undefined));
}
