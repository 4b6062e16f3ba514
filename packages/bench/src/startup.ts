import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticMap } from "@datamap/core";
import { spawnServer } from "@datamap/server/testing";
import { dashboardQuery } from "./dashboard/queries.ts";
import { startApp, startStatic } from "./public-json/servers.ts";
import { notes } from "./notes.ts";
import { mb, ms, ratio, timing, verdict, type Section } from "./report.ts";
import { summarize } from "./stats.ts";

export interface StartupSize {
  runs: number;
  /** Vendors loaded for the memory figure (one flow each). */
  vendors: number;
}

const target = 3000;

/** Resident memory of a process, from /proc (Linux). */
function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((entry) => entry.startsWith("VmRSS:"));
  return Number(line?.match(/(\d+)/)?.[1] ?? Number.NaN) * 1024;
}

async function firstAnswer(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
}

/**
 * Milliseconds from spawning `datamap serve` to its first public map: on a fresh embedded
 * database, or on the one in `dataDir` (a restart).
 */
async function coldStart(dataDir?: string): Promise<{ listening: number; answered: number }> {
  const start = performance.now();
  const server = await spawnServer(dataDir ? { env: { DATAMAP_DATA_DIR: dataDir } } : {});
  const listening = performance.now() - start;
  try {
    await firstAnswer(`${server.url}/api/public/v1/map.json`);
    return { listening, answered: performance.now() - start };
  } finally {
    await server.stop();
  }
}

async function bareStart(): Promise<number> {
  const start = performance.now();
  const server = await startStatic("{}");
  try {
    await firstAnswer(server.url);
    return performance.now() - start;
  } finally {
    await server.stop();
  }
}

/** Resident memory after the public map and one dashboard page have been asked for. */
async function loadedMemory(vendors: number): Promise<{ bytes: number; seed: number }> {
  const start = performance.now();
  const server = await startApp(syntheticMap({ vendors, flows: vendors, seed: 13 }));
  const seed = performance.now() - start;
  try {
    await firstAnswer(server.url);
    const graphql = server.url.replace("/api/public/v1/map.json", "/graphql");
    const response = await fetch(graphql, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ query: dashboardQuery }),
    });
    if (!response.ok) throw new Error(`the dashboard answered ${response.status}`);
    await response.arrayBuffer();
    return { bytes: residentBytes(server.pid), seed };
  } finally {
    await server.stop();
  }
}

export async function measureStartup({ runs, vendors }: StartupSize): Promise<Section> {
  const cold: { listening: number; answered: number }[] = [];
  const restarts: number[] = [];
  const bare: number[] = [];
  // What `pnpm start` runs: the bundle and the empty database of a build of the sources as they are.
  execFileSync("pnpm", ["--filter", "@datamap/server", "build"], { stdio: "ignore" });
  const folder = mkdtempSync(join(tmpdir(), "datamap-bench-"));
  try {
    for (let run = 0; run < runs; run++) {
      // The first fresh start creates the database that the restarts then open.
      cold.push(await coldStart(run === 0 ? join(folder, "db") : undefined));
      restarts.push((await coldStart(join(folder, "db"))).answered);
      bare.push(await bareStart());
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const [listening, answered, restart, baseline] = [summarize(cold.map((entry) => entry.listening)), summarize(cold.map((entry) => entry.answered)), summarize(restarts), summarize(bare)];
  const empty = await loadedMemory(0);
  const loaded = await loadedMemory(vendors);
  const bareServer = await startStatic("{}");
  const bareMemory = residentBytes(bareServer.pid);
  await bareServer.stop();
  return {
    title: "Cold start and memory",
    method: `\`datamap serve\` as \`pnpm start\` runs it (the server bundled by \`pnpm build\`, built just before) on a fresh embedded database in a temporary folder, so each start copies the empty, migrated database the build made: from spawning the process to its log line "listening", and to the first answer of \`/api/public/v1/map.json\`; and restarts on a database that exists already. The baseline is the bare \`node:http\` server of the public-JSON measure (a TypeScript file started through tsx). Memory is the resident set (VmRSS) after the public map and one dashboard page were served, for ${vendors.toLocaleString("en-US")} vendors with one flow each (seeded with \`--seed\`) and for an empty map.`,
    columns: ["measure", "baseline", "datamap", "× baseline", "target", "runs"],
    rows: [
      ["cold start to listening", "", timing(listening), "", "", `N=${runs}`],
      ["cold start to the first answer", timing(baseline), timing(answered), ratio(answered.median / baseline.median), verdict(answered.p99, target, "lower", ms), `N=${runs}`],
      ["restart on an existing database, to the first answer", timing(baseline), timing(restart), ratio(restart.median / baseline.median), verdict(restart.p99, target, "lower", ms), `N=${runs}`],
      [`resident memory, ${vendors.toLocaleString("en-US")} vendors loaded (seeding took ${ms(loaded.seed)})`, `${mb(empty.bytes)} with an empty map; bare node:http ${mb(bareMemory)}`, mb(loaded.bytes), ratio(loaded.bytes / empty.bytes), "", "N=1"],
    ],
    notes: answered.p99 > target ? [notes.startup] : [],
    figures: { listening: listening.median, answered: answered.median, restart: restart.median, baseline: baseline.median, memory: loaded.bytes, "memory empty": empty.bytes, "memory bare": bareMemory },
  };
}
