/**
 * The shape of one taxonomy (categories, uses or subjects) and the walks over it, independent of the data
 * files so that tests can build small taxonomies of their own.
 */

export type TaxonomyKind = "category" | "use" | "subject";
export type SpecialCategory = "art9" | "art10";

export interface TaxonomyEntry {
  /** A dotted path; a child's key starts with its parent's key, e.g. "user.contact.email". */
  key: string;
  name: { en: string; de?: string };
  description: string;
  parent: string | null;
  deprecated: boolean;
  replacedBy: string | null;
  /** GDPR Art. 9 or Art. 10 data, also when only an ancestor is flagged; always null for uses and subjects. */
  special: SpecialCategory | null;
  source: "fideslang" | "datamap";
}

export interface TaxonomyNode extends TaxonomyEntry {
  children: TaxonomyNode[];
}

export interface TaxonomyIndex {
  entries: readonly TaxonomyEntry[];
  byKey: ReadonlyMap<string, TaxonomyEntry>;
  children: ReadonlyMap<string, readonly TaxonomyEntry[]>;
}

/** Indexes entries by key and parent; throws on duplicate keys, unknown parents and children not named after their parent. */
export function indexTaxonomy(entries: readonly TaxonomyEntry[]): TaxonomyIndex {
  const byKey = new Map<string, TaxonomyEntry>();
  for (const entry of entries) {
    if (byKey.has(entry.key)) throw new Error(`taxonomy: duplicate key "${entry.key}"`);
    byKey.set(entry.key, entry);
  }
  const children = new Map<string, TaxonomyEntry[]>();
  for (const entry of entries) {
    if (entry.parent === null) continue;
    if (!byKey.has(entry.parent)) throw new Error(`taxonomy: "${entry.key}" has unknown parent "${entry.parent}"`);
    // Keys are paths, so a child longer than its parent also rules out cycles.
    if (!entry.key.startsWith(`${entry.parent}.`)) throw new Error(`taxonomy: "${entry.key}" does not start with "${entry.parent}."`);
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  }
  return { entries, byKey, children };
}

/** The key to use for a stored key: itself, or the end of its `replacedBy` chain with the original kept. */
export function resolveKey(index: TaxonomyIndex, key: string): { key: string; replacedFrom?: string } | undefined {
  let entry = index.byKey.get(key);
  if (!entry) return undefined;
  const seen = new Set([key]);
  while (entry.deprecated && entry.replacedBy !== null && !seen.has(entry.replacedBy)) {
    const next = index.byKey.get(entry.replacedBy);
    if (!next) break;
    seen.add(next.key);
    entry = next;
  }
  return entry.key === key ? { key } : { key: entry.key, replacedFrom: key };
}

/** The key itself and every key below it, depth first; empty for an unknown key. */
export function descendantKeys(index: TaxonomyIndex, key: string): string[] {
  if (!index.byKey.has(key)) return [];
  const below = (parent: string): string[] =>
    (index.children.get(parent) ?? []).flatMap((child) => [child.key, ...below(child.key)]);
  return [key, ...below(key)];
}

/** Parent, grandparent, … up to the root; empty for a root or an unknown key. */
export function ancestorKeys(index: TaxonomyIndex, key: string): string[] {
  const keys: string[] = [];
  for (let parent = index.byKey.get(key)?.parent ?? null; parent !== null; parent = index.byKey.get(parent)?.parent ?? null) {
    keys.push(parent);
  }
  return keys;
}

/** Roots with their children, leaving out deprecated entries (they are not to be chosen any more). */
export function buildTree(index: TaxonomyIndex): TaxonomyNode[] {
  const nodes = (entries: readonly TaxonomyEntry[]): TaxonomyNode[] =>
    entries.filter((entry) => !entry.deprecated).map((entry) => ({ ...entry, children: nodes(index.children.get(entry.key) ?? []) }));
  return nodes(index.entries.filter((entry) => entry.parent === null));
}
