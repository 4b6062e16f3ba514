import type { DataMap, Flow, Localized } from "../map/schema.ts";
import { canonicalJson, type Json } from "./canonical.ts";
import type { Change, ChangeEntity } from "./change.ts";

/** Lists whose order means nothing; they change item by item. Other lists (mechanisms, ranked) change whole. */
const setFields = new Set(["processingCountries", "countries", "certifications", "categories", "purposes"]);

/**
 * Everything that differs between two data maps, entity by entity in map order: removed and
 * changed entries as the older map lists them, then added ones. Works on any two maps — two
 * releases' public projections, or two data-map files.
 */
export function diffMaps(before: DataMap, after: DataMap): Change[] {
  const names = new Map(
    [before, after].flatMap((map) => [...map.subjects, ...map.systems, ...map.vendors]).map((node) => [node.slug, node.name]),
  );
  const flowName = (flow: Flow): Localized => {
    const from = names.get(flow.from) ?? { en: flow.from };
    const to = names.get(flow.to) ?? { en: flow.to };
    const en = `${from.en} → ${to.en}`;
    return from.de || to.de ? { en, de: `${from.de ?? from.en} → ${to.de ?? to.en}` } : { en };
  };
  const organization = (map: DataMap) => (map.organization ? [map.organization] : []);
  return [
    ...diffList("organization", organization(before), organization(after), () => "organization", (entry) => ({ en: entry.name })),
    ...diffList("group", before.groups, after.groups, (group) => group.slug, (group) => group.name),
    ...diffList("subject", before.subjects, after.subjects, (node) => node.slug, (node) => node.name),
    ...diffList("system", before.systems, after.systems, (node) => node.slug, (node) => node.name),
    ...diffList("vendor", before.vendors, after.vendors, (node) => node.slug, (node) => node.name),
    ...diffList("flow", before.flows, after.flows, (flow) => flow.key, flowName),
  ];
}

function diffList<T extends object>(
  entity: ChangeEntity,
  before: readonly T[],
  after: readonly T[],
  idOf: (entry: T) => string,
  nameOf: (entry: T) => Localized,
): Change[] {
  const older = new Map(before.map((entry) => [idOf(entry), entry]));
  const newer = new Map(after.map((entry) => [idOf(entry), entry]));
  const changes: Change[] = [];
  for (const [id, entry] of older) {
    const now = newer.get(id);
    if (now) changes.push(...diffFields(entity, id, nameOf(now), entry, now));
    else changes.push({ type: "removed", entity, id, name: nameOf(entry) });
  }
  for (const [id, entry] of newer) {
    if (!older.has(id)) changes.push({ type: "added", entity, id, name: nameOf(entry), value: toJson(entry) });
  }
  return changes;
}

function diffFields(entity: ChangeEntity, id: string, name: Localized, before: object, after: object): Change[] {
  const older = before as Record<string, unknown>;
  const newer = after as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(older), ...Object.keys(newer)])].sort();
  const changes: Change[] = [];
  for (const field of fields) {
    const [was, is] = [older[field], newer[field]];
    if (setFields.has(field) && isStringList(was ?? []) && isStringList(is ?? [])) {
      const [wasItems, isItems] = [(was ?? []) as string[], (is ?? []) as string[]];
      for (const item of wasItems) if (!isItems.includes(item)) changes.push({ type: "item-removed", entity, id, name, field, item });
      for (const item of isItems) if (!wasItems.includes(item)) changes.push({ type: "item-added", entity, id, name, field, item });
    } else if (canonicalJson(was ?? null) !== canonicalJson(is ?? null)) {
      if (entity === "vendor" && field === "status" && is === "ended") changes.push({ type: "ended", entity, id, name });
      else changes.push({ type: "changed", entity, id, name, field, before: toJson(was), after: toJson(is) });
    }
  }
  return changes;
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");

function toJson(value: unknown): Json {
  return JSON.parse(canonicalJson(value ?? null)) as Json;
}
