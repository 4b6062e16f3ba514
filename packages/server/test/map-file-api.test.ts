import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "../src/db/index.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

const api = useApp(smallMap);
const example = readFileSync(new URL("../../../examples/fortrabbit/datamap.yaml", import.meta.url), "utf8");

const importMutation = /* GraphQL */ `
  mutation ($yaml: String!, $dryRun: Boolean, $prune: Boolean) {
    importDataMap(yaml: $yaml, dryRun: $dryRun, prune: $prune) {
      dryRun created updated ended deleted warnings
      changes { type entity id field text }
    }
  }
`;

describe("the data-map file over GraphQL", () => {
  it("exports the draft for readers, in every format", async () => {
    const yaml = await api.graphql<{ exportDataMap: string }>(`{ exportDataMap }`);
    expect(yaml.data?.exportDataMap).toMatch(/^version: 1\n/);
    const csv = await api.graphql<{ exportDataMap: string }>(`{ exportDataMap(format: CSV) }`);
    expect(csv.data?.exportDataMap).toMatch(/^kind,id,name,/);
    const anonymous = await api.graphql(`{ exportDataMap }`, {}, { role: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("imports for editors only, and a dry run writes nothing", async () => {
    const denied = await api.graphql(importMutation, { yaml: example, dryRun: true });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const audit = await db().auditEntry.count();
    const dry = await api.graphql<{ importDataMap: { dryRun: boolean; created: number; changes: { type: string }[] } }>(importMutation, { yaml: example, dryRun: true, prune: true }, { role: "EDITOR" });
    expect(dry.data?.importDataMap).toMatchObject({ dryRun: true, created: expect.any(Number) });
    expect(dry.data?.importDataMap.changes.map((change) => change.type)).toContain("ENDED");
    expect(await db().auditEntry.count()).toBe(audit);
    expect(await db().node.count({ where: { slug: "aws" } })).toBe(1);
  });

  it("applies the file, ending what it leaves out with prune", async () => {
    const result = await api.graphql<{ importDataMap: { ended: number; changes: { type: string; id: string; text: string }[] } }>(importMutation, { yaml: example, prune: true }, { role: "EDITOR" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.importDataMap.ended).toBe(3);
    expect(result.data?.importDataMap.changes).toContainEqual(expect.objectContaining({ type: "ENDED", id: "mailer", text: "Vendor ended: Mailer Inc." }));
    const exported = await api.graphql<{ exportDataMap: string }>(`{ exportDataMap }`);
    expect(exported.data?.exportDataMap).toContain("slug: mailer");
  });

  it("answers an invalid file with its line, column and the closest key", async () => {
    const result = await api.graphql(importMutation, { yaml: "version: 1\nvendors:\n  - { slug: a, name: A, role: processor, webiste: https://a.example }\n" }, { role: "EDITOR" });
    expect(result.errors?.[0]).toMatchObject({
      message: 'yaml:3:42 vendors[0].webiste: unknown key "webiste"; did you mean "website"?',
      extensions: { code: "BAD_USER_INPUT", issues: [expect.objectContaining({ line: 3, column: 42 })] },
    });
  });
});

describe("GET /schema/datamap.schema.json", () => {
  it("serves the JSON Schema to anyone, cacheably", async () => {
    const response = await api.app.fetch("http://datamap.test/schema/datamap.schema.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/schema+json");
    expect(response.headers.get("cache-control")).toContain("public");
    const schema = (await response.json()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["$schema", "vendors", "flows"]));
    const again = await api.app.fetch("http://datamap.test/schema/datamap.schema.json", { headers: { "if-none-match": response.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });
});
