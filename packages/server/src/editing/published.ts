import type { Prisma } from "../generated/prisma/client.ts";

const collections = { VENDOR: "vendors", SYSTEM: "systems", SUBJECT_GROUP: "subjects" } as const;

/** Whether any release ever named this node; a published node may be ended, never deleted. */
export async function wasPublished(tx: Prisma.TransactionClient, kind: keyof typeof collections, slug: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ published: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM "Release"
      WHERE (canonical::jsonb -> ${collections[kind]}::text) @> jsonb_build_array(jsonb_build_object('slug', ${slug}::text))
    ) AS published`;
  return row?.published ?? false;
}
