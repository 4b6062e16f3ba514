import { expect, test } from "vitest";
import { editDistance, normalize, rankByDistance } from "../src/reference/suggest.ts";

test("editDistance counts insertions, deletions, substitutions and swaps", () => {
  expect(editDistance("kitten", "sitting")).toBe(3);
  expect(editDistance("dfp", "dpf")).toBe(1);
  expect(editDistance("", "abc")).toBe(3);
  expect(editDistance("same", "same")).toBe(0);
});

test("normalize drops case, accents and punctuation", () => {
  expect(normalize("Côte d’Ivoire")).toBe("cote d ivoire");
  expect(normalize("Trinidad & Tobago")).toBe("trinidad and tobago");
  expect(normalize(" Straße ")).toBe("strasse");
});

test("rankByDistance keeps close candidates, closest first", () => {
  const ranked = rankByDistance("dpf", [{ key: "bcr", labels: ["bcr"] }, { key: "dpf", labels: ["dfp", "xyz"] }], 2);
  expect(ranked).toEqual([{ key: "dpf", distance: 1 }]);
});
