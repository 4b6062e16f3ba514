import { createToken } from "../auth/token-store.ts";
import { Role } from "../generated/prisma/enums.ts";
import { db } from "../db/index.ts";
import { recordAudit } from "../audit/record.ts";
import { builder } from "./builder.ts";
import { BadUserInputError, NotFoundError } from "./errors.ts";

export const RoleEnum = builder.enumType(Role, {
  name: "Role",
  description: "READER reads drafts and internal fields; EDITOR changes the draft; PUBLISHER publishes and signs off reviews; ADMIN manages tokens, webhooks and settings. Each role includes the ones before it.",
});

const ApiTokenRef = builder.prismaObject("ApiToken", {
  description: "An API token. Its secret is shown once, at creation, and never stored.",
  fields: (t) => ({
    id: t.exposeString("id", { description: "The public part of the token: dm_<id>_…" }),
    name: t.exposeString("name"),
    role: t.expose("role", { type: RoleEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdBy: t.exposeString("createdBy", { nullable: true }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
  }),
});

const CreatedTokenRef = builder.objectRef<{ token: string; row: { id: string } }>("CreatedToken").implement({
  fields: (t) => ({
    token: t.exposeString("token", { description: "The token to send as \"Authorization: Bearer <token>\". Shown only now." }),
    apiToken: t.prismaField({
      type: ApiTokenRef,
      resolve: (query, created) => db().apiToken.findUniqueOrThrow({ ...query, where: { id: created.row.id } }),
    }),
  }),
});

builder.queryField("apiTokens", (t) =>
  t.prismaField({
    type: [ApiTokenRef],
    authScopes: { admin: true },
    resolve: (query) => db().apiToken.findMany({ ...query, orderBy: { createdAt: "asc" } }),
  }),
);

builder.mutationFields((t) => ({
  createApiToken: t.field({
    type: CreatedTokenRef,
    authScopes: { admin: true },
    args: {
      name: t.arg.string({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
      expiresAt: t.arg({ type: "DateTime", required: false }),
    },
    resolve: async (_, { name, role, expiresAt }, ctx) => {
      if (!name.trim()) throw new BadUserInputError("Give the token a name that says who uses it, e.g. \"dashboard\".", "name");
      if (expiresAt && expiresAt <= new Date()) throw new BadUserInputError("expiresAt must be in the future.", "expiresAt");
      return db().$transaction(async (tx) => {
        const created = await createToken(tx, { name: name.trim(), role, expiresAt: expiresAt ?? null, createdBy: ctx.actor?.name ?? null });
        const { secretHash: _secret, ...after } = created.row;
        await recordAudit(tx, ctx, { entity: "token", key: created.row.id, action: "create", before: null, after });
        return created;
      });
    },
  }),
  revokeApiToken: t.prismaField({
    type: ApiTokenRef,
    authScopes: { admin: true },
    args: { id: t.arg.string({ required: true }) },
    resolve: (query, _, { id }, ctx) =>
      db().$transaction(async (tx) => {
        const token = await tx.apiToken.findUnique({ where: { id } });
        if (!token) throw new NotFoundError(`No API token "${id}".`);
        const revoked = await tx.apiToken.update({ ...query, where: { id }, data: { revokedAt: token.revokedAt ?? new Date() } });
        await recordAudit(tx, ctx, { entity: "token", key: id, action: "revoke", before: { revokedAt: token.revokedAt }, after: { revokedAt: revoked.revokedAt } });
        return revoked;
      }),
  }),
}));
