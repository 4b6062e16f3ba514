import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connect, type Sql } from "../src/db/adapter.ts";
import { migrate, readMigrations } from "../src/db/migrate.ts";
import { copyTemplate, templateDir } from "../src/db/template.ts";
import { writeTemplate } from "../src/db/write-template.ts";

// Tables, columns, indexes and constraints, in an order that does not depend on how they came to be.
async function schemaOf(sql: Sql) {
  return {
    columns: await sql.query(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, column_name`),
    indexes: await sql.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`),
    constraints: await sql.query(`SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace ORDER BY conname`),
    migrations: await sql.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`),
  };
}

const folder = mkdtempSync(join(tmpdir(), "datamap-template-"));
const templates = join(folder, "templates");
const migrations = readMigrations();
const connections: { close(): Promise<void> }[] = [];
afterAll(() => Promise.all(connections.map((connection) => connection.close())));

async function open(dataDir: string) {
  const connection = await connect({ kind: "pglite", dataDir });
  connections.push(connection);
  return connection;
}

// Each case runs initdb in WebAssembly; on a busy machine that takes a while.
describe("the empty database that new embedded databases start from", { timeout: 120_000 }, () => {
  it("gives a new folder the same schema and migration records as migrating it", async () => {
    const template = await writeTemplate(migrations, templates);
    expect(copyTemplate(join(folder, "copied"), template)).toBe(true);
    const copied = await open(join(folder, "copied"));
    expect(await migrate(copied)).toEqual([]);
    const migrated = await open(join(folder, "migrated"));
    expect(await migrate(migrated)).toEqual(migrations.map((migration) => migration.name));
    expect(await schemaOf(copied)).toEqual(await schemaOf(migrated));
  });

  it("is not used when prisma/migrations has changed since the build", async () => {
    const current = templateDir(migrations, templates);
    const older = templateDir(migrations.slice(0, -1), templates);
    renameSync(current, older);
    expect(copyTemplate(join(folder, "new"), current)).toBe(false);
    expect(existsSync(join(folder, "new"))).toBe(false);
    cpSync(older, current, { recursive: true });
    // The next build removes it.
    await writeTemplate(migrations, templates);
    expect(readdirSync(templates)).toEqual([basename(current)]);
  });

  it("never overwrites a database that exists", async () => {
    expect(copyTemplate(join(folder, "migrated"), templateDir(migrations, templates))).toBe(false);
  });
});
