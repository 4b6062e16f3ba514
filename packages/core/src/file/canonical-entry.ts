import type { DataMap, Flow, Localized } from "../map/schema.ts";
import { knownKeysAt } from "./known-keys.ts";

export type Plain = string | number | boolean | Plain[] | { [key: string]: Plain };
type Entry = Record<string, unknown>;

/** Values a field has when the file leaves it out; the canonical form leaves them out too. */
const defaults: Record<string, unknown> = { public: true, status: "active" };

/** Localized text as written by hand: a plain string when there is only English. */
function text(value: Localized): Plain {
  return value.de === undefined ? value.en : { en: value.en, de: value.de };
}

const isLocalized = (value: unknown): value is Localized =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as Localized).en === "string" && Object.keys(value).every((key) => key === "en" || key === "de");

/**
 * One entry in the schema's field order, without what the file would not say: undefined
 * fields, defaults, empty lists, a flow key that is just "from->to". Object keys inside (a
 * setting's record) are sorted, since the database does not keep their order.
 */
function entry(value: Entry, keys: readonly string[]): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const key of keys) {
    const field = value[key];
    if (field === undefined || field === null || defaults[key] === field) continue;
    if (Array.isArray(field) && field.length === 0) continue;
    out[key] = plain(field, key);
  }
  return out;
}

function plain(value: unknown, key: string): Plain {
  if (isLocalized(value) && key !== "rules") return text(value);
  if (Array.isArray(value)) return value.map((item) => plain(item, key));
  if (typeof value === "object" && value !== null) {
    const record = value as Entry;
    return Object.fromEntries(
      Object.keys(record)
        .sort()
        .filter((field) => record[field] !== undefined && record[field] !== null)
        .map((field) => [field, plain(record[field], field)]),
    );
  }
  return value as Plain;
}

function flowEntry(flow: Flow, keys: readonly string[]) {
  const written = entry(flow, keys);
  if (written.key === `${flow.from}->${flow.to}`) delete written.key;
  return written;
}

/** By code unit, not by a database's collation, so that PGlite and PostgreSQL export alike. */
const ordered = <T>(list: readonly T[], id: (entry: T) => string) => [...list].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));

/**
 * The canonical content of a data-map file: what export writes, in YAML or JSON. Groups keep
 * their order (it is the public list's); nodes are ordered by slug and flows by key.
 */
export function canonicalFile(map: DataMap, schemaUrl?: string): { [key: string]: Plain } {
  const keys = (path: (string | number)[]) => knownKeysAt(path);
  const organization = map.organization && orderedObject(map.organization, keys(["organization"]), keys(["organization", "dpo"]));
  const review = map.review && Object.keys(map.review.rules).length > 0 ? { rules: plain(map.review.rules, "rules") } : undefined;
  const sections: [string, Plain | undefined][] = [
    ["$schema", schemaUrl],
    ["version", map.version],
    ["organization", organization],
    ["groups", map.groups.map((group) => entry(group, keys(["groups", 0])))],
    ["subjects", ordered(map.subjects, (node) => node.slug).map((subject) => entry(subject, keys(["subjects", 0])))],
    ["systems", ordered(map.systems, (node) => node.slug).map((system) => entry(system, keys(["systems", 0])))],
    ["vendors", ordered(map.vendors, (node) => node.slug).map((vendor) => entry(vendor, keys(["vendors", 0])))],
    ["flows", ordered(map.flows, (flow) => flow.key).map((flow) => flowEntry(flow, keys(["flows", 0])))],
    ["review", review],
  ];
  return Object.fromEntries(sections.filter((section): section is [string, Plain] => section[1] !== undefined && !(Array.isArray(section[1]) && section[1].length === 0)));
}

function orderedObject(value: object, keys: readonly string[], nestedKeys: readonly string[]): { [key: string]: Plain } {
  const written = entry(value as Entry, keys);
  for (const [key, field] of Object.entries(written)) {
    if (typeof field === "object" && !Array.isArray(field)) written[key] = entry(field, nestedKeys);
  }
  return written;
}
