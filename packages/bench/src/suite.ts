import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDataMap, type DataMap } from "@datamap/core";
import { measureDashboard, type DashboardSize } from "./dashboard/measure.ts";
import { dashboardSection, databasesSection } from "./dashboard/sections.ts";
import { postgresAvailable } from "./database.ts";
import { measureGraph, type GraphSize } from "./graph.ts";
import { measurePublicJson, type PublicJsonSize } from "./public-json/measure.ts";
import type { Section } from "./report.ts";
import { measureStartup, type StartupSize } from "./startup.ts";
import { measureWidgets, type WidgetsSize } from "./widgets/measure.ts";

export interface Sizes {
  publicJson: PublicJsonSize;
  dashboard: DashboardSize;
  graph: GraphSize;
  widgets: WidgetsSize;
  startup: StartupSize;
}

/** What `pnpm bench` measures: the sizes the issue names, runs enough for a stable median. */
export const full: Sizes = {
  publicJson: { vendors: [1000], seconds: 10, connections: 50 },
  dashboard: { vendors: 1000, flows: 10_000, small: { vendors: 100, flows: 1000 }, runs: 10, concurrency: 8 },
  graph: { nodes: 10_000, flows: 100_000, runs: 10 },
  widgets: { vendors: 500, flows: 300, runs: 10 },
  startup: { runs: 5, vendors: 10_000 },
};

/** What `pnpm test` runs once, so that the suite cannot rot: every measure, in seconds. */
export const tiny: Sizes = {
  publicJson: { vendors: [], seconds: 1, connections: 4 },
  dashboard: { vendors: 30, flows: 90, small: { vendors: 5, flows: 15 }, runs: 2, concurrency: 2 },
  graph: { nodes: 200, flows: 1000, runs: 2 },
  widgets: { vendors: 20, flows: 30, runs: 1 },
  startup: { runs: 1, vendors: 50 },
};

function exampleMap(): DataMap {
  const file = fileURLToPath(new URL("../../../examples/fortrabbit/datamap.yaml", import.meta.url));
  const parsed = parseDataMap(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`${file} is not a valid data map`);
  return parsed.map;
}

export const measures = ["graph", "dashboard", "widgets", "public-json", "startup"] as const;
export type Measure = (typeof measures)[number];

/** Every measure in turn (or only those named), heaviest on the machine last so that it does not slow the others. */
export async function runSuite(sizes: Sizes, log: (line: string) => void = () => {}, only: readonly Measure[] = measures): Promise<Section[]> {
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    log(`${name}…`);
    const result = await work();
    log(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return result;
  };
  const wanted = (measure: Measure) => only.includes(measure);
  const graph = wanted("graph") ? await step("path queries and review", () => measureGraph(sizes.graph)) : undefined;
  const pglite = wanted("dashboard") ? await step("dashboard on PGlite", () => measureDashboard("pglite", sizes.dashboard)) : undefined;
  const postgres = pglite && (await postgresAvailable()) ? await step("dashboard on PostgreSQL", () => measureDashboard("postgres", sizes.dashboard)) : undefined;
  const widgets = wanted("widgets") ? await step("widgets", () => measureWidgets(sizes.widgets)) : undefined;
  const publicJson = wanted("public-json") ? await step("public JSON", () => measurePublicJson(sizes.publicJson, exampleMap())) : undefined;
  const startup = wanted("startup") ? await step("cold start and memory", () => measureStartup(sizes.startup)) : undefined;
  const dashboard = pglite && [dashboardSection(pglite), databasesSection(pglite, postgres)];
  return [publicJson, dashboard?.[0], graph, dashboard?.[1], widgets, startup].filter((section) => section !== undefined);
}
