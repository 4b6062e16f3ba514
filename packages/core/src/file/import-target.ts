import type { MapIssue } from "../map/references.ts";
import type { DataMap, FunctionGroup } from "../map/schema.ts";

export interface ImportOptions {
  /** End (vendors: status ended; systems, subject groups: until) what the file leaves out, delete its flows. */
  prune: boolean;
  /** The day an entry ended by pruning ends on (YYYY-MM-DD). */
  today: string;
}

const bySlug = <T extends { slug: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

/**
 * The map a database holds after importing `file` over `current`: the file's entries replace
 * those with the same slug or key; what the file leaves out stays as it is, or with `prune` is
 * ended (nodes) or deleted (flows; groups no vendor is in). Nodes are never deleted: an ended
 * vendor is a disclosure. Lists come back in loadMap's order, so the result diffs cleanly.
 */
export function importTarget(current: DataMap, file: DataMap, { prune, today }: ImportOptions): { ok: true; map: DataMap } | { ok: false; errors: MapIssue[] } {
  const errors = kindChanges(current, file);
  if (errors.length > 0) return { ok: false, errors };

  const keep = <T extends { slug: string }>(now: readonly T[], wanted: readonly T[], end: (entry: T) => T) => {
    const named = new Set(wanted.map((entry) => entry.slug));
    const left = now.filter((entry) => !named.has(entry.slug));
    return bySlug([...wanted, ...(prune ? left.map(end) : left)]);
  };
  const vendors = keep(current.vendors, file.vendors, (vendor) => (vendor.status === "ended" && vendor.until ? vendor : { ...vendor, status: "ended" as const, until: vendor.until ?? today }));
  const systems = keep(current.systems, file.systems, (system) => ({ ...system, until: system.until ?? today }));
  const subjects = keep(current.subjects, file.subjects, (subject) => ({ ...subject, until: subject.until ?? today }));

  const fileFlows = new Set(file.flows.map((flow) => flow.key));
  const flows = [...file.flows, ...(prune ? [] : current.flows.filter((flow) => !fileFlows.has(flow.key)))].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const fileGroups = new Set(file.groups.map((group) => group.slug));
  const used = new Set(vendors.map((vendor) => vendor.group));
  const groups: FunctionGroup[] = [...file.groups, ...current.groups.filter((group) => !fileGroups.has(group.slug) && (!prune || used.has(group.slug)))];

  const organization = file.organization ?? (prune ? undefined : current.organization);
  const review = file.review ?? (prune ? undefined : current.review);
  return {
    ok: true,
    map: { version: 1, ...(organization ? { organization } : {}), groups, subjects, systems, vendors, flows, ...(review ? { review } : {}) },
  };
}

/** A slug names one node, of one kind, for good: a system in the database cannot come back as a vendor. */
function kindChanges(current: DataMap, file: DataMap): MapIssue[] {
  const kinds = new Map<string, string>();
  for (const [kind, list] of [["subject group", current.subjects], ["system", current.systems], ["vendor", current.vendors]] as const) {
    for (const node of list) kinds.set(node.slug, kind);
  }
  const issues: MapIssue[] = [];
  for (const [collection, kind, list] of [["subjects", "subject group", file.subjects], ["systems", "system", file.systems], ["vendors", "vendor", file.vendors]] as const) {
    list.forEach((node, index) => {
      const stored = kinds.get(node.slug);
      if (stored && stored !== kind) issues.push({ path: [collection, index, "slug"], message: `"${node.slug}" is a ${stored} in the database; a slug keeps its kind` });
    });
  }
  return issues;
}
