import { flowSchema, type Flow } from "@datamap/core";
import { recordAudit } from "../audit/record.ts";
import type { RequestContext } from "../context.ts";
import { db } from "../db/index.ts";
import { mapEvents } from "../events.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { flowEntry } from "../map/entries.ts";
import { flowFields } from "../map/rows.ts";
import { BadUserInputError, ConflictError, NotFoundError } from "../schema/errors.ts";
import { failpoint } from "./failpoint.ts";
import { parseInput, replacedKeyWarnings } from "./validate.ts";

type Tx = Prisma.TransactionClient;

function taxonomyWarnings(input: { categories?: readonly string[] | null; purposes?: readonly string[] | null }) {
  return replacedKeyWarnings([
    { kind: "category", field: "input.categories", values: input.categories },
    { kind: "use", field: "input.purposes", values: input.purposes },
  ]);
}

/** The rows of a flow's two ends; a flow goes from anyone to a system or vendor, never to people. */
async function flowRow(tx: Tx, flow: Flow) {
  const ends = await tx.node.findMany({ where: { slug: { in: [flow.from, flow.to] } }, select: { id: true, slug: true, kind: true } });
  for (const end of ["from", "to"] as const) {
    if (!ends.some((node) => node.slug === flow[end])) {
      throw new BadUserInputError(`input.${end}: "${flow[end]}" is not the slug of a subject group, system or vendor.`, `input.${end}`);
    }
  }
  if (ends.find((node) => node.slug === flow.to)?.kind === "SUBJECT_GROUP") {
    throw new BadUserInputError(`input.to: "${flow.to}" is a data-subject group; flows go from people to systems and vendors, not back.`, "input.to");
  }
  return flowFields(flow, new Map(ends.map((node) => [node.slug, node.id])));
}

function announce(key: string, action: "created" | "updated" | "deleted", ctx: RequestContext) {
  mapEvents.publish("mapChanged", { entity: "flow", key, action, actor: ctx.actor?.name ?? "anonymous", at: new Date() });
}

const withEnds = { from: { select: { slug: true } }, to: { select: { slug: true } } } as const;

export async function createFlow(input: unknown, ctx: RequestContext): Promise<number> {
  const flow = parseInput(flowSchema, input);
  ctx.warnings.push(...taxonomyWarnings(input as Flow));
  const id = await db().$transaction(async (tx) => {
    if (await tx.flow.findUnique({ where: { key: flow.key } })) {
      throw new ConflictError(`A flow "${flow.key}" exists; give this one its own key.`, { field: "input.key" });
    }
    const row = await tx.flow.create({ data: await flowRow(tx, flow) });
    failpoint("editing:after-first-write");
    await recordAudit(tx, ctx, { entity: "flow", key: flow.key, action: "create", before: null, after: flow });
    return row.id;
  });
  announce(flow.key, "created", ctx);
  return id;
}

export async function updateFlow(key: string, version: number, patch: Partial<Record<keyof Flow, unknown>>, ctx: RequestContext): Promise<number> {
  ctx.warnings.push(...taxonomyWarnings(patch as Flow));
  const id = await db().$transaction(async (tx) => {
    const row = await tx.flow.findUnique({ where: { key }, include: withEnds });
    if (!row) throw new NotFoundError(`No flow "${key}".`);
    const before = flowEntry(row);
    const merged = Object.fromEntries(Object.entries({ ...before, ...patch, key }).filter(([, value]) => value !== null && value !== undefined));
    const after = parseInput(flowSchema, merged);
    const { count } = await tx.flow.updateMany({ where: { id: row.id, version }, data: { ...(await flowRow(tx, after)), version: { increment: 1 } } });
    if (count === 0) {
      // Read again: the row read above may predate the update that won.
      const current = (await tx.flow.findUnique({ where: { id: row.id }, select: { version: true } }))?.version;
      throw new ConflictError(`The flow "${key}" changed since version ${version}; it is now at version ${current}. Reload it and apply your change again.`, {
        currentVersion: current,
      });
    }
    await recordAudit(tx, ctx, { entity: "flow", key, action: "update", before, after });
    return row.id;
  });
  announce(key, "updated", ctx);
  return id;
}

export async function deleteFlow(key: string, ctx: RequestContext): Promise<Flow> {
  const before = await db().$transaction(async (tx) => {
    const row = await tx.flow.findUnique({ where: { key }, include: withEnds });
    if (!row) throw new NotFoundError(`No flow "${key}".`);
    await tx.flow.delete({ where: { id: row.id } });
    const entry = flowEntry(row);
    await recordAudit(tx, ctx, { entity: "flow", key, action: "delete", before: entry, after: null });
    return entry;
  });
  announce(key, "deleted", ctx);
  return before;
}
