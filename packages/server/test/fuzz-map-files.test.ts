import fc from "fast-check";
import { parseDataMap } from "@datamap/core";
import { expect, it } from "vitest";
import { connection, db } from "../src/db/index.ts";
import { seedMap } from "../src/map/seed.ts";
import { fingerprint, Tally } from "./fuzz/fingerprint.ts";
import { mapFileText } from "./fuzz/map-files.ts";
import { useApp } from "./harness.ts";

useApp();
const runs = Number(process.env.FUZZ_RUNS ?? 100);

async function wipe(): Promise<void> {
  await connection().exec(`DELETE FROM "Flow"; DELETE FROM "Node"; DELETE FROM "FunctionGroup"; DELETE FROM "Setting";`);
}

it(`${runs} generated data-map files: each is refused with located problems, or written whole; never in part`, { timeout: 60 * 60_000 }, async () => {
  const empty = await fingerprint();
  const tally = new Tally();
  await fc.assert(
    fc.asyncProperty(mapFileText, async (text) => {
      const parsed = parseDataMap(text);
      if (!parsed.ok) {
        expect(parsed.errors.length).toBeGreaterThan(0);
        for (const problem of parsed.errors) expect(problem.message, text).toMatch(/\S/);
        tally.add(parsed.errors.some((problem) => problem.line !== undefined) ? "refused, located" : "refused, whole file");
        return;
      }
      try {
        expect(await seedMap(db(), parsed.map)).toBe(true);
      } catch (error) {
        // The file passed validation but the database refused it: counted, and nothing may remain.
        tally.add(`refused by the database: ${(error as Error).name}`);
        expect(await fingerprint(), `a failed seed wrote: ${text.slice(0, 500)}`).toBe(empty);
        return;
      }
      const [counts] = await connection().query<{ nodes: number; flows: number }>(`SELECT (SELECT count(*)::int FROM "Node") AS nodes, (SELECT count(*)::int FROM "Flow") AS flows`);
      const { map } = parsed;
      expect(counts).toEqual({ nodes: map.vendors.length + map.systems.length + map.subjects.length, flows: map.flows.length });
      tally.add("written whole");
      await wipe();
    }),
    { numRuns: runs, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, endOnFailure: true },
  );
  console.log(tally.report(`Data-map file fuzz: ${runs} files`));
});
