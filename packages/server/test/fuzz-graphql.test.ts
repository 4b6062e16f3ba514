import fc from "fast-check";
import { expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";
import { smallMap } from "./fixtures.ts";
import { fingerprint, Tally } from "./fuzz/fingerprint.ts";
import { graphqlRequests, type FuzzRequest } from "./fuzz/graphql-requests.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);
// `pnpm test:load` runs 10,000; FUZZ_SEED replays a failing run.
const runs = Number(process.env.FUZZ_RUNS ?? 250);
const internalMessage = "Unexpected error.";

interface Answer {
  errors?: { message?: string; extensions?: { code?: unknown } }[];
  data?: Record<string, unknown> | null;
}

async function prepare(request: FuzzRequest): Promise<() => Promise<Response>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (request.contentType) headers["content-type"] = request.contentType;
  if (request.role === "garbage") headers.authorization = "Bearer dm_0000000000000000_" + "x".repeat(43);
  else if (request.role !== "anonymous") headers.authorization = `Bearer ${await api.tokenFor(request.role)}`;
  if (request.method === "GET") {
    const params = new URLSearchParams(Object.entries(safeParse(request.body) ?? { query: request.body }).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]));
    return async () => api.app.fetch(`http://datamap.test/graphql?${params}`, { headers });
  }
  return async () => api.app.fetch("http://datamap.test/graphql", { method: "POST", headers, body: request.body });
}

function safeParse(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

it(`${runs} generated GraphQL requests: every refusal has a code, nothing unmasked, no partial write`, { timeout: 60 * 60_000 }, async () => {
  const tally = new Tally();
  const masked: string[] = [];
  await fc.assert(
    fc.asyncProperty(graphqlRequests(schema), async (request) => {
      const isMutation = /"query":"mutation/.test(request.body);
      const send = await prepare(request);
      const before = isMutation ? await fingerprint() : "";
      const response = await send();
      const text = await response.text();
      const answer = (safeParse(text) ?? {}) as Answer;
      expect(response.status, text).toBeLessThan(500 + (answer.errors?.every((error) => error.message === internalMessage) ? 1 : 0));
      expect(response.headers.get("content-type") ?? "", `${response.status} ${text}`).toMatch(/json/);
      for (const error of answer.errors ?? []) {
        expect(typeof error.extensions?.code, `an error without a code: ${text}`).toBe("string");
        if (error.extensions?.code === "INTERNAL_SERVER_ERROR") expect(error.message).toBe(internalMessage);
        tally.add(`code ${String(error.extensions?.code)}`);
      }
      if (answer.errors?.some((error) => error.extensions?.code === "INTERNAL_SERVER_ERROR")) masked.push(request.body.slice(0, 300));
      tally.add(`status ${response.status}`);
      const failed = (answer.errors?.length ?? 0) > 0 && !Object.values(answer.data ?? {}).some((value) => value !== null);
      if (isMutation && failed) expect(await fingerprint(), `a refused mutation wrote: ${request.body}`).toBe(before);
    }),
    { numRuns: runs, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, endOnFailure: true },
  );
  console.log(tally.report(`GraphQL fuzz: ${runs} requests, ${masked.length} masked internal errors`));
  for (const body of masked.slice(0, 10)) console.log(`  masked: ${body}`);
});
