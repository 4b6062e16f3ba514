import type { Change, DataMap } from "@datamap/core";
import type { RequestContext } from "../context.ts";
import { db } from "../db/index.ts";
import { mapEvents } from "../events.ts";
import { applyPlan, type Progress } from "./import-apply.ts";
import { planImport, type ImportPlan, type Write } from "./import-plan.ts";

export { ImportConflict } from "./import-plan.ts";

export interface ImportOptions {
  dryRun?: boolean;
  /** End nodes and delete flows (and unused groups) that the file leaves out. */
  prune?: boolean;
  /** Who imports: the caller's token, or "datamap import" on the command line. */
  ctx: Pick<RequestContext, "actor" | "requestId">;
  onProgress?: Progress;
  /** The day pruned entries end on; today by default. */
  today?: string;
}

export interface ImportResult {
  dryRun: boolean;
  /** The diff, in the structure releases use: created, updated field by field, ended, removed. */
  changes: Change[];
  /** Entities written (or, in a dry run, that would be), by action. */
  written: Record<Write<unknown>["action"], number>;
}

/** Above this many writes, subscribers hear one "map imported" event instead of one per entity. */
const eventsPerEntity = 100;

function summary(plan: ImportPlan): ImportResult["written"] {
  const writes = [...plan.groups.writes, ...plan.nodes, ...plan.flows, ...plan.settings];
  const count = (action: Write<unknown>["action"]) => writes.filter((write) => write.action === action).length;
  return { create: count("create"), update: count("update"), end: count("end"), delete: count("delete") };
}

function announce(plan: ImportPlan, actor: string) {
  const writes = [...plan.groups.writes, ...plan.nodes, ...plan.flows];
  const action = { create: "created", update: "updated", end: "updated", delete: "deleted" } as const;
  const at = new Date();
  if (writes.length > eventsPerEntity) return mapEvents.publish("mapChanged", { entity: "map", key: "import", action: "updated", actor, at });
  for (const write of writes) mapEvents.publish("mapChanged", { entity: write.entity, key: write.key, action: action[write.action], actor, at });
}

/**
 * Applies a data map to the draft: entries matched by slug (flows by key) are created or
 * updated, and with `prune` what the file leaves out is ended — all in one transaction, with
 * an audit entry per entity, or nothing. A dry run computes the same diff and writes nothing.
 * Throws ImportConflict when the file gives a slug another kind of node.
 */
export async function importMap(file: DataMap, options: ImportOptions): Promise<ImportResult> {
  const planOptions = { prune: options.prune ?? false, today: options.today ?? new Date().toISOString().slice(0, 10) };
  const plan = await db().$transaction(
    async (tx) => {
      const planned = await planImport(tx, file, planOptions);
      if (!options.dryRun) await applyPlan(tx, planned, options.ctx, options.onProgress);
      return planned;
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
  if (!options.dryRun) announce(plan, options.ctx.actor?.name ?? "anonymous");
  return { dryRun: options.dryRun ?? false, changes: plan.changes, written: summary(plan) };
}
