import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { clientAddress, peerAddress } from "../http/client-address.ts";
import { observeRequest } from "../metrics/registry.ts";
import { securityHeaders } from "../plugins/use-security-headers.ts";
import type { RateLimits } from "../rate-limit/limiters.ts";
import { publicBase } from "../releases/links.ts";
import type { App } from "../yoga.ts";
import { cachedAnswer, type CachedAnswer, type PublicDocument } from "./conditional.ts";

export interface PublicDocumentsFirstOptions {
  documents: PublicDocument[];
  /** The app's own, so that a caller has one budget on both paths. */
  limits: RateLimits;
  trustProxyHops: number;
}

/**
 * node:http's listener: anonymous GET and HEAD of the public documents answered from memory,
 * everything else by yoga, whose adapter, plugin chain and route table cost a document about a
 * third of its CPU. Kept from them: the rate limit per address, the security headers, the
 * metrics, and the answer itself (`cachedAnswer`). Whatever is not a 200 or 304 goes on to yoga:
 * tokens, other methods and paths, failures, and refusals, which yoga refuses again the same way
 * (a spent bucket stays spent), so that a 429 has one source.
 */
export function publicDocumentsFirst(app: Pick<App, "requestListener">, { documents, limits, trustProxyHops }: PublicDocumentsFirstOptions): RequestListener {
  const byPath = new Map(documents.map((document) => [document.path, document]));

  async function fromMemory(document: PublicDocument, request: IncomingMessage): Promise<CachedAnswer | undefined> {
    // The request's URL as yoga builds it, without building a whole Request for it.
    const body = await document.body(publicBase({ url: `http://${request.headers.host}${request.url}` }));
    const verdict = await limits.consume("ip", clientAddress(peerAddress({ req: request }), String(request.headers["x-forwarded-for"] ?? ""), trustProxyHops));
    return verdict.allowed ? cachedAnswer(request.method!, request.headers["if-none-match"], body, document) : undefined;
  }

  return (request, response) => {
    const document = answerable(request) && byPath.get(pathOf(request.url!));
    if (!document) return void app.requestListener(request, response);
    const startedAt = performance.now();
    fromMemory(document, request).then(
      (answer) => {
        if (!answer) return void app.requestListener(request, response);
        send(response, answer);
        observeRequest(request.method!, document.path, answer.status, startedAt);
      },
      () => void app.requestListener(request, response),
    );
  };
}

const answerable = ({ method, headers }: IncomingMessage) => (method === "GET" || method === "HEAD") && headers.host !== undefined && headers.authorization === undefined;

function pathOf(url: string): string {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}

const security = Object.entries(securityHeaders);

function send(response: ServerResponse, { status, headers, body }: CachedAnswer): void {
  // Added to the answer's own headers: an object spread from several makes Node's writeHead slower.
  for (const [name, value] of security) headers[name] ??= value;
  if (body) headers["content-length"] = String(body.byteLength);
  response.writeHead(status, headers);
  response.end(body);
}
