import { readFileSync } from "node:fs";
import { parseDataMap, serializeDataMap, type DataMap } from "@datamap/core";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "../src/db/index.ts";
import { armFailpoint } from "../src/editing/failpoint.ts";
import { exportMap } from "../src/map/export.ts";
import { ImportConflict, importMap } from "../src/map/import.ts";
import { loadMap } from "../src/map/store.ts";
import { openTestDatabase } from "./database.ts";
import { smallMap } from "./fixtures.ts";

const exampleText = readFileSync(new URL("../../../examples/fortrabbit/datamap.yaml", import.meta.url), "utf8");
const ctx = { actor: { name: "datamap import", role: "ADMIN" as const, tokenId: null }, requestId: "import-test" };

function parsed(text: string): DataMap {
  const result = parseDataMap(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

let drop: (() => Promise<void>) | undefined;
async function freshDatabase() {
  await drop?.();
  ({ drop } = await openTestDatabase());
}
afterEach(async () => {
  await drop?.();
  drop = undefined;
});

/** Rows of every table an import writes, to prove that nothing was written. */
const rowCounts = async () => ({
  groups: await db().functionGroup.count(),
  nodes: await db().node.count(),
  flows: await db().flow.count(),
  settings: await db().setting.count(),
  audit: await db().auditEntry.count(),
  versions: (await db().node.aggregate({ _sum: { version: true } }))._sum.version,
});

describe("importing a data map", { timeout: 120_000 }, () => {
  it("round-trips the example byte for byte: export → import into a fresh database → export", async () => {
    await freshDatabase();
    await importMap(parsed(exampleText), { ctx });
    const first = await exportMap("yaml");
    expect(first).toBe(serializeDataMap(parsed(exampleText), "yaml"));

    await freshDatabase();
    await importMap(parsed(first), { ctx });
    expect(await exportMap("yaml")).toBe(first);
    expect(parsed(await exportMap("json"))).toEqual(parsed(first));
  });

  it("changes nothing when the same file comes again", async () => {
    await freshDatabase();
    await importMap(parsed(exampleText), { ctx });
    const before = await rowCounts();
    const again = await importMap(parsed(exampleText), { ctx });
    expect(again.changes).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });

  it("reports created, updated field by field and ended, and audits each entity", async () => {
    await freshDatabase();
    const created = await importMap(smallMap, { ctx });
    expect(created.written).toEqual({ create: 2 + 5 + 4 + 1, update: 0, end: 0, delete: 0 });
    expect(await db().auditEntry.count({ where: { actorName: "datamap import", action: "create" } })).toBe(12);

    const next: DataMap = {
      ...smallMap,
      vendors: smallMap.vendors.filter((vendor) => vendor.slug !== "relay").map((vendor) => (vendor.slug === "aws" ? { ...vendor, processingCountries: ["IE", "DE"], legalName: "AWS EMEA" } : vendor)),
      flows: smallMap.flows.filter((flow) => flow.to !== "relay"),
    };
    const result = await importMap(next, { ctx, prune: true, today: "2026-11-30" });
    expect(result.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "changed", entity: "vendor", id: "aws", field: "legalName", before: "Amazon Web Services EMEA SARL", after: "AWS EMEA" }),
        expect.objectContaining({ type: "item-added", entity: "vendor", id: "aws", field: "processingCountries", item: "DE" }),
        expect.objectContaining({ type: "ended", entity: "vendor", id: "relay" }),
        expect.objectContaining({ type: "removed", entity: "flow", id: "mailer->relay" }),
      ]),
    );
    expect(result.written).toEqual({ create: 0, update: 1, end: 1, delete: 1 });
    const relay = (await loadMap(db())).vendors.find((vendor) => vendor.slug === "relay");
    expect(relay).toMatchObject({ status: "ended", until: "2026-11-30" });
    expect(await db().auditEntry.findFirst({ where: { entityKey: "relay", action: "end" } })).toMatchObject({ entity: "vendor", actorName: "datamap import" });
  });

  it("keeps what the file leaves out unless told to prune", async () => {
    await freshDatabase();
    await importMap(smallMap, { ctx });
    const result = await importMap({ ...smallMap, vendors: smallMap.vendors.filter((vendor) => vendor.slug !== "relay"), flows: [] }, { ctx });
    expect(result.changes).toEqual([]);
    expect(await db().flow.count()).toBe(smallMap.flows.length);
  });

  it("writes nothing in a dry run, and returns the same diff", async () => {
    await freshDatabase();
    await importMap(smallMap, { ctx });
    const before = await rowCounts();
    const next = { ...smallMap, vendors: smallMap.vendors.slice(1), flows: smallMap.flows.slice(0, 1) };
    const dry = await importMap(next, { ctx, prune: true, dryRun: true, today: "2026-11-30" });
    expect(dry.dryRun).toBe(true);
    expect(dry.changes.length).toBeGreaterThan(0);
    expect(await rowCounts()).toEqual(before);
    expect((await importMap(next, { ctx, prune: true, today: "2026-11-30" })).changes).toEqual(dry.changes);
  });

  it("writes nothing when it fails half-way", async () => {
    await freshDatabase();
    await importMap(smallMap, { ctx });
    const before = await rowCounts();
    const map = await loadMap(db());
    armFailpoint("import:half-way");
    const next = { ...smallMap, vendors: smallMap.vendors.map((vendor) => ({ ...vendor, notes: "checked" })), flows: [] };
    await expect(importMap(next, { ctx, prune: true })).rejects.toThrow("failpoint import:half-way tripped");
    expect(await rowCounts()).toEqual(before);
    expect(await loadMap(db())).toEqual(map);
  });

  it("refuses a slug that changes its kind", async () => {
    await freshDatabase();
    await importMap(smallMap, { ctx });
    const next = { ...smallMap, systems: [], vendors: [...smallMap.vendors, { ...smallMap.vendors[0]!, slug: "platform" }], flows: [] };
    await expect(importMap(next, { ctx })).rejects.toThrow(ImportConflict);
  });
});
