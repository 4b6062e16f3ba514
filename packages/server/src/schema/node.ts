import { builder } from "./builder.ts";
import { inLocale, localeArgs, NodeKindEnum } from "./enums.ts";

const typeOfKind = { SUBJECT_GROUP: "SubjectGroup", SYSTEM: "System", VENDOR: "Vendor" } as const;

/**
 * What every end of a flow has: a data-subject group, an own system or a vendor. Like its
 * variants it reads only the columns of the fields asked for, and always `kind` for `resolveType`.
 */
export const MapNode = builder.prismaInterface("Node", {
  name: "MapNode",
  select: { kind: true },
  fields: (t) => ({
    slug: t.exposeString("slug"),
    kind: t.expose("kind", { type: NodeKindEnum }),
    name: t.string({
      args: localeArgs,
      select: { name: true, nameDe: true },
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
