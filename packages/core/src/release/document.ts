import type { DataMap } from "../map/schema.ts";
import { labelsFor, type Labels } from "../public/labels.ts";
import type { PublicMapDocument, ReleaseInfo } from "../public/document.ts";
import type { MapAsOf, PublishedRelease } from "./as-of.ts";
import { changeEffect, type Change, type ChangeEffect } from "./change.ts";
import { describeChange } from "./describe.ts";

/** A change as the public JSON states it: with its effect and one line in English and German. */
export type DescribedChange = Change & { effect: ChangeEffect; text: { en: string; de: string } };

/** `GET /api/public/v1/releases/{n}.json`: one immutable release. */
export interface ReleaseDocument {
  format: "datamap/release@1";
  release: ReleaseInfo;
  previous: number | null;
  changes: DescribedChange[];
  /** The public map this release froze; its canonical JSON hashes to `release.sha256`. */
  map: DataMap;
  labels: Labels;
  links: { self?: string; map?: string };
}

export function describeChanges(changes: readonly Change[]): DescribedChange[] {
  return changes.map((change) => ({ ...change, effect: changeEffect(change), text: describeChange(change) }));
}

export function releaseInfo({ number, publishedAt, effectiveAt, sha256, summary }: ReleaseInfo): ReleaseInfo {
  return { number, publishedAt, effectiveAt, sha256, summary };
}

/**
 * The effective public map with the changes still in their notice period. Only changes that wait
 * are upcoming; a pending release's removals are already in `map`.
 */
export function publicMapDocument(asOf: MapAsOf, links: PublicMapDocument["links"] = {}): PublicMapDocument {
  const upcoming = asOf.pending
    .map((release) => ({
      release: release.number,
      effectiveAt: release.effectiveAt,
      changes: release.changes.filter((change) => changeEffect(change) === "notice").map(describeChange),
    }))
    .filter((entry) => entry.changes.length > 0);
  return {
    format: "datamap/public-map@1",
    release: asOf.release && releaseInfo(asOf.release),
    map: asOf.map,
    labels: labelsFor(asOf.map),
    upcoming,
    links,
  };
}

export function releaseDocument(release: PublishedRelease, links: ReleaseDocument["links"] = {}): ReleaseDocument {
  return {
    format: "datamap/release@1",
    release: releaseInfo(release),
    previous: release.number > 1 ? release.number - 1 : null,
    changes: describeChanges(release.changes),
    map: release.map,
    labels: labelsFor(release.map),
    links,
  };
}
