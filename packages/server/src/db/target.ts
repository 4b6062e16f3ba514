import { resolve } from "node:path";

/** Where the data lives: an embedded PGlite folder (or memory, in tests) or a PostgreSQL server. */
export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | undefined }
  | { kind: "postgres"; url: string };

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads DATABASE_URL and DATAMAP_DATA_DIR. The Prisma CLI needs DATABASE_URL to look like a
 * PostgreSQL URL even for PGlite, so the placeholder below is treated as "not set".
 */
export function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL;
  if (url && url !== PRISMA_PLACEHOLDER_URL) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError(
        `DATABASE_URL must start with postgresql:// (got "${redact(url)}"); unset it to use the embedded database in DATAMAP_DATA_DIR.`,
      );
    }
    try {
      new URL(url);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid URL: "${redact(url)}".`);
    }
    return { kind: "postgres", url };
  }
  return { kind: "pglite", dataDir: resolve(env.DATAMAP_DATA_DIR ?? ".datamap") };
}

export const PRISMA_PLACEHOLDER_URL = "postgresql://pglite@localhost:5432/pglite";

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
