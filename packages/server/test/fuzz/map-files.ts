import fc from "fast-check";
import { syntheticMap } from "@datamap/core";
import { stringify } from "yaml";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const junkValues: Json[] = [null, "", "UK", "xx", -1, 1e9, true, [], {}, "user.nope", "a".repeat(500), "ä😀\u0000", "aws", "platform"];

/** Sets `value` at a random path of a JSON tree (an object key, an array slot), or drops it. */
function corrupt(tree: Json, path: number[], value: Json | undefined): Json {
  if (tree === null || typeof tree !== "object" || path.length === 0) return value === undefined ? null : value;
  const [step, ...rest] = path as [number, ...number[]];
  if (Array.isArray(tree)) {
    if (tree.length === 0) return value === undefined ? tree : [value];
    const index = step % tree.length;
    const copy = [...tree];
    if (rest.length === 0 && value === undefined) copy.splice(index, 1);
    else copy[index] = corrupt(tree[index]!, rest, value);
    return copy;
  }
  const keys = Object.keys(tree);
  if (keys.length === 0) return tree;
  const key = keys[step % keys.length]!;
  const copy = { ...tree };
  if (rest.length === 0 && value === undefined) delete copy[key];
  else copy[key] = corrupt(tree[key]!, rest, value);
  return copy;
}

/** A valid synthetic map of a few vendors, as plain JSON. */
const validMap = fc.record({ vendors: fc.integer({ min: 1, max: 6 }), flows: fc.integer({ min: 6, max: 12 }), seed: fc.nat() }).map(
  ({ vendors, flows, seed }) => JSON.parse(JSON.stringify(syntheticMap({ vendors, flows, systems: 2, subjects: 2, seed, faults: 0 }))) as Json,
);

/** Maps with up to three fields changed, dropped or set to junk: some still valid, most not. */
const corruptedMap = fc.tuple(validMap, fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.option(fc.constantFrom(...junkValues), { nil: undefined })), { maxLength: 3 }))
  .map(([map, edits]) => edits.reduce<Json>((tree, [path, value]) => corrupt(tree, path, value), map));

/** The text of a data-map file: valid, corrupted, then sometimes cut or garbled as text, or junk. */
export const mapFileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: validMap.map((map) => stringify(map)) },
  { weight: 5, arbitrary: corruptedMap.map((map) => stringify(map)) },
  { weight: 2, arbitrary: fc.tuple(corruptedMap, fc.nat(), fc.constantFrom("\t", ":", "- ", "{", "&a *a", "\n  x: [", "'")).map(([map, at, insert]) => {
    const text = stringify(map);
    const cut = at % Math.max(1, text.length);
    return text.slice(0, cut) + insert + text.slice(cut);
  }) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value))) },
);
