import { subjectGroupSchema, systemSchema, vendorSchema, type SubjectGroup, type System, type Vendor } from "@datamap/core";
import type { z } from "zod";
import { recordAudit } from "../audit/record.ts";
import type { RequestContext } from "../context.ts";
import { db } from "../db/index.ts";
import { mapEvents } from "../events.ts";
import type { Node, NodeKind, Prisma } from "../generated/prisma/client.ts";
import { subjectEntry, systemEntry, vendorEntry } from "../map/entries.ts";
import { nodeFields, vendorFields } from "../map/rows.ts";
import { BadUserInputError, ConflictError, NotFoundError } from "../schema/errors.ts";
import { failpoint } from "./failpoint.ts";
import { wasPublished } from "./published.ts";
import { parseInput, replacedKeyWarnings } from "./validate.ts";

type Tx = Prisma.TransactionClient;
type Entry = Vendor | System | SubjectGroup;

/** How one kind of node is validated and stored. */
interface NodeKindSpec<E extends Entry> {
  kind: NodeKind;
  entity: "vendor" | "system" | "subject-group";
  schema: z.ZodType<E>;
  toEntry(row: Node & { group: { slug: string } | null }): E;
  toRow(entry: E, tx: Tx): Promise<Omit<Prisma.NodeUncheckedCreateInput, "kind">>;
  /** The patch that ends or restores it. */
  ended(until: string): Partial<E>;
  restored: Partial<E>;
  /** Taxonomy keys in raw input, to warn about deprecated ones the schema rewrote. */
  taxonomyKeys?(input: unknown): Parameters<typeof replacedKeyWarnings>[0];
}

export const vendorKind: NodeKindSpec<Vendor> = {
  kind: "VENDOR",
  entity: "vendor",
  schema: vendorSchema,
  toEntry: vendorEntry,
  toRow: async (vendor, tx) => {
    const group = vendor.group ? await tx.functionGroup.findUnique({ where: { slug: vendor.group } }) : null;
    if (vendor.group && !group) throw new BadUserInputError(`input.group: no function group "${vendor.group}"; see functionGroups.`, "input.group");
    const { kind: _kind, ...row } = vendorFields(vendor, new Map(group ? [[group.slug, group.id]] : []));
    return row;
  },
  ended: (until) => ({ status: "ended", until }),
  restored: { status: "active", until: undefined },
};

export const systemKind: NodeKindSpec<System> = {
  kind: "SYSTEM",
  entity: "system",
  schema: systemSchema,
  toEntry: systemEntry,
  toRow: async (system) => nodeFields(system),
  ended: (until) => ({ until }),
  restored: { until: undefined },
};

export const subjectGroupKind: NodeKindSpec<SubjectGroup> = {
  kind: "SUBJECT_GROUP",
  entity: "subject-group",
  schema: subjectGroupSchema,
  toEntry: subjectEntry,
  toRow: async (subject) => ({ ...nodeFields(subject), subjectCategory: subject.category ?? null }),
  ended: (until) => ({ until }),
  restored: { until: undefined },
  taxonomyKeys: (input) => {
    const { category } = input as { category?: string | null };
    return [{ kind: "subject", field: "input.category", values: category ? [category] : [] }];
  },
};

async function findNode(tx: Tx, spec: NodeKindSpec<Entry>, slug: string) {
  const row = await tx.node.findFirst({ where: { slug, kind: spec.kind }, include: { group: { select: { slug: true } } } });
  if (!row) throw new NotFoundError(`No ${spec.entity} "${slug}".`);
  return row;
}

function announce(spec: NodeKindSpec<Entry>, key: string, action: "created" | "updated" | "deleted", ctx: RequestContext) {
  mapEvents.publish("mapChanged", { entity: spec.entity, key, action, actor: ctx.actor?.name ?? "anonymous", at: new Date() });
}

export async function createNode<E extends Entry>(spec: NodeKindSpec<E>, input: unknown, ctx: RequestContext): Promise<number> {
  const entry = parseInput(spec.schema, input);
  ctx.warnings.push(...replacedKeyWarnings(spec.taxonomyKeys?.(input) ?? []));
  const id = await db().$transaction(async (tx) => {
    if (await tx.node.findUnique({ where: { slug: entry.slug } })) throw new ConflictError(`The slug "${entry.slug}" is taken; choose another.`, { field: "input.slug" });
    const row = await tx.node.create({ data: { ...(await spec.toRow(entry, tx)), kind: spec.kind } });
    failpoint("editing:after-first-write");
    await recordAudit(tx, ctx, { entity: spec.entity, key: entry.slug, action: "create", before: null, after: entry });
    return row.id;
  });
  announce(spec as NodeKindSpec<Entry>, entry.slug, "created", ctx);
  return id;
}

/** Applies a patch to the version the editor saw; a newer version is a CONFLICT, never overwritten. */
export async function updateNode<E extends Entry>(
  spec: NodeKindSpec<E>,
  { slug, version, patch, action = "update" }: { slug: string; version: number; patch: Partial<Record<keyof E, unknown>>; action?: string },
  ctx: RequestContext,
): Promise<number> {
  ctx.warnings.push(...replacedKeyWarnings(spec.taxonomyKeys?.(patch) ?? []));
  const id = await db().$transaction(async (tx) => {
    const row = await findNode(tx, spec as NodeKindSpec<Entry>, slug);
    const before = spec.toEntry(row);
    const merged = Object.fromEntries(Object.entries({ ...before, ...patch, slug }).filter(([, value]) => value !== null && value !== undefined));
    const after = parseInput(spec.schema, merged);
    const { count } = await tx.node.updateMany({
      where: { id: row.id, version },
      data: { ...(await spec.toRow(after, tx)), version: { increment: 1 } },
    });
    if (count === 0) {
      // Read again: the row read above may predate the update that won.
      const current = (await tx.node.findUnique({ where: { id: row.id }, select: { version: true } }))?.version;
      throw new ConflictError(`The ${spec.entity} "${slug}" changed since version ${version}; it is now at version ${current}. Reload it and apply your change again.`, {
        currentVersion: current,
      });
    }
    failpoint("editing:after-first-write");
    await recordAudit(tx, ctx, { entity: spec.entity, key: slug, action, before, after });
    return row.id;
  });
  announce(spec as NodeKindSpec<Entry>, slug, "updated", ctx);
  return id;
}

export function endNode<E extends Entry>(spec: NodeKindSpec<E>, slug: string, version: number, until: string, ctx: RequestContext) {
  return updateNode(spec, { slug, version, patch: spec.ended(until), action: "end" }, ctx);
}

export function restoreNode<E extends Entry>(spec: NodeKindSpec<E>, slug: string, version: number, ctx: RequestContext) {
  const patch = Object.fromEntries(Object.entries(spec.restored).map(([key, value]) => [key, value ?? null]));
  return updateNode(spec, { slug, version, patch: patch as Partial<Record<keyof E, unknown>>, action: "restore" }, ctx);
}

/** Deletes a node no release ever showed, and which no flow uses; anything else is ended instead. */
export async function deleteNode<E extends Entry>(spec: NodeKindSpec<E>, slug: string, ctx: RequestContext): Promise<E> {
  const before = await db().$transaction(async (tx) => {
    const row = await findNode(tx, spec as NodeKindSpec<Entry>, slug);
    if (await wasPublished(tx, spec.kind, slug)) {
      throw new ConflictError(`The ${spec.entity} "${slug}" was published in a release, so it stays on record: end it instead.`);
    }
    const flows = await tx.flow.count({ where: { OR: [{ fromId: row.id }, { toId: row.id }] } });
    if (flows > 0) throw new ConflictError(`The ${spec.entity} "${slug}" has ${flows} flow(s); delete them first.`);
    await tx.node.delete({ where: { id: row.id } });
    const entry = spec.toEntry(row);
    await recordAudit(tx, ctx, { entity: spec.entity, key: slug, action: "delete", before: entry, after: null });
    return entry;
  });
  announce(spec as NodeKindSpec<Entry>, slug, "deleted", ctx);
  return before;
}
