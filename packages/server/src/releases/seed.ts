import type { DataMap } from "@datamap/core";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { insertMap } from "../map/store.ts";
import { BadUserInputError } from "../schema/errors.ts";
import { announce, publishIn } from "./publish.ts";

/**
 * Seeds an empty database and publishes the seeded map as release 1, in effect at once, in one
 * transaction. Returns null, writing nothing, when the database already holds a map; the release
 * number is null when the map has nothing public to publish.
 */
export async function seedAndPublish(prisma: PrismaClient, map: DataMap): Promise<{ release: number | null } | null> {
  const result = await prisma.$transaction(
    async (tx) => {
      if ((await tx.node.count()) > 0) return null;
      await insertMap(tx, map);
      try {
        return { release: await publishIn(tx, { summary: "The map as first published from its data-map file.", noticeDays: 0, publishedBy: "seed" }) };
      } catch (error) {
        // Nothing public to publish: the seed stands, without a release.
        if (error instanceof BadUserInputError) return { release: null };
        throw error;
      }
    },
    { timeout: 120_000 },
  );
  if (result?.release) announce(result.release);
  return result && { release: result.release?.number ?? null };
}
