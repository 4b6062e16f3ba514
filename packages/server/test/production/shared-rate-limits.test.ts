import { afterAll, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { createRateLimits } from "../../src/rate-limit/limiters.ts";
import { connectRedis, type RedisConnections } from "../../src/redis/connect.ts";
import { privateRedis, runPrefix } from "./redis.ts";

const connections: RedisConnections[] = [];
const stops: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const redis of connections) await redis.close();
  for (const stop of stops) await stop();
});

it("counts one budget across replicas through Redis, and each replica's own while Redis is away", async () => {
  const redis = await privateRedis();
  stops.push(() => redis.stop());
  const prefix = runPrefix();
  const replicas = await Promise.all([0, 1].map(async () => {
    const connected = await connectRedis({ url: redis.url, prefix }, createLogger("silent"));
    connections.push(connected);
    return createRateLimits({ perIp: 3, perToken: 3 }, connected);
  }));
  const [a, b] = replicas as [ReturnType<typeof createRateLimits>, ReturnType<typeof createRateLimits>];
  expect(await a.consume("ip", "203.0.113.9")).toEqual({ allowed: true });
  expect(await b.consume("ip", "203.0.113.9")).toEqual({ allowed: true });
  expect(await a.consume("ip", "203.0.113.9")).toEqual({ allowed: true });
  expect(await b.consume("ip", "203.0.113.9")).toMatchObject({ allowed: false, retryAfterSeconds: expect.any(Number) });

  await redis.stop();
  await new Promise((resolve) => setTimeout(resolve, 200));
  for (let i = 0; i < 3; i++) expect(await a.consume("ip", "198.51.100.7")).toEqual({ allowed: true });
  expect((await a.consume("ip", "198.51.100.7")).allowed).toBe(false);
  expect(await b.consume("ip", "198.51.100.7")).toEqual({ allowed: true });
});
