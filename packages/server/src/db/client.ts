import { PrismaClient } from "../generated/prisma/client.ts";
import { connect, type Connection } from "./adapter.ts";
import { instrument } from "./instrument.ts";
import { migrate } from "./migrate.ts";
import type { DatabaseTarget } from "./target.ts";
import { copyTemplate } from "./template.ts";

export type Db = PrismaClient;

let current: { prisma: PrismaClient; connection: Connection } | undefined;

/**
 * The one database of this process. Resolvers import `db()` rather than reading it from the
 * GraphQL context, which keeps the Prisma plugin's types cheap to check.
 */
export function db(): PrismaClient {
  if (!current) throw new Error("The database is not open; call openDatabase() first.");
  return current.prisma;
}

export function connection(): Connection {
  if (!current) throw new Error("The database is not open; call openDatabase() first.");
  return current.connection;
}

/** Opens the database, brings its schema up to date, and makes it the process's `db()`. */
export async function openDatabase(target: DatabaseTarget): Promise<{ prisma: PrismaClient; migrated: string[] }> {
  if (current) throw new Error("The database is already open.");
  if (target.kind === "pglite" && target.dataDir) copyTemplate(target.dataDir);
  const opened = await connect(target);
  try {
    const migrated = await migrate(opened);
    const prisma = new PrismaClient({ adapter: instrument(opened.adapter) });
    current = { prisma, connection: opened };
    return { prisma, migrated };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

export async function closeDatabase(): Promise<void> {
  if (!current) return;
  const { prisma, connection } = current;
  current = undefined;
  await prisma.$disconnect();
  await connection.close();
}
