import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { closeDatabase, db, openDatabase } from "./db/index.ts";
import { readConfig, type ServerConfig } from "./config.ts";
import { routeMapEvents } from "./events.ts";
import { createLogger } from "./logger.ts";
import { readMapFile } from "./map/seed.ts";
import { connectRedis } from "./redis/connect.ts";
import { replicaEventTarget } from "./redis/replica-events.ts";
import { followPublicChanges } from "./releases/invalidate.ts";
import { seedAndPublish } from "./releases/seed.ts";
import { startWebhookWorker, type WebhookWorkerOptions } from "./webhooks/worker.ts";
import { createNodeApp } from "./yoga.ts";

export interface ServeOptions {
  /** A data-map file to seed an empty database from. */
  seed?: string;
  /** Instead of reading the environment; what it leaves out takes its default. */
  config?: Partial<ServerConfig>;
  /** How often the webhook worker looks for work, and its retry schedule. */
  webhooks?: Omit<WebhookWorkerOptions, "logger">;
}

/** Opens the database (and Redis), seeds it if empty, and serves until SIGTERM or SIGINT. */
export async function serve({ seed, config: overrides, webhooks: webhookOptions }: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const config = overrides ? { ...readConfig({}), ...overrides } : readConfig();
  const logger = createLogger();
  const map = seed ? await readMapFile(seed) : undefined;
  const redis = config.redis && (await connectRedis(config.redis, logger));
  if (redis) routeMapEvents(replicaEventTarget(redis, logger));
  const { migrated } = await openDatabase(config.database);
  if (migrated.length > 0) logger.info({ migrations: migrated }, "database migrated");
  const seeded = map && (await seedAndPublish(db(), map));
  if (seeded) logger.info({ file: seed, vendors: map.vendors.length, release: seeded.release }, "database seeded");

  const shutdown = new AbortController();
  const stopFollowing = followPublicChanges();
  const { app, listener } = createNodeApp({ logger, http: config.http, redis, shutdown: shutdown.signal });
  const webhooks = startWebhookWorker({ intervalMs: config.webhookPollMs, ...webhookOptions, logger });
  const server = createServer(listener);
  // Longer than load balancers keep idle upstream connections, so they never reuse one being closed.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  logger.info({ url: `${url}/graphql`, database: config.database.kind, redis: redis ? "shared" : "off" }, "datamap is listening");

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      logger.info({ timeoutMs: config.shutdownTimeoutMs }, "shutting down: no new connections, ending subscription streams");
      // Readiness turns red and every SSE stream completes, so clients reconnect elsewhere.
      shutdown.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A connection whose stream just ended turns idle; close it then rather than at keep-alive's end.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const drained = await Promise.race([closed.then(() => true), delay(config.shutdownTimeoutMs, false, { ref: false })]);
      clearInterval(sweep);
      if (!drained) {
        logger.warn("requests still open at the shutdown timeout (DATAMAP_SHUTDOWN_TIMEOUT_MS); closing their connections");
        server.closeAllConnections();
        await closed;
      }
      await app.dispose();
      await webhooks.stop();
      await stopFollowing();
      if (redis) {
        routeMapEvents(new EventTarget());
        await redis.close();
      }
      await closeDatabase();
      logger.info("stopped");
    })());
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
  return { url, close };
}
