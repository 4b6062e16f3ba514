import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { Webhook } from "standardwebhooks";
import { allowPrivateReceivers, guardedLookup, isPublicAddress, WebhookUrlError } from "./address.ts";

export interface SendResult {
  statusCode: number | null;
  error: string | null;
  /** The start of the response body, for the attempt log. */
  responseBody: string | null;
}

const timeoutMs = 10_000;
const keptResponse = 1000;

/** Signs a body per Standard Webhooks and POSTs it once. Never throws: failures are results. */
export async function sendSigned(url: string, secret: string, messageId: string, payload: string, now = new Date()): Promise<SendResult> {
  const target = new URL(url);
  const allowPrivate = allowPrivateReceivers();
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(host) && !isPublicAddress(host)) {
    return { statusCode: null, error: new WebhookUrlError(`${host} is not a public address.`).message, responseBody: null };
  }
  const headers = {
    "content-type": "application/json",
    "user-agent": "datamap-webhooks",
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(messageId, now, payload),
  };
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    const outgoing = send(target, { method: "POST", headers, lookup: guardedLookup(allowPrivate), timeout: timeoutMs }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        if (body.length < keptResponse) body += chunk;
      });
      response.on("end", () => {
        const statusCode = response.statusCode ?? null;
        const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
        resolve({ statusCode, error: ok ? null : `HTTP ${statusCode}`, responseBody: body.slice(0, keptResponse) || null });
      });
      response.on("error", (error) => resolve({ statusCode: response.statusCode ?? null, error: error.message, responseBody: null }));
    });
    outgoing.on("timeout", () => outgoing.destroy(new Error(`no response within ${timeoutMs / 1000} s`)));
    outgoing.on("error", (error: NodeJS.ErrnoException) => resolve({ statusCode: null, error: error.code ? `${error.code}: ${error.message}` : error.message, responseBody: null }));
    outgoing.end(payload);
  });
}
