import type { Plugin } from "graphql-yoga";
import { errorResponse } from "../http/error-response.ts";

/**
 * Refuses request bodies over `maxBytes` with 413, before anything reads them. A declared
 * Content-Length is checked at once; a chunked body is read up to the limit and then passed on.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  const tooLarge = () =>
    errorResponse(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes (DATAMAP_MAX_BODY_BYTES); send less.`);
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (request.method === "GET" || request.method === "HEAD" || !request.body) return;
      const declared = request.headers.get("content-length");
      if (declared !== null) {
        if (Number(declared) > maxBytes) endResponse(tooLarge());
        return;
      }
      const body = await readAtMost(request.body, maxBytes);
      if (!body) return endResponse(tooLarge());
      setRequest(new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }));
    },
  };
}

async function readAtMost(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
