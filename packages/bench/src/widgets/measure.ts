import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { chromium } from "playwright";
import { labelsFor, publicProjection, syntheticMap, type DataMap, type PublicMapDocument } from "@datamap/core";
import { notes } from "../notes.ts";
import { kb, ms, ratio, timing, verdict, type Section } from "../report.ts";
import { summarize } from "../stats.ts";

export interface WidgetsSize {
  vendors: number;
  flows: number;
  runs: number;
}

const bundle = fileURLToPath(new URL("../../../widgets/dist/datamap-widgets.js", import.meta.url));
const inPage = fileURLToPath(new URL("in-page.js", import.meta.url));
/** The widgets' own gzip budget (packages/widgets/scripts/size.mjs). */
const budget = 35 * 1024;
const targets = { table: 50, diagram: 200 };

/** Everything public, nothing ended: the table shows every vendor, the diagram every flow. */
function inlineDocument(map: DataMap): string {
  const shown = { ...map, vendors: map.vendors.map((vendor) => ({ ...vendor, public: true, status: vendor.status === "ended" ? ("active" as const) : vendor.status })) };
  const projected = publicProjection(shown);
  const document: PublicMapDocument = { format: "datamap/public-map@1", release: null, map: projected, labels: labelsFor(projected), upcoming: [], links: {} };
  return JSON.stringify(document);
}

export function ensureBundle(): string {
  if (!existsSync(bundle)) execFileSync("pnpm", ["--filter", "@datamap/widgets", "build"], { stdio: "inherit" });
  return readFileSync(bundle, "utf8");
}

/** Size of the embed script, and render times of both widgets in headless Chromium against plain DOM by hand. */
export async function measureWidgets(size: WidgetsSize): Promise<Section> {
  const script = ensureBundle();
  const gzip = gzipSync(script, { level: 9 }).length;
  const brotli = brotliCompressSync(script).length;
  const table = inlineDocument(syntheticMap({ vendors: size.vendors, flows: size.vendors * 3, seed: 11 }));
  const diagram = inlineDocument(syntheticMap({ vendors: Math.ceil(size.flows / 3), flows: size.flows, systems: 5, subjects: 3, seed: 11 }));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: script, type: "module" });
    await page.addScriptTag({ path: inPage });
    await page.waitForFunction(() => customElements.get("datamap-vendor-table") && customElements.get("datamap-flow-diagram"));
    const render = async (tag: string, kind: "table" | "diagram", text: string) => {
      const widget: number[] = [];
      const byHand: number[] = [];
      let rows = 0;
      for (let run = -2; run < size.runs; run++) {
        const drawn = await page.evaluate((args) => (globalThis as never as Bench).datamapBench.renderWidget(args), { tag, text });
        const plain = await page.evaluate((args) => (globalThis as never as Bench).datamapBench.renderByHand(args), { kind, text });
        if (run < 0) continue; // warm-up
        widget.push(drawn.ms);
        byHand.push(plain.ms);
        rows = drawn.rows;
      }
      return { widget: summarize(widget), byHand: summarize(byHand), rows };
    };
    const tableTimes = await render("datamap-vendor-table", "table", table);
    const diagramTimes = await render("datamap-flow-diagram", "diagram", diagram);
    const row = (label: string, { widget, byHand, rows }: typeof tableTimes, target: number, drawn: string) =>
      [label, `${rows} ${drawn} drawn`, timing(byHand), timing(widget), ratio(widget.median / byHand.median), verdict(widget.p99, target, "lower", ms), `N=${widget.runs}`];
    return {
      title: "Widgets",
      method: `The embed script \`packages/widgets/dist/datamap-widgets.js\` (Lit and dagre inside), and render times in headless Chromium (${await browser.version()}): from creating the element, with the public map inline as its JSON child, to \`updateComplete\` and the next animation frame, layout forced there. The baseline parses the same JSON and draws it by hand as plain DOM: a table, or an SVG of boxes on a grid joined by straight lines. Targets are on the p99, after two warm-up renders.`,
      columns: ["measure", "size", "by hand (baseline)", "widget", "× baseline", "target", "runs"],
      rows: [
        ["embed script, gzip", `${kb(script.length)} raw, ${kb(brotli)} brotli`, "", kb(gzip), `${ratio(gzip / budget)} of the budget`, verdict(gzip, budget, "lower", kb), ""],
        row(`\`<datamap-vendor-table>\`, ${size.vendors} vendors`, tableTimes, targets.table, "rows"),
        row(`\`<datamap-flow-diagram>\`, ${size.flows} flows`, diagramTimes, targets.diagram, "edges"),
      ],
      notes: tableTimes.widget.p99 > targets.table || diagramTimes.widget.p99 > targets.diagram ? [notes.widgets] : [],
      figures: {
        gzip,
        table: tableTimes.widget.median,
        "table by hand": tableTimes.byHand.median,
        diagram: diagramTimes.widget.median,
        "diagram by hand": diagramTimes.byHand.median,
      },
    };
  } finally {
    await browser.close();
  }
}

interface Bench {
  datamapBench: Record<"renderWidget" | "renderByHand", (args: unknown) => Promise<{ ms: number; rows: number }>>;
}
