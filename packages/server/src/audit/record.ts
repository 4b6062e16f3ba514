import type { Prisma } from "../generated/prisma/client.ts";
import type { RequestContext } from "../context.ts";

export interface Change {
  entity: "vendor" | "system" | "subject-group" | "flow" | "token" | "function-group" | (string & {});
  key: string;
  action: "create" | "update" | "end" | "restore" | "delete" | "revoke" | (string & {});
  before: unknown;
  after: unknown;
}

/** One audit entry as a row; imports write many of them at once. */
export function auditRow(ctx: Pick<RequestContext, "actor" | "requestId">, change: Change): Prisma.AuditEntryCreateManyInput {
  const json = (value: unknown) => (value === null || value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));
  return {
    actorName: ctx.actor?.name ?? "anonymous",
    actorRole: ctx.actor?.role ?? "READER",
    tokenId: ctx.actor?.tokenId ?? null,
    requestId: ctx.requestId,
    entity: change.entity,
    entityKey: change.key,
    action: change.action,
    before: json(change.before),
    after: json(change.after),
  };
}

/** Appends one entry to the audit log, inside the caller's transaction so both land or neither. */
export async function recordAudit(tx: Prisma.TransactionClient, ctx: Pick<RequestContext, "actor" | "requestId">, change: Change) {
  await tx.auditEntry.create({ data: auditRow(ctx, change) });
}
