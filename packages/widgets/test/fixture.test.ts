import { describe, expect, it } from "vitest";
// Core's runtime, in a test only (the widgets import its types): the modules that run in a
// browser, since the package's index also brings node:crypto for releases.
import { dataMapSchema } from "../../core/src/map/schema.ts";
import { labelsFor } from "../../core/src/public/labels.ts";
import { publicProjection } from "../../core/src/public/projection.ts";
import fortrabbit from "./fixtures/fortrabbit.json";

describe("the fortrabbit fixture", () => {
  it("is a valid data map, already in its public projection", () => {
    const parsed = dataMapSchema.safeParse(fortrabbit.map);
    expect(parsed.error?.issues ?? []).toEqual([]);
    if (parsed.success) expect(publicProjection(parsed.data)).toEqual(parsed.data);
  });

  it("labels every key it uses, with the keys core would label", () => {
    const parsed = dataMapSchema.parse(fortrabbit.map);
    const keys = (record: object) => Object.keys(record).sort();
    const core = labelsFor(parsed);
    expect(keys(fortrabbit.labels.categories)).toEqual(keys(core.categories));
    expect(keys(fortrabbit.labels.purposes)).toEqual(keys(core.purposes));
    expect(keys(fortrabbit.labels.countries)).toEqual(keys(core.countries));
    expect(keys(fortrabbit.labels.mechanisms)).toEqual(keys(core.mechanisms));
    for (const [code, label] of Object.entries(fortrabbit.labels.countries)) {
      expect(label.eea, code).toBe(core.countries[code]?.eea);
      expect(Boolean("adequacy" in label), code).toBe(Boolean(core.countries[code]?.adequacy));
    }
  });
});
