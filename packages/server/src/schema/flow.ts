import { descendants, mechanism } from "@datamap/core";
import { db } from "../db/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { builder } from "./builder.ts";
import { countriesOf, CountryRef } from "./country.ts";
import { FrequencyEnum, inLocale, LegalBasisEnum, localeArgs } from "./enums.ts";
import { MapNode } from "./node.ts";
import { entriesOf, TaxonomyEntryRef } from "./taxonomy.ts";

const MechanismRef = builder.objectRef<{ key: string; name: { en: string; de?: string }; article: string; derogation: boolean }>("TransferMechanism").implement({
  description: "A ground for a transfer outside the EEA (GDPR Art. 45–49).",
  fields: (t) => ({
    key: t.exposeString("key"),
    name: t.string({
      args: localeArgs,
      resolve: (entry, { locale }) => entry.name[locale] ?? entry.name.en,
    }),
    article: t.exposeString("article"),
    derogation: t.exposeBoolean("derogation", { description: "An Art. 49 derogation: for occasional transfers only." }),
  }),
});

export const FlowRef = builder.prismaObject("Flow", {
  description: "Personal data moving from one node to another.",
  // Read with every flow, as nodeColumns with every node: its key and what goes where.
  select: { key: true, categories: true, countries: true },
  fields: (t) => ({
    key: t.string({ resolve: (flow) => flow.key }),
    from: t.relation("from", { type: MapNode }),
    to: t.relation("to", { type: MapNode }),
    description: t.string({
      nullable: true,
      args: localeArgs,
      select: { description: true, descriptionDe: true },
      resolve: (flow, { locale }) => (flow.description === null ? null : inLocale(locale, flow.description, flow.descriptionDe)),
    }),
    categories: t.field({ type: [TaxonomyEntryRef], resolve: (flow) => entriesOf("category", flow.categories) }),
    purposes: t.field({ type: [TaxonomyEntryRef], select: { purposes: true }, resolve: (flow) => entriesOf("use", flow.purposes) }),
    legalBasis: t.expose("legalBasis", { type: LegalBasisEnum, nullable: true }),
    specialCategoryCondition: t.exposeString("specialCategoryCondition", { nullable: true }),
    destinationCountries: t.field({
      type: [CountryRef],
      description: "Where the data goes: the flow's own countries, else the recipient's processing countries.",
      select: { to: { select: { countries: true } } },
      resolve: (flow) => countriesOf(flow.countries.length > 0 ? flow.countries : flow.to.countries),
    }),
    mechanisms: t.field({
      type: [MechanismRef],
      description: "Ranked: the first is the one relied on.",
      select: { mechanisms: true },
      resolve: (flow) => flow.mechanisms.map((key) => mechanism(key)).filter((entry) => entry !== undefined),
    }),
    frequency: t.expose("frequency", { type: FrequencyEnum, nullable: true }),
    retention: t.exposeString("retention", { nullable: true }),
    public: t.exposeBoolean("public"),
    notes: t.exposeString("notes", { nullable: true }),
    version: t.exposeInt("version"),
  }),
});

const FlowFilter = builder.inputType("FlowFilter", {
  fields: (t) => ({
    category: t.field({ type: "DataCategoryKey", required: false, description: "This category or any below it." }),
    purpose: t.field({ type: "DataUseKey", required: false, description: "This data use or any below it." }),
    country: t.field({ type: "CountryCode", required: false, description: "Flows whose destination includes this country." }),
    from: t.string({ required: false, description: "Slug of the sending node." }),
    to: t.string({ required: false, description: "Slug of the receiving node." }),
  }),
});

function flowWhere(filter: typeof FlowFilter.$inferInput | null | undefined): Prisma.FlowWhereInput {
  if (!filter) return {};
  const where: Prisma.FlowWhereInput[] = [];
  if (filter.category) where.push({ categories: { hasSome: descendants("category", filter.category) } });
  if (filter.purpose) where.push({ purposes: { hasSome: descendants("use", filter.purpose) } });
  if (filter.country) {
    where.push({ OR: [{ countries: { has: filter.country } }, { countries: { isEmpty: true }, to: { countries: { has: filter.country } } }] });
  }
  if (filter.from) where.push({ from: { slug: filter.from } });
  if (filter.to) where.push({ to: { slug: filter.to } });
  return { AND: where };
}

builder.queryFields((t) => ({
  flows: t.prismaConnection({
    authScopes: { reader: true },
    type: FlowRef,
    cursor: "id",
    defaultSize: 100,
    maxSize: 1000,
    args: { filter: t.arg({ type: FlowFilter, required: false }) },
    totalCount: (_parent, { filter }) => db().flow.count({ where: flowWhere(filter) }),
    resolve: (query, _parent, { filter }) => db().flow.findMany({ ...query, where: flowWhere(filter), orderBy: { key: "asc" } }),
  }),
  flow: t.prismaField({
    authScopes: { reader: true },
    type: FlowRef,
    nullable: true,
    args: { key: t.arg.string({ required: true }) },
    resolve: (query, _parent, { key }) => db().flow.findUnique({ ...query, where: { key } }),
  }),
}));
