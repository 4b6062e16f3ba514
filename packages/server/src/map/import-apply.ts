import { auditRow } from "../audit/record.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { RequestContext } from "../context.ts";
import { failpoint } from "../editing/failpoint.ts";
import type { ImportPlan, NodeEntry, Write } from "./import-plan.ts";
import { bulkInsert } from "./bulk-insert.ts";
import { flowFields, nodeFields, vendorFields } from "./rows.ts";

type Tx = Prisma.TransactionClient;
export type Progress = (done: number, total: number) => void;

/** Keys per statement: far below PostgreSQL's 65,535 bind values. */
const batch = 1000;

async function inBatches<T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>, step: (count: number) => void) {
  for (let start = 0; start < items.length; start += batch) {
    const chunk = items.slice(start, start + batch);
    await write(chunk);
    step(chunk.length);
  }
}

function nodeRow(node: NodeEntry, groupIds: Map<string, number>): Prisma.NodeCreateManyInput {
  if (node.kind === "VENDOR") return vendorFields(node.entry, groupIds);
  if (node.kind === "SYSTEM") return { ...nodeFields(node.entry), kind: "SYSTEM" };
  return { ...nodeFields(node.entry), kind: "SUBJECT_GROUP", subjectCategory: node.entry.category ?? null };
}

const json = (value: unknown) => (value === null || value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));
const entryOf = (value: unknown) => (value && typeof value === "object" && "kind" in value && "entry" in value ? (value as NodeEntry).entry : value);

/**
 * Writes a plan in the caller's transaction: new rows in bulk (bulk-insert.ts), changed rows one
 * by one with their version bumped, and one audit entry per entity written.
 */
export async function applyPlan(tx: Tx, plan: ImportPlan, ctx: Pick<RequestContext, "actor" | "requestId">, progress: Progress = () => {}): Promise<void> {
  const all: Write<unknown>[] = [...plan.groups.writes, ...plan.nodes, ...plan.flows, ...plan.settings];
  let done = 0;
  const step = (count: number) => progress((done += count), all.length * 2);
  const is = <T>(writes: Write<T>[], action: Write<T>["action"]) => writes.filter((write) => write.action === action);

  const position = new Map(plan.groups.order.map((slug, index) => [slug, index]));
  const group = (write: Write<{ slug: string; name: { en: string; de?: string } }>) => ({ name: write.after!.name.en, nameDe: write.after!.name.de ?? null, position: position.get(write.key)! });
  await tx.functionGroup.createMany({ data: is(plan.groups.writes, "create").map((write) => ({ slug: write.key, ...group(write) })) });
  for (const write of is(plan.groups.writes, "update")) await tx.functionGroup.update({ where: { slug: write.key }, data: group(write) });
  step(plan.groups.writes.length);
  const groupIds = new Map((await tx.functionGroup.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]));

  await bulkInsert(tx, "Node", is(plan.nodes, "create").map((write) => nodeRow(write.after!, groupIds)), step);
  for (const write of plan.nodes.filter((node) => node.action === "update" || node.action === "end")) {
    await tx.node.update({ where: { slug: write.key }, data: { ...nodeRow(write.after!, groupIds), version: { increment: 1 } } });
    step(1);
  }
  failpoint("import:half-way");
  await tx.functionGroup.deleteMany({ where: { slug: { in: is(plan.groups.writes, "delete").map((write) => write.key) } } });

  const nodeIds = new Map((await tx.node.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]));
  await inBatches(is(plan.flows, "delete"), (chunk) => tx.flow.deleteMany({ where: { key: { in: chunk.map((write) => write.key) } } }), step);
  await bulkInsert(tx, "Flow", is(plan.flows, "create").map((write) => flowFields(write.after!, nodeIds)), step);
  for (const write of is(plan.flows, "update")) {
    await tx.flow.update({ where: { key: write.key }, data: { ...flowFields(write.after!, nodeIds), version: { increment: 1 } } });
    step(1);
  }

  for (const write of plan.settings) {
    if (write.after === null) await tx.setting.delete({ where: { key: write.key } });
    else await tx.setting.upsert({ where: { key: write.key }, create: { key: write.key, value: json(write.after)! }, update: { value: json(write.after)! } });
  }
  step(plan.settings.length);

  const audit = (write: Write<unknown>) => auditRow(ctx, { ...write, before: entryOf(write.before), after: entryOf(write.after) });
  await bulkInsert(tx, "AuditEntry", all.map(audit), step);
}
