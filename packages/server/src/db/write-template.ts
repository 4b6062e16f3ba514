import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { connect } from "./adapter.ts";
import { migrate, readMigrations, type Migration } from "./migrate.ts";
import { templateDir, templatesDir } from "./template.ts";

/** Creates and migrates the template for `migrations` (for `pnpm build`), and removes older ones. */
export async function writeTemplate(migrations: Migration[] = readMigrations(), dir = templatesDir): Promise<string> {
  const template = templateDir(migrations, dir);
  for (const other of existsSync(dir) ? readdirSync(dir) : []) {
    if (join(dir, other) !== template) rmSync(join(dir, other), { recursive: true, force: true });
  }
  if (existsSync(template)) return template;
  const staging = `${template}.partial`;
  const connection = await connect({ kind: "pglite", dataDir: staging });
  try {
    await migrate(connection, migrations);
  } finally {
    await connection.close();
  }
  renameSync(staging, template);
  return template;
}
