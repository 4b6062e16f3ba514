import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The command users run (`pnpm datamap`), so that tests and benchmarks run what they run. */
export const datamapBin = fileURLToPath(new URL("../../bin/datamap.js", import.meta.url));

export interface DatamapRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `datamap <args>` to its end, as a script or CI job would, with its exit code and output. */
export function runDatamap(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<DatamapRun> {
  const env = { ...process.env, NO_COLOR: "1", ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [datamapBin, ...args], { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
