import { canonicalJson, diffMaps, importTarget, type Change, type DataMap, type FunctionGroup, type ImportOptions, type MapIssue, type SubjectGroup, type System, type Vendor, type Flow } from "@datamap/core";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { loadMap } from "./store.ts";

type Tx = Prisma.TransactionClient | PrismaClient;
export type NodeEntry = { kind: "SUBJECT_GROUP"; entry: SubjectGroup } | { kind: "SYSTEM"; entry: System } | { kind: "VENDOR"; entry: Vendor };
export type AuditEntity = "function-group" | "subject-group" | "system" | "vendor" | "flow" | "setting";

/** One entity's write, with what the audit log records of it. */
export interface Write<T> {
  entity: AuditEntity;
  key: string;
  action: "create" | "update" | "end" | "delete";
  before: T | null;
  after: T | null;
}

export interface ImportPlan {
  /** The same structured diff releases use: what a reader would see change. */
  changes: Change[];
  groups: { writes: Write<FunctionGroup>[]; order: string[] };
  nodes: Write<NodeEntry>[];
  flows: Write<Flow>[];
  settings: Write<unknown>[];
}

export class ImportConflict extends Error {
  constructor(readonly issues: MapIssue[]) {
    super(issues.map((issue) => issue.message).join("; "));
  }
}

/** Created, updated (or ended) and deleted entries of one list, matched by `idOf`. */
function writesOf<T>(entity: AuditEntity, before: readonly T[], after: readonly T[], idOf: (entry: T) => string, ended?: (was: T, is: T) => boolean): Write<T>[] {
  const older = new Map(before.map((entry) => [idOf(entry), entry]));
  const newer = new Set(after.map(idOf));
  const writes: Write<T>[] = [];
  for (const entry of after) {
    const was = older.get(idOf(entry));
    if (!was) writes.push({ entity, key: idOf(entry), action: "create", before: null, after: entry });
    else if (canonicalJson(was) !== canonicalJson(entry)) writes.push({ entity, key: idOf(entry), action: ended?.(was, entry) ? "end" : "update", before: was, after: entry });
  }
  for (const [key, entry] of older) if (!newer.has(key)) writes.push({ entity, key, action: "delete", before: entry, after: null });
  return writes;
}

const endedNow = (was: { until?: string }, is: { until?: string }) => !was.until && !!is.until;

/** Reads the draft and works out every write an import of `file` makes; writes nothing. */
export async function planImport(tx: Tx, file: DataMap, options: ImportOptions): Promise<ImportPlan> {
  const current = await loadMap(tx);
  const target = importTarget(current, file, options);
  if (!target.ok) throw new ImportConflict(target.errors);
  const next = target.map;
  const nodes = (map: DataMap): NodeEntry[] => [
    ...map.subjects.map((entry) => ({ kind: "SUBJECT_GROUP" as const, entry })),
    ...map.systems.map((entry) => ({ kind: "SYSTEM" as const, entry })),
    ...map.vendors.map((entry) => ({ kind: "VENDOR" as const, entry })),
  ];
  const entityOf = { SUBJECT_GROUP: "subject-group", SYSTEM: "system", VENDOR: "vendor" } as const;
  const nodeWrites = writesOf("vendor", nodes(current), nodes(next), (node) => node.entry.slug, (was, is) => endedNow(was.entry, is.entry)).map(
    (write): Write<NodeEntry> => ({ ...write, entity: entityOf[(write.after ?? write.before)!.kind] }),
  );
  const setting = (key: "organization" | "review") => writesOf<unknown>("setting", current[key] ? [current[key]] : [], next[key] ? [next[key]] : [], () => key);
  // Positions count too: a group moved in the file is an update.
  const positioned = (groups: readonly FunctionGroup[]) => groups.map((group, position) => ({ ...group, position }));
  const groupWrites = writesOf("function-group", positioned(current.groups), positioned(next.groups), (group) => group.slug).map(
    ({ before, after, ...write }): Write<FunctionGroup> => ({ ...write, before: before && { slug: before.slug, name: before.name }, after: after && { slug: after.slug, name: after.name } }),
  );
  return {
    changes: diffMaps(current, next),
    groups: { writes: groupWrites, order: next.groups.map((group) => group.slug) },
    nodes: nodeWrites,
    flows: writesOf("flow", current.flows, next.flows, (flow) => flow.key),
    settings: [...setting("organization"), ...setting("review")],
  };
}
