import { descendants } from "@datamap/core";
import { db } from "../db/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { builder } from "./builder.ts";
import { countriesOf, CountryRef } from "./country.ts";
import { VendorRoleEnum, VendorStatusEnum } from "./enums.ts";
import { BadUserInputError } from "./errors.ts";
import { FunctionGroupRef } from "./function-group.ts";
import { MapNode, nodeColumns } from "./node.ts";
import { entriesOf, TaxonomyEntryRef } from "./taxonomy.ts";

export const VendorRef = builder.prismaObject("Node", {
  variant: "Vendor",
  description: "An outside recipient of personal data (a sub-processor on the public list).",
  interfaces: [MapNode],
  select: nodeColumns,
  fields: (t) => ({
    legalName: t.exposeString("legalName", { nullable: true }),
    website: t.exposeString("website", { nullable: true }),
    role: t.field({ type: VendorRoleEnum, select: { role: true }, resolve: (vendor) => vendor.role ?? "PROCESSOR" }),
    status: t.field({ type: VendorStatusEnum, select: { status: true }, resolve: (vendor) => vendor.status ?? "ACTIVE" }),
    headquarters: t.field({
      type: CountryRef,
      nullable: true,
      select: { headquarters: true },
      resolve: (vendor) => (vendor.headquarters ? (countriesOf([vendor.headquarters])[0] ?? null) : null),
    }),
    processingCountries: t.field({ type: [CountryRef], resolve: (vendor) => countriesOf(vendor.countries) }),
    dpaUrl: t.exposeString("dpaUrl", { nullable: true, description: "The data-processing agreement (GDPR Art. 28(3))." }),
    termsUrl: t.exposeString("termsUrl", { nullable: true }),
    privacyUrl: t.exposeString("privacyUrl", { nullable: true }),
    group: t.relation("group", { nullable: true, type: FunctionGroupRef }),
    since: t.expose("since", { type: "Date", nullable: true }),
    until: t.expose("until", { type: "Date", nullable: true }),
    certifications: t.exposeStringList("certifications"),
    dpfCertified: t.boolean({
      description: "Certified under the EU–US Data Privacy Framework.",
      select: { certifications: true },
      resolve: (vendor) => vendor.certifications.includes("dpf"),
    }),
    dataCategories: t.field({
      type: [TaxonomyEntryRef],
      description: "Every data category the vendor receives, over all incoming flows.",
      select: { incoming: { select: { categories: true } } },
      resolve: (vendor) => entriesOf("category", [...new Set(vendor.incoming.flatMap((flow) => flow.categories))].sort()),
    }),
  }),
});

builder.prismaObjectField(VendorRef, "subProcessors", (t) =>
  t.field({
    type: [VendorRef],
    description: "The vendor's own sub-processors: vendors it passes data on to (onward transfers).",
    select: (_args, _ctx, nestedSelection) => ({
      outgoing: { where: { to: { kind: "VENDOR" } }, orderBy: { key: "asc" }, select: { to: nestedSelection(true) } },
    }),
    resolve: (vendor) => vendor.outgoing.map((flow) => flow.to),
  }),
);

builder.prismaObjectField(FunctionGroupRef, "vendors", (t) =>
  t.relation("vendors", { type: VendorRef, query: { orderBy: [{ name: "asc" }, { id: "asc" }] } }),
);

const VendorFilter = builder.inputType("VendorFilter", {
  fields: (t) => ({
    status: t.field({ type: [VendorStatusEnum], required: false }),
    role: t.field({ type: [VendorRoleEnum], required: false }),
    group: t.stringList({ required: false, description: "Function-group slugs." }),
    country: t.field({ type: ["CountryCode"], required: false, description: "Vendors processing in any of these countries." }),
    category: t.field({ type: "DataCategoryKey", required: false, description: "Vendors receiving this category or any below it." }),
    search: t.string({ required: false, description: "Part of the name or legal name, any case." }),
  }),
});

type VendorFilterInput = typeof VendorFilter.$inferInput;

async function vendorWhere(filter: VendorFilterInput | null | undefined): Promise<Prisma.NodeWhereInput> {
  const where: Prisma.NodeWhereInput[] = [{ kind: "VENDOR" }];
  if (!filter) return where[0]!;
  if (filter.status) where.push({ status: { in: filter.status } });
  if (filter.role) where.push({ role: { in: filter.role } });
  if (filter.country) where.push({ countries: { hasSome: filter.country } });
  if (filter.category) where.push({ incoming: { some: { categories: { hasSome: descendants("category", filter.category) } } } });
  if (filter.search) {
    const contains = { contains: filter.search, mode: "insensitive" as const };
    where.push({ OR: [{ name: contains }, { legalName: contains }] });
  }
  if (filter.group) {
    const known = await db().functionGroup.findMany({ where: { slug: { in: filter.group } }, select: { slug: true } });
    const unknown = filter.group.filter((slug) => !known.some((group) => group.slug === slug));
    if (unknown.length > 0) throw new BadUserInputError(`No function group "${unknown.join('", "')}"; see functionGroups for the slugs.`, "filter.group");
    where.push({ group: { slug: { in: filter.group } } });
  }
  return { AND: where };
}

builder.queryFields((t) => ({
  vendors: t.prismaConnection({
    authScopes: { reader: true },
    type: VendorRef,
    cursor: "id",
    defaultSize: 50,
    maxSize: 500,
    description: "Vendors sorted by name (ties by creation), filtered.",
    args: { filter: t.arg({ type: VendorFilter, required: false }) },
    totalCount: async (_parent, { filter }) => db().node.count({ where: await vendorWhere(filter) }),
    resolve: async (query, _parent, { filter }) =>
      db().node.findMany({ ...query, where: await vendorWhere(filter), orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
  vendor: t.prismaField({
    authScopes: { reader: true },
    type: VendorRef,
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _parent, { slug }) => db().node.findFirst({ ...query, where: { slug, kind: "VENDOR" } }),
  }),
}));
