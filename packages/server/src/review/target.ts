import { canonicalJson, sha256, type DataMap } from "@datamap/core";
import { loadMap } from "../map/store.ts";
import type { Tx } from "../releases/records.ts";

/** What a review looks at: the draft, or a release (null when there is no such release). */
export interface ReviewTarget {
  /** null for the draft. */
  release: number | null;
  map: DataMap;
  /** The release's own hash, or that of the draft's canonical JSON. */
  snapshotSha256: string;
}

export async function loadReviewTarget(tx: Tx, release: number | null): Promise<ReviewTarget | null> {
  if (release === null) {
    const map = await loadMap(tx);
    return { release, map, snapshotSha256: sha256(canonicalJson(map)) };
  }
  const [row, config] = await Promise.all([
    tx.release.findUnique({ where: { number: release }, select: { canonical: true, sha256: true } }),
    tx.setting.findUnique({ where: { key: "review" } }),
  ]);
  if (!row) return null;
  // A release holds the public map only; the rules' configuration lives with the draft.
  const map = JSON.parse(row.canonical) as DataMap;
  return { release, map: config ? { ...map, review: config.value as DataMap["review"] } : map, snapshotSha256: row.sha256 };
}
