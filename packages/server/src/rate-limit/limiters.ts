import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { HttpConfig } from "../config.ts";
import type { RedisConnections } from "../redis/connect.ts";

export type Bucket = "ip" | "token" | "failures";

/** Allowed, or refused with the seconds until the caller may try again. */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimits {
  consume(bucket: Bucket, key: string): Promise<Verdict>;
  /** Whether `key` is refused now, without spending anything. */
  blocked(bucket: Bucket, key: string): Promise<Verdict>;
}

const windowSeconds = 60;
// Failed sign-ins per address and minute; stops guessing tokens, and rotating bogus tokens to dodge the address limit.
const failuresPerMinute = 20;

/**
 * Fixed one-minute windows per bucket and key. With Redis the counts are shared by all
 * replicas; while Redis is away each replica counts in memory (the insurance limiter).
 */
export function createRateLimits({ perIp, perToken }: HttpConfig["rateLimits"], redis?: RedisConnections): RateLimits {
  const limiter = (bucket: Bucket, points: number): RateLimiterAbstract | undefined => {
    if (points === 0) return undefined;
    const options = { points, duration: windowSeconds, keyPrefix: `${redis?.prefix ?? ""}rate:${bucket}` };
    const memory = new RateLimiterMemory(options);
    return redis ? new RateLimiterRedis({ ...options, storeClient: redis.commands, insuranceLimiter: memory, rejectIfRedisNotReady: true }) : memory;
  };
  const limiters: Record<Bucket, RateLimiterAbstract | undefined> = {
    ip: limiter("ip", perIp),
    token: limiter("token", perToken),
    failures: perIp === 0 ? undefined : limiter("failures", failuresPerMinute),
  };
  const verdict = (result: RateLimiterRes | null, exceeded: boolean): Verdict =>
    exceeded && result ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) } : { allowed: true };
  return {
    async consume(bucket, key) {
      const limiter = limiters[bucket];
      if (!limiter) return { allowed: true };
      return limiter.consume(key).then(
        () => ({ allowed: true }),
        (rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) return verdict(rejection, true);
          throw rejection;
        },
      );
    },
    async blocked(bucket, key) {
      const limiter = limiters[bucket];
      const result = limiter ? await limiter.get(key) : null;
      return verdict(result, !!limiter && !!result && result.consumedPoints >= limiter.points);
    },
  };
}
