import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, sha256 } from "../src/index.ts";
import { releaseMap } from "./release-fixture.ts";

describe("canonical JSON", () => {
  it("sorts keys at every level, keeps array order and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,1,{"y":2,"z":1}]},"b":1}');
  });

  it("gives the same bytes however the map's objects were built", () => {
    const map = releaseMap();
    expect(JSON.stringify(reverseKeys(map))).not.toBe(JSON.stringify(map));
    expect(canonicalJson(reverseKeys(map))).toBe(canonicalJson(map));
    expect(sha256(canonicalJson(map))).toBe(createHash("sha256").update(canonicalJson(map)).digest("hex"));
  });

  it("hashes UTF-8 text", () => {
    expect(sha256("Übermittlung")).toBe(createHash("sha256").update(Buffer.from("Übermittlung", "utf8")).digest("hex"));
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([key, field]) => [key, reverseKeys(field)]));
  return value;
}
