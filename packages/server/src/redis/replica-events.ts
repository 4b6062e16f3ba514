import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import type { Logger } from "pino";
import type { RedisConnections } from "./connect.ts";

/** JSON that keeps Dates (a Release's timestamps) as Dates on the other replicas. */
export const eventSerializer = {
  stringify: (value: unknown) =>
    JSON.stringify(value, function (this: Record<string, unknown>, key: string, json: unknown) {
      const raw = this[key];
      return raw instanceof Date ? { $date: raw.toISOString() } : json;
    }),
  parse: (text: string): unknown =>
    JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === "object" && Object.keys(value).length === 1 && typeof (value as { $date?: unknown }).$date === "string") {
        return new Date((value as { $date: string }).$date);
      }
      return value;
    }),
};

/**
 * An event target whose events reach every replica through Redis pub/sub. While Redis is away
 * an event still reaches the subscribers of the replica that sent it, so one replica alone
 * keeps working; the others miss it (the connection module logs that they are degraded).
 */
export function replicaEventTarget(redis: RedisConnections, logger: Logger): EventTarget {
  const remote = createRedisEventTarget<CustomEvent>({ publishClient: redis.publisher, subscribeClient: redis.subscriber, serializer: eventSerializer });
  const local = new EventTarget();
  const channel = (type: string) => `${redis.prefix}events:${type}`;
  const dispatchLocally = (type: string, detail: unknown) => local.dispatchEvent(new CustomEvent(type, { detail }));
  return {
    addEventListener(type, listener, options) {
      if (!listener) return;
      remote.addEventListener(channel(type), listener);
      local.addEventListener(type, listener, options);
    },
    removeEventListener(type, listener, options) {
      if (!listener) return;
      remote.removeEventListener(channel(type), listener);
      local.removeEventListener(type, listener, options);
    },
    dispatchEvent(event) {
      const detail: unknown = (event as CustomEvent).detail;
      if (redis.publisher.status !== "ready") return dispatchLocally(event.type, detail);
      // The library's own dispatch leaves a failed publish unhandled; this one falls back.
      redis.publisher.publish(channel(event.type), eventSerializer.stringify(detail ?? null)).catch((error: unknown) => {
        logger.warn({ err: error, event: event.type }, "could not publish an event through redis; only this replica's subscribers get it");
        dispatchLocally(event.type, detail);
      });
      return true;
    },
  };
}
