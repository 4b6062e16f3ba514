import { db } from "../../db/index.ts";
import { createNode, deleteNode, endNode, restoreNode, subjectGroupKind, systemKind, updateNode, vendorKind } from "../../editing/nodes.ts";
import { builder } from "../builder.ts";
import { SubjectGroupRef } from "../subject-group.ts";
import { SystemRef } from "../system.ts";
import { VendorRef } from "../vendor.ts";
import { asFileEntry, SubjectGroupInputs, SystemInputs, VendorInputs } from "./inputs.ts";

type Spec = typeof vendorKind | typeof systemKind | typeof subjectGroupKind;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * create, update, end, restore and delete for one kind of node. Ending keeps the node on record
 * (an ended vendor is a disclosure, not an absence); only a node no release ever showed can be
 * deleted.
 */
function nodeMutations(
  name: "Vendor" | "System" | "SubjectGroup",
  spec: Spec,
  ref: typeof VendorRef,
  inputs: typeof VendorInputs,
) {
  const reload = (query: object, id: number) => db().node.findUniqueOrThrow({ ...query, where: { id } });
  const DeletedRef = builder.objectRef<{ slug: string }>(`Deleted${name}`).implement({
    fields: (t) => ({ slug: t.exposeString("slug") }),
  });

  builder.mutationFields((t) => ({
    [`create${name}`]: t.prismaField({
      type: ref,
      authScopes: { editor: true },
      args: { input: t.arg({ type: inputs.input, required: true }) },
      resolve: async (query, _, { input }, ctx) => reload(query, await createNode(spec as typeof vendorKind, asFileEntry(input), ctx)),
    }),
    [`update${name}`]: t.prismaField({
      type: ref,
      authScopes: { editor: true },
      args: {
        slug: t.arg.string({ required: true }),
        version: t.arg.int({ required: true, description: "The version you last saw; a newer one is a CONFLICT." }),
        patch: t.arg({ type: inputs.patch, required: true }),
      },
      resolve: async (query, _, { slug, version, patch }, ctx) =>
        reload(query, await updateNode(spec as typeof vendorKind, { slug, version, patch: asFileEntry(patch) }, ctx)),
    }),
    [`end${name}`]: t.prismaField({
      type: ref,
      authScopes: { editor: true },
      args: {
        slug: t.arg.string({ required: true }),
        version: t.arg.int({ required: true }),
        until: t.arg.string({ description: "YYYY-MM-DD; today if not given." }),
      },
      resolve: async (query, _, { slug, version, until }, ctx) =>
        reload(query, await endNode(spec as typeof vendorKind, slug, version, until ?? today(), ctx)),
    }),
    [`restore${name}`]: t.prismaField({
      type: ref,
      authScopes: { editor: true },
      args: { slug: t.arg.string({ required: true }), version: t.arg.int({ required: true }) },
      resolve: async (query, _, { slug, version }, ctx) => reload(query, await restoreNode(spec as typeof vendorKind, slug, version, ctx)),
    }),
    [`delete${name}`]: t.field({
      type: DeletedRef,
      authScopes: { editor: true },
      description: "Only for a node that was never published and has no flows; otherwise end it.",
      args: { slug: t.arg.string({ required: true }) },
      resolve: async (_, { slug }, ctx) => deleteNode(spec as typeof vendorKind, slug, ctx),
    }),
  }));
}

nodeMutations("Vendor", vendorKind, VendorRef, VendorInputs);
nodeMutations("System", systemKind, SystemRef as unknown as typeof VendorRef, SystemInputs);
nodeMutations("SubjectGroup", subjectGroupKind, SubjectGroupRef as unknown as typeof VendorRef, SubjectGroupInputs);
