import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { closeDatabase, db, openDatabase } from "./db/index.ts";
import { readConfig, type ServerConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { readMapFile } from "./map/seed.ts";
import { seedAndPublish } from "./releases/seed.ts";
import { startWebhookWorker, type WebhookWorkerOptions } from "./webhooks/worker.ts";
import { createApp } from "./yoga.ts";

export interface ServeOptions {
  /** A data-map file to seed an empty database from. */
  seed?: string;
  /** Instead of reading the environment. */
  config?: ServerConfig;
  /** How often the webhook worker looks for work, and its retry schedule. */
  webhooks?: Omit<WebhookWorkerOptions, "logger">;
}

/** Opens the database, seeds it if empty, and serves until SIGTERM or SIGINT. */
export async function serve({ seed, config = readConfig(), webhooks: webhookOptions }: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const logger = createLogger();
  const map = seed ? await readMapFile(seed) : undefined;
  const { migrated } = await openDatabase(config.database);
  if (migrated.length > 0) logger.info({ migrations: migrated }, "database migrated");
  const seeded = map && (await seedAndPublish(db(), map));
  if (seeded) logger.info({ file: seed, vendors: map.vendors.length, release: seeded.release }, "database seeded");

  const app = createApp({ logger });
  const webhooks = startWebhookWorker({ ...webhookOptions, logger });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  logger.info({ url: `${url}/graphql`, database: config.database.kind }, "datamap is listening");

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      logger.info("shutting down");
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.dispose();
      await webhooks.stop();
      await closeDatabase();
    })());
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
  return { url, close };
}
