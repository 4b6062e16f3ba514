import { Redis, type RedisOptions } from "ioredis";
import type { Logger } from "pino";
import { ConfigError } from "../db/index.ts";

/** The three connections a replica keeps: pub/sub needs one of its own for each direction. */
export interface RedisConnections {
  /** Rate limits and readiness; fails fast while Redis is away, so callers can fall back. */
  commands: Redis;
  publisher: Redis;
  subscriber: Redis;
  /** Before every key and channel, so that deployments (and test runs) can share one Redis. */
  prefix: string;
  close(): Promise<void>;
}

const retry: RedisOptions["retryStrategy"] = (times) => Math.min(100 * times, 2000);

/**
 * Connects and waits until Redis answers; an unreachable Redis stops start-up with one line.
 * Later outages are survived: clients reconnect by themselves and the subscriber logs that
 * subscriptions are degraded until it is back.
 */
export async function connectRedis({ url, prefix }: { url: string; prefix: string }, logger: Logger): Promise<RedisConnections> {
  const failFast: RedisOptions = { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, retryStrategy: retry, lazyConnect: true };
  const commands = new Redis(url, { ...failFast, connectionName: "datamap-commands" });
  const publisher = new Redis(url, { ...failFast, connectionName: "datamap-publisher" });
  // Queues (re)subscriptions while Redis is away, however long that is.
  const subscriber = new Redis(url, { maxRetriesPerRequest: null, connectTimeout: 2000, retryStrategy: retry, lazyConnect: true });
  const clients = [commands, publisher, subscriber];
  for (const client of clients) client.on("error", (error: Error) => logger.debug({ err: error }, "redis client error"));
  let closing = false;
  reportHealth(subscriber, logger, () => closing);

  // QUIT lets replies in flight arrive; with Redis away it would wait for ever, so not then.
  const close = async () => {
    closing = true;
    await Promise.all(
      clients.map(async (client) => {
        if (client.status === "ready") await Promise.race([client.quit().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
        client.disconnect();
      }),
    );
  };
  try {
    await Promise.race([
      Promise.all(clients.map((client) => client.connect())),
      new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 5 s")), 5000).unref()),
    ]);
  } catch (error) {
    for (const client of clients) client.disconnect();
    const { host } = new URL(url);
    throw new ConfigError(`REDIS_URL: cannot reach Redis at ${host}: ${(error as Error).message}`);
  }
  return { commands, publisher, subscriber, prefix, close };
}

/** One line when subscriptions degrade to this replica only, one when they are whole again. */
function reportHealth(subscriber: Redis, logger: Logger, closing: () => boolean): void {
  let healthy = true;
  subscriber.on("close", () => {
    if (!healthy || closing()) return;
    healthy = false;
    logger.warn("redis is unreachable: subscriptions are degraded (events reach subscribers on this replica only) and rate limits are per replica until it is back");
  });
  subscriber.on("ready", () => {
    if (healthy) return;
    healthy = true;
    logger.info("redis is reachable again: subscriptions and rate limits are shared across replicas");
  });
}

/** For readiness: Redis answers PING within `timeoutMs`. */
export async function pingRedis(redis: RedisConnections, timeoutMs = 1000): Promise<boolean> {
  const answer = redis.commands.ping().then(
    (reply) => reply === "PONG",
    () => false,
  );
  return Promise.race([answer, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref())]);
}
