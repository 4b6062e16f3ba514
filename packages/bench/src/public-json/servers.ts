import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import type { DataMap } from "@datamap/core";
import { spawnServer } from "@datamap/server/testing";

export interface Running {
  /** Where the public map is. */
  url: string;
  pid: number;
  stop(): Promise<unknown>;
}

/**
 * `datamap serve` seeded with `map`, in its own process on the embedded database. Rate limits
 * stay on, set high enough never to answer 429, so that their cost is part of the figure.
 */
export async function startApp(map: DataMap, env: Record<string, string> = {}): Promise<Running & { adminToken: string }> {
  const folder = mkdtempSync(join(tmpdir(), "datamap-bench-"));
  const file = join(folder, "datamap.json");
  writeFileSync(file, JSON.stringify(map));
  const server = await spawnServer({ args: ["--seed", file], env: { DATAMAP_RATE_LIMIT_IP: "10000000", DATAMAP_RATE_LIMIT_TOKEN: "10000000", ...env } });
  return {
    url: `${server.url.replace("localhost", "127.0.0.1")}/api/public/v1/map.json`,
    pid: server.process.pid!,
    adminToken: server.adminToken,
    stop: async () => {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

const staticServer = fileURLToPath(new URL("static-server.ts", import.meta.url));

/** The baseline: a bare `node:http` server with `body` in memory, in its own process. */
export async function startStatic(body: string): Promise<Running> {
  const folder = mkdtempSync(join(tmpdir(), "datamap-bench-"));
  const file = join(folder, "map.json");
  writeFileSync(file, body);
  const child = spawn(process.execPath, ["--import", "tsx", staticServer, file], { stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once("line", resolve);
    void exited.then((code) => reject(new Error(`the static server exited with ${String(code)}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
