/**
 * "Did you mean …?" helpers shared by the country, mechanism and taxonomy suggestions.
 */

/** Edit distance that also counts a swap of two neighbouring letters as one edit ("dfp" → "dpf"). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const above = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
      }
    }
  }
  return rows[a.length]![b.length]!;
}

/** Lower case, accents dropped, "&" as "and", anything else that is not a letter or digit as one space. */
export function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** How many edits a typo of this length may have: one for short words, up to three for long ones. */
export function tolerance(length: number): number {
  return length <= 4 ? 1 : length <= 10 ? 2 : 3;
}

export interface Candidate<K extends string = string> {
  key: K;
  /** Spellings to compare the input with, already normalized the same way as the input. */
  labels: readonly string[];
}

/** Candidates within `maxDistance` of the input, closest first; ties keep the candidates' order. */
export function rankByDistance<K extends string>(
  input: string,
  candidates: readonly Candidate<K>[],
  maxDistance: number,
): { key: K; distance: number }[] {
  return candidates
    .map(({ key, labels }) => ({ key, distance: Math.min(...labels.map((label) => editDistance(input, label))) }))
    .filter(({ distance }) => distance <= maxDistance)
    .sort((a, b) => a.distance - b.distance);
}
