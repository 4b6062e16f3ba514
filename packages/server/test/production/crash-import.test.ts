import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticMap } from "@datamap/core";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { stringify } from "yaml";
import { closeDatabase } from "../../src/db/index.ts";
import { datamapBin } from "../../src/testing/run-datamap.ts";
import { openTestDatabase } from "../database.ts";
import { until } from "../webhook-receiver.ts";

// `pnpm test:load` runs the same with 1,000 vendors and 1,000 flows.
const size = Number(process.env.DATAMAP_CRASH_VENDORS ?? 300);
let drop: (() => Promise<void>) | undefined;
afterAll(() => drop?.());

it(`leaves nothing behind when \`datamap import\` of ${size} vendors is killed -9 mid-transaction, and imports whole afterwards`, { timeout: 240_000 }, async () => {
  const opened = await openTestDatabase();
  drop = opened.drop;
  await closeDatabase();
  if (opened.target.kind !== "postgres") throw new Error("the crash test runs on PostgreSQL");
  const url = opened.target.url;
  const file = join(mkdtempSync(join(tmpdir(), "datamap-crash-")), "map.yaml");
  writeFileSync(file, stringify(syntheticMap({ vendors: size, flows: size, seed: 3 })));
  const env = { ...process.env, DATABASE_URL: url, LOG_LEVEL: "silent" };

  const importing = spawn(process.execPath, [datamapBin, "import", file], { env, stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => importing.once("exit", (_code, signal) => resolve(signal)));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // A transaction gets an xid with its first write: from then on the import is half done.
    const writing = async () =>
      (await client.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()`)).rowCount! > 0;
    await until(writing, 120_000, "the import to start writing");
    importing.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    await until(async () => !(await writing()), 10_000, "PostgreSQL to roll the dead session back");
    const counts = async () =>
      (await client.query<{ nodes: number; flows: number; releases: number }>(
        `SELECT (SELECT count(*)::int FROM "Node") AS nodes, (SELECT count(*)::int FROM "Flow") AS flows, (SELECT count(*)::int FROM "Release") AS releases`,
      )).rows[0]!;
    expect(await counts()).toEqual({ nodes: 0, flows: 0, releases: 0 });

    const again = spawnSync(process.execPath, [datamapBin, "import", file], { env, encoding: "utf8", timeout: 180_000 });
    expect(again.status, again.stderr).toBe(0);
    const map = syntheticMap({ vendors: size, flows: size, seed: 3 });
    expect(await counts()).toEqual({ nodes: map.vendors.length + map.systems.length + map.subjects.length, flows: size, releases: 0 });
  } finally {
    await client.end();
  }
});
