import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "no Chromium found";
  }
}

/** The lines that say where and when the figures were taken. */
export function machine(): string[] {
  const cores = cpus();
  return [
    `- Machine: ${cores[0]?.model.trim() ?? "unknown CPU"}, ${cores.length} cores, ${(totalmem() / 1024 ** 3).toFixed(1)} GB memory; load average ${loadavg().map((load) => load.toFixed(2)).join(", ")} when the run began`,
    `- Node ${process.version} (${process.platform} ${process.arch}); ${chromiumVersion()}`,
    `- Date: ${new Date().toISOString()}`,
  ];
}
