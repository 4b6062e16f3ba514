import { describe, expect, it } from "vitest";
import { testHttpConfig, type HttpConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { createApp } from "../src/yoga.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);
const appWith = (http: Partial<HttpConfig>) => createApp({ logger: createLogger("silent"), http: { ...testHttpConfig(), ...http } });
const post = (body: string, headers: Record<string, string> = {}): RequestInit => ({ method: "POST", headers: { "content-type": "application/json", ...headers }, body });
const query = (text: string) => JSON.stringify({ query: text });
const firstError = async (response: Response) => ((await response.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]!;

describe("request bodies", () => {
  it("refuses a body over the limit with 413 and says which setting", async () => {
    const app = appWith({ maxBodyBytes: 2048 });
    const big = query(`{ vendors(first: 1) { totalCount } } # ${"x".repeat(4000)}`);
    const declared = await app.fetch("http://datamap.test/graphql", post(big));
    expect(declared.status).toBe(413);
    expect(await firstError(declared)).toMatchObject({ extensions: { code: "PAYLOAD_TOO_LARGE" }, message: expect.stringContaining("DATAMAP_MAX_BODY_BYTES") });
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await app.fetch("http://datamap.test/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: chunked, duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
    const small = await app.fetch("http://datamap.test/graphql", post(query("{ __typename }")));
    expect(await small.json()).toEqual({ data: { __typename: "Query" } });
  });
});

describe("text", () => {
  it("refuses a NUL character, which PostgreSQL cannot store, before anything is written", async () => {
    const input = { slug: "nul", name: { en: "A\u0000B" }, role: "PROCESSOR" };
    const { data, errors } = await api.graphql(`mutation ($input: VendorInput!) { createVendor(input: $input) { slug } }`, { input }, { role: "EDITOR" });
    expect(data).toBeUndefined();
    expect(errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "variables" }, message: expect.stringContaining("U+0000") });
  });
});

describe("refusals", () => {
  it("carry a code even where yoga gives none: an unreadable multipart body, an unsupported type", async () => {
    const multipart = await api.app.fetch("http://datamap.test/graphql", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "" });
    expect(await firstError(multipart)).toMatchObject({ extensions: { code: "BAD_REQUEST" } });
    const text = await api.app.fetch("http://datamap.test/graphql", { method: "POST", headers: { "content-type": "text/csv" }, body: "a,b" });
    expect(text.status).toBe(415);
    expect(await firstError(text)).toMatchObject({ extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } });
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After per address and per token, each its own budget", async () => {
    const app = appWith({ rateLimits: { perIp: 3, perToken: 2 } });
    const anonymous = () => app.fetch("http://datamap.test/api/public/v1/map.json");
    for (let i = 0; i < 3; i++) expect((await anonymous()).status).toBe(200);
    const refused = await anonymous();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await firstError(refused)).toMatchObject({ extensions: { code: "RATE_LIMITED" } });

    const token = await api.tokenFor("READER");
    const asReader = () => app.fetch("http://datamap.test/graphql", post(query("{ vendors { totalCount } }"), { authorization: `Bearer ${token}` }));
    expect((await asReader()).status).toBe(200);
    expect((await asReader()).status).toBe(200);
    expect((await asReader()).status).toBe(429);
    expect((await app.fetch("http://datamap.test/healthz")).status).toBe(200);
  });

  it("refuses tokens from an address after many failed sign-ins", async () => {
    const app = appWith({ rateLimits: { perIp: 1000, perToken: 1000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const bogus = `dm_${i.toString(16).padStart(16, "0")}_${"a".repeat(43)}`;
      statuses.push((await app.fetch("http://datamap.test/graphql", post(query("{ __typename }"), { authorization: `Bearer ${bogus}` }))).status);
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("CORS", () => {
  const preflight = (app: ReturnType<typeof appWith>, origin: string, path = "/graphql") =>
    app.fetch(`http://datamap.test${path}`, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" } });

  it("lets only listed origins send tokens to /graphql; anyone may ask anonymously", async () => {
    const app = appWith({ corsOrigins: ["https://help.example.com"] });
    const listed = await preflight(app, "https://help.example.com");
    expect(listed.headers.get("access-control-allow-origin")).toBe("https://help.example.com");
    expect(listed.headers.get("access-control-allow-headers")).toContain("authorization");
    expect(listed.headers.get("access-control-allow-credentials")).toBeNull();
    const other = await preflight(app, "https://evil.example");
    expect(other.headers.get("access-control-allow-headers")).not.toContain("authorization");
  });

  it("keeps public GET routes open to every origin", async () => {
    const response = await api.app.fetch("http://datamap.test/api/public/v1/map.json", { headers: { origin: "https://anywhere.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("security headers", () => {
  it("puts a CSP on the demo page that allows its own script and inline style only", async () => {
    const response = await api.app.fetch("http://datamap.test/");
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(await response.text()).toContain("<datamap-vendor-table");
  });

  it("puts one on GraphiQL that admits its editor's CDN, and nosniff on JSON", async () => {
    const graphiql = await api.app.fetch("http://datamap.test/graphql", { headers: { accept: "text/html" } });
    expect(graphiql.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-[^']+' 'sha256-[^']+' https:\/\/unpkg\.com/);
    const json = await api.app.fetch("http://datamap.test/graphql", post(query("{ __typename }")));
    expect(json.headers.get("x-content-type-options")).toBe("nosniff");
    expect(json.headers.get("content-security-policy")).toBeNull();
  });
});
