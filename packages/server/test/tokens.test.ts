import { describe, expect, it } from "vitest";
import { db } from "../src/db/index.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);

async function asToken(token: string | null, query: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await api.app.fetch("http://datamap.test/graphql", { method: "POST", headers, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
}

const create = (args: string) => api.graphql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
  `mutation { createApiToken(${args}) { token apiToken { id name role } } }`, {}, { role: "ADMIN" },
);

describe("tokens", () => {
  it("are shown once and stored only as a hash", async () => {
    const { data } = await create(`name: "dashboard", role: READER`);
    const { token, apiToken } = data!.createApiToken;
    expect(token).toMatch(/^dm_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    const secret = token.split("_").slice(2).join("_");
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await asToken(token, "{ vendors { totalCount } }")).data).toEqual({ vendors: { totalCount: 3 } });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt).toBeInstanceOf(Date);
    const listed = await api.graphql<{ apiTokens: Record<string, unknown>[] }>(`{ apiTokens { id name role } }`, {}, { role: "ADMIN" });
    expect(JSON.stringify(listed.data)).not.toContain(secret);
  });

  it("stop working when revoked or expired, or when the secret is wrong", async () => {
    const { data } = await create(`name: "short-lived", role: EDITOR`);
    const { token, apiToken } = data!.createApiToken;
    const wrong = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    expect((await asToken(wrong, "{ vendors { totalCount } }")).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    await api.graphql(`mutation { revokeApiToken(id: "${apiToken.id}") { revokedAt } }`, {}, { role: "ADMIN" });
    const revoked = await asToken(token, "{ vendors { totalCount } }");
    expect(revoked.errors?.[0]).toMatchObject({ message: 'The token "short-lived" was revoked.', extensions: { code: "UNAUTHENTICATED" } });
    const soon = await create(`name: "expiring", role: READER, expiresAt: "${new Date(Date.now() + 1500).toISOString()}"`);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const expired = await asToken(soon.data!.createApiToken.token, "{ vendors { totalCount } }");
    expect(expired.errors?.[0]?.message).toMatch(/^The token "expiring" expired at/);
  });

  it("refuses a malformed header, and anonymous callers get reference data only", async () => {
    const response = await api.app.fetch("http://datamap.test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Token abc" },
      body: JSON.stringify({ query: "{ countries { code } }" }),
    });
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Authorization: Bearer <token>/);
    expect((await asToken(null, "{ vendors { totalCount } }")).errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect((await asToken(null, `{ taxonomyEntry(kind: DATA_CATEGORY, key: "user") { key } }`)).data).toEqual({ taxonomyEntry: { key: "user" } });
  });

  it("accept the bootstrap admin token from DATAMAP_ADMIN_TOKEN", async () => {
    process.env.DATAMAP_ADMIN_TOKEN = "a-long-random-bootstrap-secret-for-the-first-admin";
    try {
      const created = await asToken(process.env.DATAMAP_ADMIN_TOKEN, `mutation { createApiToken(name: "first", role: ADMIN) { apiToken { createdBy } } }`);
      expect(created.data).toEqual({ createApiToken: { apiToken: { createdBy: "DATAMAP_ADMIN_TOKEN" } } });
    } finally {
      delete process.env.DATAMAP_ADMIN_TOKEN;
    }
  });
});
