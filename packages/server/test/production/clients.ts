import { expect } from "vitest";

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL request over real HTTP, as `token` (or anonymously). */
export async function graphqlAt(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLAnswer> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as GraphQLAnswer;
}

/** A subscription held over server-sent events: its `next` payloads as they come, and whether it completed. */
export async function subscribeAt(baseUrl: string, query: string, token?: string) {
  const headers: Record<string, string> = { accept: "text/event-stream", "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/graphql`, { method: "POST", headers, body: JSON.stringify({ query }), signal: abort.signal });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const events: GraphQLAnswer[] = [];
  let completed = false;
  const reading = (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      buffer += value;
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (block.startsWith("event: next") && data) events.push(JSON.parse(data) as GraphQLAnswer);
        if (block.startsWith("event: complete")) completed = true;
      }
    }
  })();
  return {
    events,
    get completed() {
      return completed;
    },
    /** Resolves when the server ends the stream. */
    ended: reading,
    close: () => abort.abort(),
  };
}
