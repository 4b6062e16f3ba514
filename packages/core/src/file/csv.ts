import type { DataMap, Localized } from "../map/schema.ts";

/** Every column any kind of entry fills, in one header; a row leaves the others empty. */
const columns = [
  "kind", "id", "name", "name_de", "description", "description_de", "public", "group", "role", "status",
  "legal_name", "website", "headquarters", "category", "countries", "dpa", "terms", "privacy", "since", "until",
  "certifications", "from", "to", "categories", "purposes", "legal_basis", "special_category_condition",
  "mechanisms", "frequency", "retention", "notes",
] as const;
type Column = (typeof columns)[number];
type Row = Partial<Record<Column, string | boolean | readonly string[] | undefined>>;

const texts = (field: "name" | "description", value: Localized | undefined): Row =>
  value ? { [field]: value.en, [`${field}_de`]: value.de } : {};

function rows(map: DataMap): Row[] {
  return [
    ...map.groups.map((group): Row => ({ kind: "group", id: group.slug, ...texts("name", group.name) })),
    ...[...map.subjects.map((node) => ["subject", node] as const), ...map.systems.map((node) => ["system", node] as const)].map(
      ([kind, node]): Row => ({
        kind, id: node.slug, ...texts("name", node.name), ...texts("description", node.description), public: node.public,
        category: "category" in node ? node.category : undefined, countries: node.countries, until: node.until, notes: node.notes,
      }),
    ),
    ...map.vendors.map((vendor): Row => ({
      kind: "vendor", id: vendor.slug, ...texts("name", vendor.name), ...texts("description", vendor.description), public: vendor.public,
      group: vendor.group, role: vendor.role, status: vendor.status, legal_name: vendor.legalName, website: vendor.website,
      headquarters: vendor.headquarters, countries: vendor.processingCountries, dpa: vendor.dpa, terms: vendor.terms, privacy: vendor.privacy,
      since: vendor.since, until: vendor.until, certifications: vendor.certifications, notes: vendor.notes,
    })),
    ...map.flows.map((flow): Row => ({
      kind: "flow", id: flow.key, ...texts("description", flow.description), public: flow.public, from: flow.from, to: flow.to,
      categories: flow.categories, purposes: flow.purposes, legal_basis: flow.legalBasis, special_category_condition: flow.specialCategoryCondition,
      countries: flow.countries, mechanisms: flow.mechanisms, frequency: flow.frequency, retention: flow.retention, notes: flow.notes,
    })),
  ];
}

/**
 * RFC 4180 quoting. A cell a spreadsheet would run as a formula (=, +, -, @) gets a leading
 * apostrophe: the map's text comes from many editors, and a CSV is opened in Excel.
 */
function cell(value: Row[Column]): string {
  const text = value === undefined ? "" : Array.isArray(value) ? value.join("; ") : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per group, subject group, system, vendor and flow; lists joined with "; ". */
export function dataMapCsv(map: DataMap): string {
  const lines = [columns.join(","), ...rows(map).map((row) => columns.map((column) => cell(row[column])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
