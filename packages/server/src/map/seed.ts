import { readFile } from "node:fs/promises";
import { formatProblem, parseDataMap, type DataMap } from "@datamap/core";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { insertMap } from "./store.ts";

export class MapFileError extends Error {
  override name = "MapFileError";
}

/** Reads and validates a data-map file; an invalid file throws with one line per problem. */
export async function readMapFile(path: string): Promise<DataMap> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new MapFileError(`${path}: cannot read the data-map file (${(error as NodeJS.ErrnoException).code}).`);
  }
  const result = parseDataMap(text);
  if (!result.ok) {
    throw new MapFileError(`${path} is not a valid data map:\n${result.errors.map((problem) => `  ${formatProblem(problem, path)}`).join("\n")}`);
  }
  return result.map;
}

/**
 * Seeds an empty database from a data map, all in one transaction. Returns false, writing
 * nothing, when the database already holds a map.
 */
export async function seedMap(prisma: PrismaClient, map: DataMap): Promise<boolean> {
  return prisma.$transaction(
    async (tx) => {
      if ((await tx.node.count()) > 0) return false;
      await insertMap(tx, map);
      return true;
    },
    { timeout: 120_000 },
  );
}
