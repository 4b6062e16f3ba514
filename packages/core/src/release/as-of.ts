import type { DataMap } from "../map/schema.ts";
import type { ReleaseInfo } from "../public/document.ts";
import { changeEffect, type Change } from "./change.ts";

/** A release with its public map and the changes against the release before it. */
export interface PublishedRelease extends ReleaseInfo {
  map: DataMap;
  changes: Change[];
}

export interface MapAsOf {
  /** The newest release in effect, or null before the first one. */
  release: PublishedRelease | null;
  /** Its map, less whatever the pending releases removed: removals apply at once. */
  map: DataMap;
  /** Published but still in their notice period, oldest first. */
  pending: PublishedRelease[];
}

export const emptyMap: DataMap = { version: 1, groups: [], subjects: [], systems: [], vendors: [], flows: [] };

/** The public map as it stood at `at`, from the releases published until then. */
export function mapAsOf(releases: readonly PublishedRelease[], at: Date): MapAsOf {
  const published = releases.filter((release) => Date.parse(release.publishedAt) <= at.getTime()).sort((a, b) => a.number - b.number);
  const release = published.findLast((candidate) => Date.parse(candidate.effectiveAt) <= at.getTime()) ?? null;
  const pending = published.filter((candidate) => candidate.number > (release?.number ?? 0));
  const map = pending.reduce((current, next) => withRemovals(current, next.changes), release?.map ?? emptyMap);
  return { release, map, pending };
}

/** Applies the changes that take effect at once (removals, ended vendors) to a map. */
export function withRemovals(map: DataMap, changes: readonly Change[]): DataMap {
  const now = changes.filter((change) => changeEffect(change) === "immediate");
  const removed = (entity: Change["entity"]) => new Set(now.filter((c) => c.type === "removed" && c.entity === entity).map((c) => c.id));
  const itemsGone = (entity: Change["entity"], id: string, field: string) =>
    new Set(now.flatMap((c) => (c.type === "item-removed" && c.entity === entity && c.id === id && c.field === field ? [c.item] : [])));
  const prune = <T extends object>(entity: Change["entity"], entry: T, id: string): T => {
    const pruned: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
    for (const [field, value] of Object.entries(entry)) {
      const gone = itemsGone(entity, id, field);
      if (gone.size > 0 && Array.isArray(value)) pruned[field] = value.filter((item) => !gone.has(item as string));
    }
    return pruned as T;
  };
  const ended = new Set(now.filter((c) => c.type === "ended").map((c) => c.id));
  const nodes = <T extends { slug: string }>(entity: Change["entity"], list: T[]) =>
    list.filter((node) => !removed(entity).has(node.slug)).map((node) => prune(entity, node, node.slug));

  const subjects = nodes("subject", map.subjects);
  const systems = nodes("system", map.systems);
  const vendors = nodes("vendor", map.vendors).map((vendor) => (ended.has(vendor.slug) ? { ...vendor, status: "ended" as const } : vendor));
  const present = new Set([...subjects, ...systems, ...vendors].map((node) => node.slug));
  const flows = map.flows
    .filter((flow) => !removed("flow").has(flow.key) && present.has(flow.from) && present.has(flow.to))
    .map((flow) => prune("flow", flow, flow.key));
  const groups = map.groups.filter((group) => !removed("group").has(group.slug) || vendors.some((vendor) => vendor.group === group.slug));
  const organization = map.organization && prune("organization", map.organization, "organization");
  return { ...map, ...(organization ? { organization } : {}), groups, subjects, systems, vendors, flows };
}
