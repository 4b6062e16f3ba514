import { db } from "../db/index.ts";
import { builder } from "./builder.ts";
import { countriesOf, CountryRef } from "./country.ts";
import { MapNode, nodeColumns } from "./node.ts";

export const SystemRef = builder.prismaObject("Node", {
  variant: "System",
  description: "One of the company's own systems: platform, dashboard, web sites, billing database, …",
  interfaces: [MapNode],
  select: nodeColumns,
  fields: (t) => ({
    countries: t.field({ type: [CountryRef], description: "Where the system runs.", resolve: (node) => countriesOf(node.countries) }),
  }),
});

builder.queryField("systems", (t) =>
  t.prismaField({
    authScopes: { reader: true },
    type: [SystemRef],
    resolve: (query) => db().node.findMany({ ...query, where: { kind: "SYSTEM" }, orderBy: { slug: "asc" } }),
  }),
);
