import { createHash } from "node:crypto";
import type { Plugin } from "graphql-yoga";
import { parseToken } from "../auth/tokens.ts";
import { clientAddress, peerAddress } from "../http/client-address.ts";
import { errorResponse } from "../http/error-response.ts";
import type { RateLimits, Verdict } from "../rate-limit/limiters.ts";

// Probes and scrapes are the load balancer's and Prometheus's, not callers'.
const exempt = new Set(["/healthz", "/readyz", "/metrics"]);

/**
 * Counts each request against its token (when it sends one) or else its address, and answers
 * 429 with Retry-After once a bucket is spent. Failed sign-ins are counted per address too;
 * too many and that address's token requests are refused until the window ends.
 */
export function useRateLimit({ limits, trustProxyHops, onLimited }: { limits: RateLimits; trustProxyHops: number; onLimited?: (bucket: string) => void }): Plugin {
  const addresses = new WeakMap<Request, string>();
  const refuse = (verdict: Extract<Verdict, { allowed: false }>, why: string) =>
    errorResponse(429, "RATE_LIMITED", `Too many requests ${why}; try again in ${verdict.retryAfterSeconds} s.`, { "retry-after": String(verdict.retryAfterSeconds) });
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (exempt.has(url.pathname) || request.method === "OPTIONS") return;
      const address = clientAddress(peerAddress(serverContext), request.headers.get("x-forwarded-for"), trustProxyHops);
      const token = bearerToken(request.headers.get("authorization"));
      if (token) {
        addresses.set(request, address);
        const failures = await limits.blocked("failures", address);
        if (!failures.allowed) return (onLimited?.("failures"), endResponse(refuse(failures, "with tokens that are not valid from this address")));
      }
      const verdict = token ? await limits.consume("token", tokenKey(token)) : await limits.consume("ip", address);
      if (!verdict.allowed) {
        onLimited?.(token ? "token" : "ip");
        endResponse(refuse(verdict, token ? "for this token" : "from this address"));
      }
    },
    async onResponse({ request, response }) {
      const address = addresses.get(request);
      if (address && response.status === 401) await limits.consume("failures", address);
    },
  };
}

function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)$/.exec(header ?? "");
  return match?.[1] ?? null;
}

/** A token's id when it has one, else a hash: secrets never become keys in Redis. */
function tokenKey(token: string): string {
  const parsed = parseToken(token);
  return parsed ? `id:${parsed.id}` : `sha:${createHash("sha256").update(token).digest("hex").slice(0, 32)}`;
}
