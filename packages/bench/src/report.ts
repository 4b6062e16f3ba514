import type { Sample } from "./stats.ts";

/** One measure's table in BENCHMARKS.md, and its raw numbers for the smoke test. */
export interface Section {
  title: string;
  /** What was measured, and how, in a sentence or two. */
  method: string;
  columns: string[];
  rows: string[][];
  /** Every number the section rests on, by name. */
  figures: Record<string, number>;
  /** Misses, caveats and what it would take; one paragraph each. */
  notes?: string[];
}

export const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(2)} ms`);
export const ratio = (value: number) => `${value.toFixed(2)}×`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const count = (value: number) => Math.round(value).toLocaleString("en-US");

/** "12.3 ms (p99 15.0)": a sample's median and 99th percentile. */
export const timing = (sample: Sample) => `${ms(sample.median)} (p99 ${ms(sample.p99)})`;

/** "✓ 42 ms < 100 ms" or "✗ …": a figure against its target, lower or higher being better. */
export function verdict(value: number, target: number, better: "lower" | "higher", format: (n: number) => string): string {
  const met = better === "lower" ? value <= target : value >= target;
  return `${met ? "✓ met" : "✗ missed"} (${better === "lower" ? "≤" : "≥"} ${format(target)})`;
}

export function markdown(machine: string[], sections: Section[]): string {
  const lines = ["# Benchmarks", "", "Written by `pnpm bench` (packages/bench); do not edit by hand. Every ratio compares two figures measured in the same run.", "", ...machine, ""];
  for (const section of sections) {
    lines.push(`## ${section.title}`, "", section.method, "");
    lines.push(`| ${section.columns.join(" | ")} |`, `|${section.columns.map(() => " --- ").join("|")}|`);
    for (const row of section.rows) lines.push(`| ${row.join(" | ")} |`);
    lines.push("");
    for (const note of section.notes ?? []) lines.push(note, "");
  }
  return lines.join("\n");
}
