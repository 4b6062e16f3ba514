import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { Redis } from "ioredis";

/** The machine's Redis that replica tests share, each run under its own key prefix. */
export const testRedisUrl = () => process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/0";
export const runPrefix = () => `datamap-test-${randomBytes(4).toString("hex")}:`;

/** Fails (never skips) with what to do when Redis is not there. */
export async function requireRedis(url = testRedisUrl()): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new Error(
      `The replica tests need Redis at ${url} (${(error as Error).message}). Start it with ` +
        '`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no` (as .ci/run does), ' +
        "or point TEST_REDIS_URL at another one.",
    );
  } finally {
    client.disconnect();
  }
}

/** A Redis of this test's own on a free loopback port, which it may stop and start at will. */
export async function privateRedis() {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const redis = {
    url: `redis://127.0.0.1:${port}/0`,
    async start() {
      child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
      await new Promise<void>((resolve, reject) => {
        child!.once("error", (error) => reject(new Error(`redis-server could not start (${error.message}); install it: apt-get install -y redis-server`)));
        const poll = () => void requireRedis(redis.url).then(resolve, () => setTimeout(poll, 50));
        poll();
      });
    },
    async stop() {
      if (!child) return;
      const exited = new Promise((resolve) => child!.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
      child = undefined;
    },
  };
  await redis.start();
  return redis;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
