import { db } from "../db/index.ts";
import { builder } from "./builder.ts";
import { inLocale, localeArgs } from "./enums.ts";

export const FunctionGroupRef = builder.prismaObject("FunctionGroup", {
  description: "A heading of the public list, e.g. \"Cloud hosting & data centers\".",
  fields: (t) => ({
    slug: t.exposeString("slug"),
    name: t.string({
      args: localeArgs,
      resolve: (group, { locale }) => inLocale(locale, group.name, group.nameDe),
    }),
    position: t.exposeInt("position"),
  }),
});

builder.queryField("functionGroups", (t) =>
  t.prismaField({
    authScopes: { reader: true },
    type: [FunctionGroupRef],
    description: "The headings of the public list, in their order.",
    resolve: (query) => db().functionGroup.findMany({ ...query, orderBy: { position: "asc" } }),
  }),
);
