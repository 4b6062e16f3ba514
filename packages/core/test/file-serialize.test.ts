import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDataMap, serializeDataMap, syntheticMap, type DataMap } from "../src/index.ts";

const example = readFileSync(new URL("../../../examples/fortrabbit/datamap.yaml", import.meta.url), "utf8");

function parsed(text: string): DataMap {
  const result = parseDataMap(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

describe("serializing a data map", () => {
  it.each(["yaml", "json"] as const)("writes %s that parses back to the same map and the same bytes", (format) => {
    const map = parsed(example);
    const text = serializeDataMap(map, format);
    const bySlug = <T extends { slug: string }>(list: T[]) => [...list].sort((a, b) => (a.slug < b.slug ? -1 : 1));
    expect(parsed(text)).toEqual({
      ...map,
      subjects: bySlug(map.subjects),
      systems: bySlug(map.systems),
      vendors: bySlug(map.vendors),
      flows: [...map.flows].sort((a, b) => (a.key < b.key ? -1 : 1)),
    });
    expect(serializeDataMap(parsed(text), format)).toBe(text);
  });

  it("leaves out defaults and writes English-only text as a plain string", () => {
    const text = serializeDataMap(parsed("version: 1\nsubjects: [{ slug: people, name: { en: People } }]\nsystems: [{ slug: app, name: App, public: true }]\nflows: [{ from: people, to: app }]\n"), "yaml");
    expect(text).toBe("version: 1\n\nsubjects:\n  - slug: people\n    name: People\n\nsystems:\n  - slug: app\n    name: App\n\nflows:\n  - from: people\n    to: app\n");
  });

  it("keeps a flow key that is not from->to, and puts the schema reference first", () => {
    const map = parsed("version: 1\nsystems: [{ slug: a, name: A }, { slug: b, name: B, countries: [DE, IE] }]\nflows: [{ key: a->b:backup, from: a, to: b }]\n");
    const yaml = serializeDataMap(map, "yaml", { schemaUrl: "./datamap.schema.json" });
    expect(yaml).toMatch(/^# yaml-language-server: \$schema=\.\/datamap\.schema\.json\n/);
    expect(yaml).toContain("countries: [ DE, IE ]");
    expect(yaml).toContain("key: a->b:backup");
    expect(JSON.parse(serializeDataMap(map, "json", { schemaUrl: "s.json" })).$schema).toBe("s.json");
  });

  it("writes CSV with one row per entry, lists joined, formulas defused", () => {
    const map = parsed(example);
    map.vendors[0]!.notes = '=HYPERLINK("x")';
    const lines = serializeDataMap(map, "csv").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^kind,id,name,name_de,/);
    expect(lines).toHaveLength(1 + map.groups.length + map.subjects.length + map.systems.length + map.vendors.length + map.flows.length);
    expect(lines.find((line) => line.startsWith("vendor,aws,"))).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines.find((line) => line.startsWith("flow,account-holders->platform,"))).toContain("user.name; user.contact.email; user.contact.organization");
  });

  it("writes a large map stably", () => {
    const map = syntheticMap({ vendors: 500 });
    const text = serializeDataMap(map, "yaml");
    expect(serializeDataMap(parsed(text), "yaml")).toBe(text);
  });
});
