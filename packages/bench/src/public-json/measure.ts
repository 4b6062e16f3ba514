import autocannon from "autocannon";
import { syntheticMap, type DataMap } from "@datamap/core";
import { notes } from "../notes.ts";
import { count, kb, ratio, verdict, type Section } from "../report.ts";
import { startApp, startStatic } from "./servers.ts";

export interface PublicJsonSize {
  /** Synthetic maps' vendors (flows: three per vendor), beside the example map. */
  vendors: number[];
  seconds: number;
  connections: number;
}

const target = 0.8;

async function load(url: string, seconds: number, connections: number) {
  const result = await autocannon({ url, duration: seconds, connections });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} answers other than 2xx, ${result.errors} errors`);
  return result.requests.average;
}

/** Requests per second for the app's map.json and for a bare server of the same bytes, in turns. */
async function measureMap(map: DataMap, { seconds, connections }: PublicJsonSize) {
  const app = await startApp(map);
  try {
    const body = await (await fetch(app.url)).text();
    const bare = await startStatic(body);
    try {
      // A short run each first, so that both are warm.
      for (const url of [bare.url, app.url]) await load(url, Math.min(2, seconds), connections);
      const baseline = await load(bare.url, seconds, connections);
      const served = await load(app.url, seconds, connections);
      return { bytes: Buffer.byteLength(body), baseline, served };
    } finally {
      await bare.stop();
    }
  } finally {
    await app.stop();
  }
}

export async function measurePublicJson(size: PublicJsonSize, example: DataMap): Promise<Section> {
  const maps: [string, DataMap][] = [
    ["the example map (fortrabbit)", example],
    ...size.vendors.map((vendors): [string, DataMap] => [`synthetic, ${count(vendors)} vendors`, syntheticMap({ vendors, flows: vendors * 3, seed: 5 })]),
  ];
  const figures: Record<string, number> = {};
  const rows: string[][] = [];
  let missed = false;
  for (const [label, map] of maps) {
    const { bytes, baseline, served } = await measureMap(map, size);
    figures[`${label} app`] = served;
    figures[`${label} baseline`] = baseline;
    missed ||= served / baseline < target;
    rows.push([label, kb(bytes), `${count(baseline)}/s`, `${count(served)}/s`, ratio(served / baseline), verdict(served / baseline, target, "higher", ratio)]);
  }
  return {
    title: "Public JSON throughput",
    method: `\`GET /api/public/v1/map.json\` from \`datamap serve\` on the embedded database (rate limits on, set too high to answer 429), against a bare \`node:http\` server returning the same bytes from memory; each in its own process, loaded with autocannon over loopback, ${size.connections} connections, ${size.seconds} s each after a short warm-up.`,
    columns: ["map", "body", "bare node:http", "datamap", "× baseline", "target"],
    rows,
    figures,
    notes: missed ? [notes.publicJson] : [],
  };
}
