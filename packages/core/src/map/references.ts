import type { DataMap } from "./schema.ts";

export interface MapIssue {
  /** Where in the file, as segments: ["vendors", 3, "processingCountries", 0]. */
  path: (string | number)[];
  message: string;
}

/** Checks what one entry cannot check alone: unique slugs and keys, and that references resolve. */
export function checkReferences(map: DataMap): MapIssue[] {
  const issues: MapIssue[] = [];
  const nodes = new Map<string, string>();
  const collections = [
    ["subjects", map.subjects],
    ["systems", map.systems],
    ["vendors", map.vendors],
  ] as const;
  for (const [collection, entries] of collections) {
    entries.forEach((entry, index) => {
      const first = nodes.get(entry.slug);
      if (first) issues.push({ path: [collection, index, "slug"], message: `"${entry.slug}" is already used by ${first}; slugs must be unique` });
      else nodes.set(entry.slug, `${collection}[${index}]`);
    });
  }

  const groups = new Set<string>();
  map.groups.forEach((group, index) => {
    if (groups.has(group.slug)) issues.push({ path: ["groups", index, "slug"], message: `"${group.slug}" is already a group` });
    groups.add(group.slug);
  });
  map.vendors.forEach((vendor, index) => {
    if (vendor.group && !groups.has(vendor.group)) {
      issues.push({ path: ["vendors", index, "group"], message: `"${vendor.group}" is not one of the groups: ${[...groups].join(", ")}` });
    }
  });

  const subjects = new Set(map.subjects.map((subject) => subject.slug));
  const flowKeys = new Set<string>();
  map.flows.forEach((flow, index) => {
    for (const end of ["from", "to"] as const) {
      if (!nodes.has(flow[end])) issues.push({ path: ["flows", index, end], message: `"${flow[end]}" is not the slug of a subject group, system or vendor` });
    }
    if (subjects.has(flow.to)) {
      issues.push({ path: ["flows", index, "to"], message: `"${flow.to}" is a data-subject group; flows go from people to systems and vendors, not back` });
    }
    if (flowKeys.has(flow.key)) {
      issues.push({ path: ["flows", index, "key"], message: `a second flow "${flow.key}"; give one of them its own key` });
    }
    flowKeys.add(flow.key);
  });
  return issues;
}
