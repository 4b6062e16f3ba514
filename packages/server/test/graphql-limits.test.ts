import { describe, expect, it } from "vitest";
import { testHttpConfig, type IntrospectionMode } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { createApp } from "../src/yoga.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);

describe("GraphQL limits", () => {
  const deep = (levels: number): string => (levels <= 0 ? "slug" : `group { vendors { ${deep(levels - 2)} } }`);
  const nested = (levels: number) => `{ vendors { edges { node { ${deep(levels)} } } } }`;

  it.each([
    ["depth", nested(30), /depth/i],
    ["aliases", `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: vendors(first: 1) { totalCount }`).join(" ")} }`, /aliases/i],
    ["directives", `{ __typename ${"@include(if: true) ".repeat(30)} }`, /directives/i],
    ["tokens", `{ ${"__typename ".repeat(6000)} }`, /token/i],
    ["cost", `{ ${Array.from({ length: 3 }, (_, i) => `v${i}: vendors(first: 500) { edges { node { slug name incomingFlows { key from { slug } categories { key } destinationCountries { code } } } } }`).join(" ")} }`, /cost/i],
  ])("rejects a document over the %s limit with a code, before running it", async (_limit, document, message) => {
    const { data, errors } = await api.graphql(document, {}, { role: "ADMIN" });
    expect(data).toBeUndefined();
    expect(errors?.[0]?.message).toMatch(message);
    expect(errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
  });

  it("lets the usual queries through", async () => {
    const { errors } = await api.graphql(`{ vendors { totalCount edges { node { slug name group { slug } processingCountries { code } } } } }`);
    expect(errors).toBeUndefined();
  });
});

describe("introspection", () => {
  const appWith = (introspection: IntrospectionMode) => createApp({ logger: createLogger("silent"), http: { ...testHttpConfig(), introspection } });
  const ask = async (introspection: IntrospectionMode, token?: string) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await appWith(introspection).fetch("http://datamap.test/graphql", { method: "POST", headers, body: JSON.stringify({ query: "{ __schema { queryType { name } } __typename }" }) });
    return (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
  };

  it("is open to all, to token holders only, or to no one", async () => {
    const token = await api.tokenFor("READER");
    expect((await ask("anonymous")).data).toEqual({ __schema: { queryType: { name: "Query" } }, __typename: "Query" });
    expect((await ask("authenticated")).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect((await ask("authenticated", token)).errors).toBeUndefined();
    expect((await ask("off", token)).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });

  it("still answers __typename to anonymous callers when introspection is off", async () => {
    const response = await appWith("off").fetch("http://datamap.test/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });
});
