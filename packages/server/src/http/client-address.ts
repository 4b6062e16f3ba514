import type { IncomingMessage } from "node:http";

const hasSocket = (value: unknown): value is { req: IncomingMessage } =>
  typeof value === "object" && value !== null && "req" in value && typeof (value as { req?: { socket?: unknown } }).req?.socket === "object";

/** The socket's peer of a request yoga got from node:http; "local" for `app.fetch` without one. */
export const peerAddress = (serverContext: unknown): string => (hasSocket(serverContext) ? (serverContext.req.socket.remoteAddress ?? "unknown") : "local");

/**
 * The caller's address: the socket's peer, or, behind `trustedHops` proxies that each append
 * to X-Forwarded-For, the entry the nearest untrusted hop wrote. Entries further left are the
 * caller's own claim and are not believed.
 */
export function clientAddress(peer: string, forwardedFor: string | null | undefined, trustedHops: number): string {
  if (trustedHops === 0) return peer;
  const forwarded = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustedHops] ?? forwarded[0] ?? peer;
}
