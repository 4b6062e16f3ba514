import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { datamapBin } from "../src/testing/run-datamap.ts";
import { spawnServer } from "../src/testing/spawn-server.ts";

const example = fileURLToPath(new URL("../../../examples/fortrabbit/datamap.yaml", import.meta.url));

function datamap(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [datamapBin, ...args], {
    env: { ...process.env, DATABASE_URL: "", PORT: "0", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

// Each case starts real processes (tsx, PGlite, migrations); on a busy machine that takes a while.
describe("start-up", { timeout: 120_000 }, () => {
  it("serves the example map and stops cleanly on SIGTERM", async () => {
    const server = await spawnServer({ args: ["--seed", example] });
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ query: "{ vendors { totalCount } }" }),
    });
    expect(await response.json()).toEqual({ data: { vendors: { totalCount: 18 } } });
    expect(await server.stop()).toBe(0);
  });

  it("refuses a malformed DATABASE_URL with one line naming it", () => {
    const result = datamap(["serve"], { DATABASE_URL: "mysql://localhost/datamap" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^DATABASE_URL must start with postgresql:\/\//);
    expect(result.stderr.split("\n")).toHaveLength(1);
  });

  it("refuses an unreachable database", () => {
    const result = datamap(["migrate"], { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:1/);
  });

  it("refuses an unwritable data folder", () => {
    const file = join(mkdtempSync(join(tmpdir(), "datamap-ro-")), "file");
    writeFileSync(file, "");
    // Root may write anywhere, so a path under a plain file is the portable unwritable folder.
    const result = datamap(["migrate"], { DATAMAP_DATA_DIR: join(file, "db") });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^DATAMAP_DATA_DIR: .*file\/db is not a writable folder/);
  });

  it("rejects an invalid data-map file with the field's path and writes nothing", () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "datamap-")), "db");
    const bad = join(mkdtempSync(join(tmpdir(), "datamap-map-")), "map.yaml");
    writeFileSync(
      bad,
      ["version: 1", "vendors:", "  - slug: a", "    name: A", "    role: processor", "  - slug: b", "    name: B", "    role: processor", "    processingCountries: [DE, UK]", ""].join("\n"),
    );
    const seeded = datamap(["seed", bad], { DATAMAP_DATA_DIR: dataDir });
    expect(seeded.code).toBe(1);
    expect(seeded.stderr).toContain(`map.yaml:9:31 vendors[1].processingCountries[1]: "UK" is not an ISO 3166-1 alpha-2 code; did you mean "GB"?`);
    const good = datamap(["seed", example], { DATAMAP_DATA_DIR: dataDir });
    expect(good.stdout).toMatch(/^Seeded 18 vendors/);
  });

  it("explains every command in --help", () => {
    const help = datamap(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["serve", "migrate", "seed"]) expect(help.stdout).toContain(command);
  });
});
