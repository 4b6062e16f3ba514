import type { DataMap, Flow } from "../map/schema.ts";

/**
 * What the world may see of a map: public nodes and the public flows between them, without
 * internal notes or review settings. Releases, feeds and widgets only ever read this.
 */
export function publicProjection(map: DataMap): DataMap {
  const strip = <T extends { notes?: string | undefined }>({ notes: _notes, ...rest }: T) => rest as T;
  const subjects = map.subjects.filter((node) => node.public).map(strip);
  const systems = map.systems.filter((node) => node.public).map(strip);
  const vendors = map.vendors.filter((node) => node.public).map(strip);
  const visible = new Set([...subjects, ...systems, ...vendors].map((node) => node.slug));
  const flows = map.flows
    .filter((flow) => flow.public && visible.has(flow.from) && visible.has(flow.to))
    .map((flow) => strip<Flow>(flow));
  const groups = map.groups.filter((group) => vendors.some((vendor) => vendor.group === group.slug));
  const organization = map.organization && { name: map.organization.name, country: map.organization.country, website: map.organization.website };
  return {
    version: 1,
    ...(organization ? { organization } : {}),
    groups,
    subjects,
    systems,
    vendors,
    flows,
  };
}
