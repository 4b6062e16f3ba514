import { parseDataMap, serializeDataMap, syntheticMap } from "@datamap/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "../src/db/index.ts";
import { exportMap } from "../src/map/export.ts";
import { importMap } from "../src/map/import.ts";
import { openTestDatabase } from "./database.ts";

let drop: () => Promise<void>;
beforeAll(async () => {
  ({ drop } = await openTestDatabase());
});
afterAll(() => drop());

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Peak resident memory while `work` runs, sampled every 20 ms: an informal measure, for the README. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakRss: number }> {
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakRss: Math.max(peakRss, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

// Size and time are printed, not asserted: CI machines differ. What is asserted is that it all lands.
it("imports a file of 10,000 vendors and 10,000 flows", async () => {
  const text = serializeDataMap(syntheticMap({ vendors: 10_000 }), "yaml");
  const rssBefore = process.memoryUsage().rss;
  const parse = await measured(async () => parseDataMap(text));
  if (!parse.result.ok) throw new Error("the synthetic map does not parse");
  const map = parse.result.map;
  const write = await measured(() => importMap(map, { ctx: { actor: { name: "datamap import", role: "ADMIN", tokenId: null }, requestId: "10k" } }));
  console.log(
    `10k-vendor import (${process.env.DATAMAP_TEST_DATABASE}): file ${mb(Buffer.byteLength(text))}, ` +
      `parse ${parse.seconds.toFixed(1)} s, import ${write.seconds.toFixed(1)} s, ` +
      `RSS before ${mb(rssBefore)}, peak ${mb(Math.max(parse.peakRss, write.peakRss))}`,
  );
  expect(write.result.written.create).toBe(6 + 4 + 5 + 10_000 + 10_000 + 0);
  expect(await db().node.count({ where: { kind: "VENDOR" } })).toBe(10_000);
  expect(await db().auditEntry.count()).toBe(write.result.written.create);
  expect(await exportMap("yaml")).toBe(text);
}, 600_000);
