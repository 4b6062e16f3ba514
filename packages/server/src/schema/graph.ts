import { diagram, type DiagramEdge, type DiagramNode } from "@datamap/core";
import { db } from "../db/index.ts";
import { loadMap } from "../map/store.ts";
import { builder } from "./builder.ts";
import { localeArgs, NodeKindEnum } from "./enums.ts";

const kindOf = { "subject-group": "SUBJECT_GROUP", system: "SYSTEM", vendor: "VENDOR" } as const;

const GraphNodeRef = builder.objectRef<DiagramNode>("GraphNode").implement({
  fields: (t) => ({
    id: t.exposeString("id", { description: "The node's slug." }),
    kind: t.field({ type: NodeKindEnum, resolve: (node) => kindOf[node.kind] }),
    name: t.string({
      args: localeArgs,
      resolve: (node, { locale }) => node.name[locale] ?? node.name.en,
    }),
    layer: t.exposeInt("layer", { description: "0 subject groups, 1 own systems, 2 vendors, 3 vendors' sub-processors." }),
  }),
});

const GraphEdgeRef = builder.objectRef<DiagramEdge>("GraphEdge").implement({
  fields: (t) => ({
    id: t.exposeString("id", { description: "The flow's key." }),
    from: t.exposeString("from"),
    to: t.exposeString("to"),
    categories: t.exposeStringList("categories"),
    purposes: t.exposeStringList("purposes"),
    countries: t.exposeStringList("countries", { description: "Destination countries." }),
    leavesEEA: t.exposeBoolean("leavesEEA"),
    mechanism: t.exposeString("mechanism", { nullable: true }),
  }),
});

const GraphRef = builder.objectRef<ReturnType<typeof diagram>>("Graph").implement({
  description: "The map as nodes and edges, ready for a diagram.",
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (graph) => graph.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (graph) => graph.edges }),
  }),
});

builder.queryField("graph", (t) =>
  t.field({
    authScopes: { reader: true },
    type: GraphRef,
    args: { category: t.arg({ type: "DataCategoryKey", required: false, description: "Only flows carrying this category or one below it." }) },
    resolve: async (_, { category }) => diagram(await loadMap(db()), category ? { category } : {}),
  }),
);
