import { db } from "../db/index.ts";
import { builder } from "./builder.ts";
import { countriesOf, CountryRef } from "./country.ts";
import { MapNode, nodeColumns } from "./node.ts";
import { entriesOf, TaxonomyEntryRef } from "./taxonomy.ts";

export const SubjectGroupRef = builder.prismaObject("Node", {
  variant: "SubjectGroup",
  description: "Whose data: account holders, website visitors, job applicants, …",
  interfaces: [MapNode],
  select: nodeColumns,
  fields: (t) => ({
    category: t.field({
      type: TaxonomyEntryRef,
      nullable: true,
      description: "The fideslang data-subject key.",
      select: { subjectCategory: true },
      resolve: (node) => (node.subjectCategory ? (entriesOf("subject", [node.subjectCategory])[0] ?? null) : null),
    }),
    countries: t.field({
      type: [CountryRef],
      description: "Where the people are; empty means the EEA.",
      resolve: (node) => countriesOf(node.countries),
    }),
  }),
});

builder.queryField("subjectGroups", (t) =>
  t.prismaField({
    authScopes: { reader: true },
    type: [SubjectGroupRef],
    resolve: (query) => db().node.findMany({ ...query, where: { kind: "SUBJECT_GROUP" }, orderBy: { slug: "asc" } }),
  }),
);
