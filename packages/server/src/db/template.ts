import { createHash } from "node:crypto";
import { cpSync, existsSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readMigrations, type Migration } from "./migrate.ts";

/**
 * A new embedded database starts as a copy of an empty one that `pnpm build` created and
 * migrated, because initdb and the migrations take seconds in WebAssembly. Each template is named
 * after the migrations it holds, so a build older than prisma/migrations is never used.
 */
export const templatesDir = fileURLToPath(new URL("../../dist/empty-database", import.meta.url));

export function templateDir(migrations: Migration[] = readMigrations(), dir = templatesDir): string {
  const hash = createHash("sha256");
  for (const { name, checksum } of migrations) hash.update(`${name} ${checksum}\n`);
  return join(dir, hash.digest("hex").slice(0, 16));
}

/**
 * Makes `dataDir` (missing or an empty folder) a copy of `template`; false when there is no such
 * template. The copy is renamed into place, so a process killed half-way leaves no half a database.
 */
export function copyTemplate(dataDir: string, template = templateDir()): boolean {
  if (!existsSync(template) || existsSync(join(dataDir, "PG_VERSION"))) return false;
  const staging = `${dataDir}.${process.pid}.partial`;
  try {
    cpSync(template, staging, { recursive: true });
    renameSync(staging, dataDir);
    return true;
  } catch {
    // PGlite then creates the database, or refuses the folder with a clear message.
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
    return false;
  }
}
