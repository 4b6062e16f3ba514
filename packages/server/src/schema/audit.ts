import { db } from "../db/index.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { builder } from "./builder.ts";
import { RoleEnum } from "./token.ts";

const AuditEntryRef = builder.prismaObject("AuditEntry", {
  description: "One write to the map, tokens or settings. The log is append-only.",
  fields: (t) => ({
    id: t.exposeInt("id"),
    at: t.expose("at", { type: "DateTime" }),
    actorName: t.exposeString("actorName"),
    actorRole: t.expose("actorRole", { type: RoleEnum }),
    tokenId: t.exposeString("tokenId", { nullable: true }),
    requestId: t.exposeString("requestId"),
    entity: t.exposeString("entity", { description: "vendor, system, subject-group, flow, token, …" }),
    entityKey: t.exposeString("entityKey", { description: "The slug or key of what changed." }),
    action: t.exposeString("action", { description: "create, update, end, restore, delete, revoke, …" }),
    before: t.string({ nullable: true, description: "JSON of the entity before the change.", resolve: (entry) => json(entry.before) }),
    after: t.string({ nullable: true, description: "JSON of the entity after the change.", resolve: (entry) => json(entry.after) }),
  }),
});

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

const AuditFilter = builder.inputType("AuditFilter", {
  fields: (t) => ({
    entity: t.string(),
    entityKey: t.string(),
    actor: t.string({ description: "The actor's name (a token's name)." }),
    since: t.field({ type: "DateTime" }),
    until: t.field({ type: "DateTime" }),
  }),
});

function auditWhere(filter: typeof AuditFilter.$inferInput | null | undefined): Prisma.AuditEntryWhereInput {
  return {
    ...(filter?.entity ? { entity: filter.entity } : {}),
    ...(filter?.entityKey ? { entityKey: filter.entityKey } : {}),
    ...(filter?.actor ? { actorName: filter.actor } : {}),
    ...(filter?.since || filter?.until ? { at: { ...(filter.since ? { gte: filter.since } : {}), ...(filter.until ? { lt: filter.until } : {}) } } : {}),
  };
}

builder.queryField("auditLog", (t) =>
  t.prismaConnection({
    type: AuditEntryRef,
    cursor: "id",
    authScopes: { reader: true },
    description: "Newest first.",
    args: { filter: t.arg({ type: AuditFilter }) },
    totalCount: (_parent, { filter }) => db().auditEntry.count({ where: auditWhere(filter) }),
    resolve: (query, _parent, { filter }) => db().auditEntry.findMany({ ...query, where: auditWhere(filter), orderBy: { id: "desc" } }),
  }),
);
