import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createInterface } from "node:readline";
import { datamapBin } from "./run-datamap.ts";


export interface ServerProcess {
  url: string;
  /** The bootstrap admin token (DATAMAP_ADMIN_TOKEN) the server was started with. */
  adminToken: string;
  process: ChildProcess;
  /** Everything the server logged, one JSON line each. */
  logs: string[];
  /** Sends SIGTERM and resolves with the exit code; removes its temporary data folder. */
  stop(): Promise<number | null>;
}

/**
 * Starts `datamap serve` as a real process on a free port with a fresh embedded database, and
 * resolves once it listens. For tests of start-up, shutdown and clients over real HTTP.
 */
export async function spawnServer(options: { args?: string[]; env?: Record<string, string> } = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), "datamap-"));
  const adminToken = randomBytes(32).toString("base64url");
  const child = spawn(process.execPath, [datamapBin, "serve", ...(options.args ?? [])], {
    env: { ...process.env, PORT: "0", LOG_LEVEL: "info", DATAMAP_DATA_DIR: join(dataDir, "db"), DATABASE_URL: "", DATAMAP_ADMIN_TOKEN: adminToken, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      logs.push(line);
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === "datamap is listening" && entry.url) resolve(entry.url.replace(/\/graphql$/, ""));
    });
    child.stderr!.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
    void exited.then((code) => reject(new Error(`datamap serve exited with ${code} before listening:\n${logs.join("\n")}`)));
  });
  return {
    url,
    adminToken,
    process: child,
    logs,
    stop: async () => {
      child.kill("SIGTERM");
      const code = await exited;
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
