import { describe, expect, it } from "vitest";
import { arrange, nonDecreasing, type Item } from "./layered.ts";

const item = (id: string, layer: number, size = 10): Item => ({ id, layer, size, margin: 2 });

describe("layered layout", () => {
  it("finds the nearest non-decreasing sequence by pooling neighbours that break it", () => {
    expect(nonDecreasing([1, 3, 2, 4])).toEqual([1, 2.5, 2.5, 4]);
    expect(nonDecreasing([5, 1, 0])).toEqual([2, 2, 2]);
    expect(nonDecreasing([])).toEqual([]);
  });

  it("orders a layer so that links do not cross", () => {
    const items = [item("a", 0), item("b", 0), item("y", 1), item("x", 1)];
    const at = arrange(items, [
      ["a", "x"],
      ["b", "y"],
    ]);
    expect(Math.sign((at.get("x") ?? 0) - (at.get("y") ?? 0))).toBe(Math.sign((at.get("a") ?? 0) - (at.get("b") ?? 0)));
  });

  it("keeps items apart by their sizes and margins, and starts at 0", () => {
    const items = [item("a", 0), item("b", 0, 20), item("c", 1)];
    const at = arrange(items, [
      ["a", "c"],
      ["b", "c"],
    ]);
    const [a, b] = [at.get("a") ?? NaN, at.get("b") ?? NaN];
    expect(Math.min(a - 5, b - 10)).toBeCloseTo(0);
    expect(Math.abs(b - a)).toBeGreaterThanOrEqual(5 + 2 + 2 + 10 - 1e-9);
  });

  it("lines a chain up straight, and puts a hub between its neighbours", () => {
    const items = [item("s", 0), item("d1", 1, 0), item("t", 2), item("hub", 0), item("u", 1), item("v", 1)];
    const at = arrange(items, [
      ["s", "d1"],
      ["d1", "t"],
      ["hub", "u"],
      ["hub", "v"],
    ]);
    expect(at.get("d1")).toBeCloseTo(at.get("s") ?? NaN);
    expect(at.get("t")).toBeCloseTo(at.get("s") ?? NaN);
    expect(at.get("hub")).toBeCloseTo(((at.get("u") ?? 0) + (at.get("v") ?? 0)) / 2);
  });
});
