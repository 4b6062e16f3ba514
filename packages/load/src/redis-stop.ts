import { execFileSync, execSync } from "node:child_process";
import { allReady, backgroundQueries } from "./background.ts";
import { redisUrl, sleep, until, type Cluster } from "./cluster.ts";

const ping = () => {
  try {
    return execFileSync("redis-cli", ["-u", redisUrl, "ping"], { stdio: "pipe", timeout: 2000 }).toString().trim() === "PONG";
  } catch {
    return false;
  }
};

// The same command as .ci/run, which is how this machine's Redis is meant to run.
const startRedis = () =>
  execSync(
    'mkdir -p /var/lib/redis /var/log/redis && redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log',
    { stdio: "pipe" },
  );

/**
 * Stops the machine's Redis (`redis-cli shutdown nosave`) under traffic: queries must all still
 * succeed and both replicas must log that subscriptions are degraded; then Redis is started as
 * .ci/run starts it, and both must be ready again without a restart.
 */
export async function redisStop({ replicas }: Cluster) {
  const queries = backgroundQueries(replicas);
  await sleep(1000);
  let degradedMs: number;
  try {
    try {
      execFileSync("redis-cli", ["-u", redisUrl, "shutdown", "nosave"], { stdio: "pipe", timeout: 5000 });
    } catch {
      // redis-cli reports the connection it loses as Redis goes away.
    }
    await until(() => !ping(), 10_000, "Redis to stop");
    degradedMs = await until(() => replicas.every((replica) => replica.logs.some((line) => line.includes("subscriptions are degraded"))), 15_000, "both replicas to log that subscriptions are degraded");
    await sleep(3000);
  } finally {
    if (!ping()) startRedis();
  }
  const downCounts = { ...queries.counts };
  const recoveredMs = await until(() => allReady(replicas), 20_000, "both replicas to be ready with Redis back");
  await until(() => replicas.every((replica) => replica.logs.some((line) => line.includes("redis is reachable again"))), 10_000, "both replicas to log that Redis is back");
  const counts = await queries.stop();
  if (downCounts.failed > 0) throw new Error(`${downCounts.failed} queries failed while Redis was down`);
  return { degradedMs, recoveredMs, ...counts };
}
