import { db } from "../../db/index.ts";
import { createFlow, deleteFlow, updateFlow } from "../../editing/flows.ts";
import { builder } from "../builder.ts";
import { FlowRef } from "../flow.ts";
import { asFileEntry, FlowInputs } from "./inputs.ts";

const DeletedFlowRef = builder.objectRef<{ key: string }>("DeletedFlow").implement({
  fields: (t) => ({ key: t.exposeString("key") }),
});

const reload = (query: object, id: number) => db().flow.findUniqueOrThrow({ ...query, where: { id } });

builder.mutationFields((t) => ({
  createFlow: t.prismaField({
    type: FlowRef,
    authScopes: { editor: true },
    args: { input: t.arg({ type: FlowInputs.input, required: true }) },
    resolve: async (query, _, { input }, ctx) => reload(query, await createFlow(asFileEntry(input), ctx)),
  }),
  updateFlow: t.prismaField({
    type: FlowRef,
    authScopes: { editor: true },
    args: {
      key: t.arg.string({ required: true }),
      version: t.arg.int({ required: true, description: "The version you last saw; a newer one is a CONFLICT." }),
      patch: t.arg({ type: FlowInputs.patch, required: true }),
    },
    resolve: async (query, _, { key, version, patch }, ctx) => reload(query, await updateFlow(key, version, asFileEntry(patch), ctx)),
  }),
  deleteFlow: t.field({
    type: DeletedFlowRef,
    authScopes: { editor: true },
    args: { key: t.arg.string({ required: true }) },
    resolve: (_, { key }, ctx) => deleteFlow(key, ctx),
  }),
}));
