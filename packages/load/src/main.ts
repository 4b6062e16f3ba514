import { preflight, startCluster } from "./cluster.ts";
import { postgresRestart } from "./postgres-restart.ts";
import { redisStop } from "./redis-stop.ts";
import { traffic, type Figures } from "./traffic.ts";
import { fullSizeTests } from "./vitest-runs.ts";

/**
 * `pnpm test:load`: everything on loopback, bounded, stopping by itself. LOAD_SECONDS,
 * LOAD_CONNECTIONS and FUZZ_RUNS shrink it for a quick try.
 */
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 10_000);
const failures: string[] = [];
const log = (line: string) => console.log(`[load] ${line}`);

await preflight();
log(`kill -9 during an import of 1,000 vendors and 1,000 flows, and ${fuzzRuns} generated GraphQL requests and data-map files`);
if (!(await fullSizeTests({ fuzzRuns, crashVendors: 1000 }))) failures.push("crash or fuzz tests failed (see above)");

log("starting two replicas on PostgreSQL and Redis");
const cluster = await startCluster();
try {
  log(`${connections} connections for ${seconds} s on each of two routes, replica A`);
  const figures = await traffic(cluster, { seconds, connections });
  console.table(figures.map(({ name, requests, perSecond, p50, p99, errors, non2xx }: Figures) => ({ route: name, requests, "req/s": perSecond, "p50 ms": p50, "p99 ms": p99, errors, non2xx })));
  for (const run of figures) if (run.errors + run.non2xx > 0) failures.push(`${run.name}: ${run.errors} errors, ${run.non2xx} non-2xx answers`);

  log("restarting PostgreSQL under traffic");
  const restart = await postgresRestart(cluster);
  log(`PostgreSQL restarted in ${restart.restartMs} ms; replicas ready again ${restart.recoveredMs} ms after the restart began (red for ${restart.redMs} ms); queries: ${restart.ok} ok, ${restart.failed} failed while it was down`);

  log("stopping Redis under traffic");
  const redis = await redisStop(cluster);
  log(`both replicas logged "subscriptions are degraded" within ${redis.degradedMs} ms; ready again ${redis.recoveredMs} ms after Redis restarted; queries: ${redis.ok} ok, ${redis.failed} failed`);
} catch (error) {
  failures.push((error as Error).message);
} finally {
  await cluster.stop();
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`[load] FAILED: ${failure}`);
  process.exit(1);
}
log("all load, fault and fuzz runs passed");
process.exit(0);
