import type { DataMap, Organization } from "@datamap/core";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { joinText } from "./codec.ts";
import { flowEntry, subjectEntry, systemEntry, vendorEntry } from "./entries.ts";
import { flowFields, nodeFields, vendorFields } from "./rows.ts";

type Tx = Prisma.TransactionClient | PrismaClient;

/** Writes a whole map into an empty database, in the caller's transaction. */
export async function insertMap(tx: Tx, map: DataMap): Promise<void> {
  await tx.functionGroup.createMany({
    data: map.groups.map((group, position) => ({ slug: group.slug, name: group.name.en, nameDe: group.name.de ?? null, position })),
  });
  const groupIds = new Map((await tx.functionGroup.findMany({ select: { id: true, slug: true } })).map((g) => [g.slug, g.id]));

  await tx.node.createMany({
    data: [
      ...map.subjects.map((subject) => ({ ...nodeFields(subject), kind: "SUBJECT_GROUP" as const, subjectCategory: subject.category ?? null })),
      ...map.systems.map((system) => ({ ...nodeFields(system), kind: "SYSTEM" as const })),
      ...map.vendors.map((vendor) => vendorFields(vendor, groupIds)),
    ],
  });
  const nodeIds = new Map((await tx.node.findMany({ select: { id: true, slug: true } })).map((n) => [n.slug, n.id]));

  await tx.flow.createMany({ data: map.flows.map((flow) => flowFields(flow, nodeIds)) });
  if (map.organization) await tx.setting.create({ data: { key: "organization", value: map.organization } });
  if (map.review) await tx.setting.create({ data: { key: "review", value: map.review } });
}

/** Reads the whole draft map, in file order (groups by position, nodes and flows by slug/key). */
export async function loadMap(tx: Tx): Promise<DataMap> {
  const [groups, nodes, flows, settings] = await Promise.all([
    tx.functionGroup.findMany({ orderBy: { position: "asc" } }),
    tx.node.findMany({ orderBy: { slug: "asc" }, include: { group: { select: { slug: true } } } }),
    tx.flow.findMany({ orderBy: { key: "asc" }, include: { from: { select: { slug: true } }, to: { select: { slug: true } } } }),
    tx.setting.findMany(),
  ]);
  const setting = (key: string) => settings.find((entry) => entry.key === key)?.value;
  const organization = setting("organization") as Organization | undefined;
  const review = setting("review") as DataMap["review"];
  const ofKind = (kind: (typeof nodes)[number]["kind"]) => nodes.filter((node) => node.kind === kind);
  return {
    version: 1,
    ...(organization ? { organization } : {}),
    groups: groups.map((group) => ({ slug: group.slug, name: joinText(group.name, group.nameDe) ?? { en: group.slug } })),
    subjects: ofKind("SUBJECT_GROUP").map(subjectEntry),
    systems: ofKind("SYSTEM").map(systemEntry),
    vendors: ofKind("VENDOR").map(vendorEntry),
    flows: flows.map(flowEntry),
    ...(review ? { review } : {}),
  };
}
