import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { atLeast } from "../auth/roles.ts";
import type PrismaTypes from "../generated/pothos-types.ts";
import { getDatamodel } from "../generated/pothos-types.ts";
import { db } from "../db/index.ts";
import type { Context } from "../context.ts";
import { ForbiddenError, UnauthenticatedError } from "./errors.ts";

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: Context;
  DefaultFieldNullability: false;
  AuthScopes: { public: boolean; reader: boolean; editor: boolean; publisher: boolean; admin: boolean };
  Scalars: {
    CountryCode: { Input: string; Output: string };
    DataCategoryKey: { Input: string; Output: string };
    DataUseKey: { Input: string; Output: string };
    Date: { Input: string; Output: Date };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: ({ actor }) => ({
      public: true,
      reader: atLeast(actor?.role, "READER"),
      editor: atLeast(actor?.role, "EDITOR"),
      publisher: atLeast(actor?.role, "PUBLISHER"),
      admin: atLeast(actor?.role, "ADMIN"),
    }),
    unauthorizedError: (_parent, { actor }) =>
      actor
        ? new ForbiddenError(`The ${actor.role.toLowerCase()} role of "${actor.name}" may not do this.`)
        : new UnauthenticatedError('Sign in: send a token as "Authorization: Bearer <token>".'),
  },
  defaultFieldNullability: false,
  prisma: {
    client: () => db(),
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});

builder.queryType({ description: "The draft data map: vendors, flows and the reference data they use." });
builder.mutationType({ description: "Changes to the draft map, tokens and settings; each runs in one transaction and is audited." });
builder.subscriptionType({ description: "Events over server-sent events (Accept: text/event-stream)." });
