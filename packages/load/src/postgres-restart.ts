import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { allReady, backgroundQueries, readinessWatch } from "./background.ts";
import { adminQuery, sleep, until, type Cluster } from "./cluster.ts";

const cluster = () => readdirSync("/etc/postgresql").sort()[0] ?? "15";
const ctl = (action: "restart" | "start") => execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", cluster(), "main", action], { stdio: "pipe", timeout: 60_000 });
const postgresReady = () => {
  try {
    execFileSync("pg_isready", ["-q", "-h", "127.0.0.1", "-p", "5432"]);
    return true;
  } catch {
    return false;
  }
};

/**
 * Restarts the machine's PostgreSQL under traffic (`pg_ctlcluster … restart`), then requires
 * both replicas, still the same processes, to be ready and answering again by themselves.
 */
export async function postgresRestart({ replicas }: Cluster) {
  const pids = replicas.map((replica) => replica.process.pid);
  const startedAt = async () => (await adminQuery<{ at: Date }>("SELECT pg_postmaster_start_time() AS at"))[0]!.at.getTime();
  const before = await startedAt();
  const queries = backgroundQueries(replicas);
  const readiness = readinessWatch(replicas);
  await sleep(2000);
  const started = Date.now();
  try {
    ctl("restart");
  } finally {
    // Whatever happened, the machine's PostgreSQL must be running when this returns.
    if (!postgresReady()) await until(postgresReady, 30_000, "PostgreSQL to accept connections").catch(() => ctl("start"));
  }
  const restartMs = Date.now() - started;
  const recoveredMs = restartMs + (await until(() => allReady(replicas), 30_000, "both replicas to be ready again"));
  await sleep(2000);
  const redMs = await readiness.stop();
  const counts = await queries.stop();
  const same = replicas.every((replica, index) => replica.process.pid === pids[index] && replica.process.exitCode === null);
  if (!same) throw new Error("a replica exited during the PostgreSQL restart");
  if ((await startedAt()) === before) throw new Error("PostgreSQL did not restart");
  return { restartMs, recoveredMs, redMs, ...counts };
}
