import type { DataMap, Flow, Organization, SubjectGroup, System, Vendor } from "@datamap/core";
import type { Frequency, LegalBasis, Prisma, PrismaClient, VendorRole, VendorStatus } from "../generated/prisma/client.ts";
import { compact, fromDate, fromEnum, joinText, splitText, toDate, toEnum } from "./codec.ts";

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

function nodeFields(node: SubjectGroup | System | Vendor) {
  const name = splitText(node.name);
  const description = splitText(node.description);
  return {
    slug: node.slug,
    name: name.en ?? node.slug,
    nameDe: name.de,
    description: description.en,
    descriptionDe: description.de,
    public: node.public,
    notes: node.notes ?? null,
    countries: "processingCountries" in node ? node.processingCountries : node.countries,
  };
}

function vendorFields(vendor: Vendor, groupIds: Map<string, number>): Prisma.NodeCreateManyInput {
  return {
    ...nodeFields(vendor),
    kind: "VENDOR",
    legalName: vendor.legalName ?? null,
    website: vendor.website ?? null,
    role: toEnum<VendorRole>(vendor.role),
    headquarters: vendor.headquarters ?? null,
    dpaUrl: vendor.dpa ?? null,
    termsUrl: vendor.terms ?? null,
    privacyUrl: vendor.privacy ?? null,
    groupId: vendor.group ? (groupIds.get(vendor.group) ?? null) : null,
    status: toEnum<VendorStatus>(vendor.status),
    since: vendor.since ? toDate(vendor.since) : null,
    until: vendor.until ? toDate(vendor.until) : null,
    certifications: vendor.certifications,
  };
}

function flowFields(flow: Flow, nodeIds: Map<string, number>): Prisma.FlowCreateManyInput {
  const description = splitText(flow.description);
  const id = (slug: string) => {
    const found = nodeIds.get(slug);
    if (found === undefined) throw new Error(`Flow ${flow.key} names an unknown node "${slug}".`);
    return found;
  };
  return {
    key: flow.key,
    fromId: id(flow.from),
    toId: id(flow.to),
    description: description.en,
    descriptionDe: description.de,
    categories: flow.categories,
    purposes: flow.purposes,
    legalBasis: flow.legalBasis ? toEnum<LegalBasis>(flow.legalBasis) : null,
    specialCategoryCondition: flow.specialCategoryCondition ?? null,
    countries: flow.countries,
    mechanisms: flow.mechanisms,
    frequency: flow.frequency ? toEnum<Frequency>(flow.frequency) : null,
    retention: flow.retention ?? null,
    public: flow.public,
    notes: flow.notes ?? null,
  };
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
  const base = (node: (typeof nodes)[number]) =>
    compact({
      slug: node.slug,
      name: joinText(node.name, node.nameDe) ?? { en: node.slug },
      description: joinText(node.description, node.descriptionDe),
      public: node.public,
      notes: node.notes ?? undefined,
    });
  const organization = setting("organization") as Organization | undefined;
  const review = setting("review") as DataMap["review"];
  return {
    version: 1,
    ...(organization ? { organization } : {}),
    groups: groups.map((group) => ({ slug: group.slug, name: joinText(group.name, group.nameDe) ?? { en: group.slug } })),
    subjects: nodes
      .filter((node) => node.kind === "SUBJECT_GROUP")
      .map((node) => compact({ ...base(node), category: node.subjectCategory ?? undefined, countries: node.countries })),
    systems: nodes.filter((node) => node.kind === "SYSTEM").map((node) => ({ ...base(node), countries: node.countries })),
    vendors: nodes
      .filter((node) => node.kind === "VENDOR")
      .map((node) =>
        compact({
          ...base(node),
          legalName: node.legalName ?? undefined,
          website: node.website ?? undefined,
          role: fromEnum(node.role ?? "PROCESSOR"),
          headquarters: node.headquarters ?? undefined,
          processingCountries: node.countries,
          dpa: node.dpaUrl ?? undefined,
          terms: node.termsUrl ?? undefined,
          privacy: node.privacyUrl ?? undefined,
          group: node.group?.slug,
          status: fromEnum(node.status ?? "ACTIVE"),
          since: node.since ? fromDate(node.since) : undefined,
          until: node.until ? fromDate(node.until) : undefined,
          certifications: node.certifications as Vendor["certifications"],
        }) as Vendor,
      ),
    flows: flows.map(
      (flow) =>
        compact({
          key: flow.key,
          from: flow.from.slug,
          to: flow.to.slug,
          description: joinText(flow.description, flow.descriptionDe),
          categories: flow.categories,
          purposes: flow.purposes,
          legalBasis: flow.legalBasis ? fromEnum(flow.legalBasis) : undefined,
          specialCategoryCondition: flow.specialCategoryCondition ?? undefined,
          countries: flow.countries,
          mechanisms: flow.mechanisms,
          frequency: flow.frequency ? fromEnum(flow.frequency) : undefined,
          retention: flow.retention ?? undefined,
          public: flow.public,
          notes: flow.notes ?? undefined,
        }) as Flow,
    ),
    ...(review ? { review } : {}),
  };
}
