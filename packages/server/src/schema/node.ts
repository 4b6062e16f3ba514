import { builder } from "./builder.ts";
import { inLocale, localeArgs, NodeKindEnum } from "./enums.ts";

const typeOfKind = { SUBJECT_GROUP: "SubjectGroup", SYSTEM: "System", VENDOR: "Vendor" } as const;

/**
 * Read with every node: `kind` for `resolveType`, and the columns of the fields nearly every
 * query asks for, whose resolvers read them from the row rather than select them — Pothos looks
 * a selecting field's selection up again for each row, and a page resolves thousands. Other
 * fields select the columns they read.
 */
export const nodeColumns = { kind: true, slug: true, name: true, nameDe: true, countries: true } as const;

/** What every end of a flow has: a data-subject group, an own system or a vendor. */
export const MapNode = builder.prismaInterface("Node", {
  name: "MapNode",
  select: nodeColumns,
  fields: (t) => ({
    slug: t.string({ resolve: (node) => node.slug }),
    kind: t.field({ type: NodeKindEnum, resolve: (node) => node.kind }),
    name: t.string({
      args: localeArgs,
      resolve: (node, { locale }) => inLocale(locale, node.name, node.nameDe),
    }),
    description: t.string({
      nullable: true,
      args: localeArgs,
      select: { description: true, descriptionDe: true },
      resolve: (node, { locale }) => (node.description === null ? null : inLocale(locale, node.description, node.descriptionDe)),
    }),
    public: t.exposeBoolean("public", { description: "Shown on the public list once published." }),
    notes: t.exposeString("notes", { nullable: true, description: "Internal notes; never published." }),
    version: t.exposeInt("version", { description: "Increases with every change; updates must name the version they saw." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    outgoingFlows: t.relation("outgoing", { query: { orderBy: { key: "asc" } } }),
    incomingFlows: t.relation("incoming", { query: { orderBy: { key: "asc" } } }),
  }),
  resolveType: (node) => typeOfKind[node.kind],
});
