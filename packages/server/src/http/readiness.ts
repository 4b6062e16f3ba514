import { connection } from "../db/index.ts";
import { pingRedis, type RedisConnections } from "../redis/connect.ts";

const timeoutMs = 2000;

const within = <T>(work: Promise<T>, fallback: T) =>
  Promise.race([work.catch(() => fallback), new Promise<T>((resolve) => setTimeout(() => resolve(fallback), timeoutMs).unref())]);

/**
 * `/readyz`: 200 while the database (and Redis, when configured) answer, 503 naming what does
 * not. Asked afresh each time, so it turns green again by itself; red from the start of a
 * shutdown, so that load balancers stop sending requests.
 */
export function readinessCheck({ redis, shuttingDown }: { redis?: RedisConnections; shuttingDown: () => boolean }) {
  return async (): Promise<Response> => {
    const [database, cache] = await Promise.all([
      within(connection().query("select 1").then(() => true), false),
      redis ? pingRedis(redis, timeoutMs) : Promise.resolve(undefined),
    ]);
    const report = {
      status: shuttingDown() ? "shutting down" : database && cache !== false ? "ready" : "unavailable",
      database: database ? "ok" : "unreachable",
      ...(cache === undefined ? {} : { redis: cache ? "ok" : "unreachable" }),
    };
    return new Response(JSON.stringify(report), {
      status: report.status === "ready" ? 200 : 503,
      headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
    });
  };
}
