import { normalize, rankByDistance, tolerance, type Candidate } from "./suggest.ts";
import { indexes, specialOf } from "./taxonomy-data.ts";
import {
  ancestorKeys,
  buildTree,
  descendantKeys,
  resolveKey,
  type SpecialCategory,
  type TaxonomyEntry,
  type TaxonomyIndex,
  type TaxonomyKind,
  type TaxonomyNode,
} from "./taxonomy-tree.ts";

export type { SpecialCategory, TaxonomyEntry, TaxonomyKind, TaxonomyNode };

/** Every entry of a kind, deprecated ones included: fideslang's first, then datamap's own. */
export function taxonomyEntries(kind: TaxonomyKind): readonly TaxonomyEntry[] {
  return indexes[kind].entries;
}

export function taxonomyEntry(kind: TaxonomyKind, key: string): TaxonomyEntry | undefined {
  return indexes[kind].byKey.get(key);
}

/** A known key, deprecated or not; `resolveTaxonomyKey` says what a deprecated key stands for now. */
export function isTaxonomyKey(kind: TaxonomyKind, key: string): boolean {
  return indexes[kind].byKey.has(key);
}

/** The current key for a stored one, following `replaced_by`; `replacedFrom` holds the deprecated original. */
export function resolveTaxonomyKey(kind: TaxonomyKind, key: string): { key: string; replacedFrom?: string } | undefined {
  return resolveKey(indexes[kind], key);
}

/** The key and all keys below it: what a filter on "user.contact" has to match. */
export function descendants(kind: TaxonomyKind, key: string): string[] {
  return descendantKeys(indexes[kind], key);
}

/** Parent first, root last. */
export function ancestors(kind: TaxonomyKind, key: string): string[] {
  return ancestorKeys(indexes[kind], key);
}

/** Roots with nested children, without deprecated entries. */
export function taxonomyTree(kind: TaxonomyKind): TaxonomyNode[] {
  return buildTree(indexes[kind]);
}

/** Whether data of this category falls under GDPR Art. 9 or Art. 10, itself or through an ancestor. */
export function isSpecialCategory(key: string): boolean {
  return specialOf(key) !== null;
}

/** Labels to match: the key, its last segment, the English and the German name. */
function candidatesOf(kind: TaxonomyKind): Candidate[] {
  return indexes[kind].entries
    .filter((entry) => !entry.deprecated)
    .map((entry) => ({
      key: entry.key,
      labels: [entry.key, entry.key.split(".").at(-1) ?? entry.key, entry.name.en, entry.name.de ?? entry.name.en].map(normalize),
    }));
}
const candidates: Record<TaxonomyKind, Candidate[]> = {
  category: candidatesOf("category"),
  use: candidatesOf("use"),
  subject: candidatesOf("subject"),
};

/**
 * Entries whose key ends in `tail` ("contact.email"), or, for one word, whose last segment contains it
 * ("payment" → "payment_processing"); the shortest key wins, an exact segment before a word.
 */
function byTail(index: TaxonomyIndex, tail: string): string | undefined {
  const oneWord = !tail.includes(".");
  const singular = tail.endsWith("s") ? tail.slice(0, -1) : tail;
  const hits = index.entries
    .filter((entry) => !entry.deprecated)
    .flatMap((entry) => {
      if (entry.key === tail || entry.key.endsWith(`.${tail}`)) return [{ entry, rank: 0 }];
      const words = (entry.key.split(".").at(-1) ?? "").split("_");
      return oneWord && (words.includes(tail) || words.includes(singular)) ? [{ entry, rank: 1 }] : [];
    });
  const depth = (key: string) => key.split(".").length;
  hits.sort((a, b) => depth(a.entry.key) - depth(b.entry.key) || a.rank - b.rank);
  return hits[0]?.entry.key;
}

/** The known key someone most likely meant: a different case, a key's tail ("ip_address"), a name, or a typo. */
export function suggestTaxonomyKey(kind: TaxonomyKind, input: string): string | undefined {
  const index = indexes[kind];
  const text = input.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if (text === "") return undefined;
  const exact = resolveKey(index, text);
  if (exact) return exact.key;

  const name = normalize(input);
  const named = candidates[kind].find(({ labels }) => labels.slice(2).includes(name));
  if (named) return named.key;

  const segments = text.split(".");
  const tail = byTail(index, text) ?? (segments.length > 1 ? byTail(index, segments.at(-1) ?? text) : undefined);
  if (tail) return tail;

  return rankByDistance(name, candidates[kind], tolerance(name.length))[0]?.key;
}
