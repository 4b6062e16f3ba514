import type { IncomingMessage } from "node:http";

const hasSocket = (value: unknown): value is { req: IncomingMessage } =>
  typeof value === "object" && value !== null && "req" in value && typeof (value as { req?: { socket?: unknown } }).req?.socket === "object";

/**
 * The caller's address: the socket's peer, or, behind `trustedHops` proxies that each append
 * to X-Forwarded-For, the entry the nearest untrusted hop wrote. Entries further left are the
 * caller's own claim and are not believed.
 */
export function clientAddress(request: Request, serverContext: unknown, trustedHops: number): string {
  const peer = hasSocket(serverContext) ? (serverContext.req.socket.remoteAddress ?? "unknown") : "local";
  if (trustedHops === 0) return peer;
  const forwarded = (request.headers.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return forwarded[forwarded.length - trustedHops] ?? forwarded[0] ?? peer;
}
