import { emptyMap, type Change, type DataMap, type PublishedRelease } from "@datamap/core";
import type { Prisma, PrismaClient, Release } from "../generated/prisma/client.ts";

export type Tx = Prisma.TransactionClient | PrismaClient;

/** A release row as core reads it. */
export function toPublished(row: Release): PublishedRelease {
  return {
    number: row.number,
    publishedAt: row.publishedAt.toISOString(),
    effectiveAt: row.effectiveAt.toISOString(),
    sha256: row.sha256,
    summary: row.summary,
    map: JSON.parse(row.canonical) as DataMap,
    changes: row.diff as unknown as Change[],
  };
}

/** The releases that decide the public map at `at`: the newest in effect and those published after it. */
export async function releasesAsOf(tx: Tx, at: Date): Promise<PublishedRelease[]> {
  const base = await tx.release.findFirst({ where: { effectiveAt: { lte: at } }, orderBy: { number: "desc" } });
  const pending = await tx.release.findMany({
    where: { publishedAt: { lte: at }, number: { gt: base?.number ?? 0 } },
    orderBy: { number: "asc" },
  });
  return [...(base ? [base] : []), ...pending].map(toPublished);
}

export async function latestMap(tx: Tx): Promise<{ number: number; map: DataMap; effectiveAt: Date } | null> {
  const latest = await tx.release.findFirst({ orderBy: { number: "desc" }, select: { number: true, canonical: true, effectiveAt: true } });
  return latest && { number: latest.number, map: JSON.parse(latest.canonical) as DataMap, effectiveAt: latest.effectiveAt };
}

export const mapOf = (row: Pick<Release, "canonical"> | null): DataMap => (row ? (JSON.parse(row.canonical) as DataMap) : emptyMap);
