import type { DataMap } from "../map/schema.ts";
import type { Labels } from "./labels.ts";

/** Identity of a published release, as the public JSON states it. */
export interface ReleaseInfo {
  number: number;
  publishedAt: string;
  effectiveAt: string;
  sha256: string;
  summary: string;
}

/**
 * `GET /api/public/v1/map.json`: the effective public map, its labels, and the changes that are
 * published but still in their notice period. Widgets read exactly this (or the same inline).
 */
export interface PublicMapDocument {
  format: "datamap/public-map@1";
  release: ReleaseInfo | null;
  map: DataMap;
  labels: Labels;
  upcoming: UpcomingChange[];
  links: { self?: string; atom?: string; rss?: string; json?: string };
}

export interface UpcomingChange {
  release: number;
  effectiveAt: string;
  /** One line each, e.g. "Vendor added: Mailgun". */
  changes: Localized[];
}

type Localized = { en: string; de?: string };
