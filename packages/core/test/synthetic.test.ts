import { describe, expect, test } from "vitest";
import { review, syntheticMap, validateDataMap } from "../src/index.ts";

describe("syntheticMap", () => {
  test("is the same map for the same seed, and a valid data map", () => {
    const map = syntheticMap({ vendors: 200, flows: 2000, systems: 4, subjects: 3, seed: 5 });
    expect(syntheticMap({ vendors: 200, flows: 2000, systems: 4, subjects: 3, seed: 5 })).toEqual(map);
    expect(validateDataMap(JSON.parse(JSON.stringify(map))).ok).toBe(true);
    expect(map.flows).toHaveLength(2000);
  });

  test("has subject groups feeding systems, and onward vendor → vendor flows", () => {
    const map = syntheticMap({ vendors: 100, flows: 1000, systems: 4, subjects: 3 });
    const kinds = (flow: { from: string; to: string }) => `${flow.from.split("-")[0]}→${flow.to.split("-")[0]}`;
    const counts = new Map<string, number>();
    for (const flow of map.flows) counts.set(kinds(flow), (counts.get(kinds(flow)) ?? 0) + 1);
    expect(counts.get("subjects→system")).toBe(12);
    expect(counts.get("vendor→vendor")).toBeGreaterThan(100);
  });

  test("a map without faults passes the review's errors; the default share of faults does not", () => {
    const clean = review(syntheticMap({ vendors: 300, flows: 3000, faults: 0 }));
    expect(clean.summary.bySeverity.error).toBe(0);
    const usual = review(syntheticMap({ vendors: 300, flows: 3000 }));
    expect(usual.summary.bySeverity.error).toBeGreaterThan(0);
    expect(usual.summary.total).toBeLessThan(3000 * 0.2);
  });
});
