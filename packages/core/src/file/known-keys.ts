import type { z } from "zod";
import { dataMapSchema } from "../map/schema.ts";
import { editDistance, tolerance } from "../reference/suggest.ts";

type Schema = z.core.$ZodType;

/** The object schema a value at `path` is checked against, looking through defaults, transforms and lists. */
function objectAt(schema: Schema, path: readonly (string | number)[]): z.core.$ZodObject | undefined {
  const def = schema._zod.def;
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
    case "prefault":
    case "readonly":
      return objectAt((def as z.core.$ZodOptionalDef).innerType, path);
    case "pipe":
      return objectAt((def as z.core.$ZodPipeDef).in, path);
    case "union":
      // Localized text is a string or an object; only the object has keys.
      for (const option of (def as z.core.$ZodUnionDef).options) {
        const found = objectAt(option, path);
        if (found) return found;
      }
      return undefined;
    case "array": {
      if (path.length === 0) return undefined;
      return objectAt((def as z.core.$ZodArrayDef).element, path.slice(1));
    }
    case "object": {
      const object = schema as z.core.$ZodObject;
      if (path.length === 0) return object;
      const [field, ...rest] = path;
      const next = typeof field === "string" ? object._zod.def.shape[field] : undefined;
      return next ? objectAt(next, rest) : undefined;
    }
    default:
      return undefined;
  }
}

/** The keys the data-map file allows at `path`, in the schema's order: ["slug", "name", …]. */
export function knownKeysAt(path: readonly (string | number)[], schema: Schema = dataMapSchema): string[] {
  const object = objectAt(schema, path);
  return object ? Object.keys(object._zod.def.shape) : [];
}

const squash = (key: string) => key.toLowerCase().replace(/[^a-z0-9$]/g, "");

/**
 * The known key an unknown one was most likely meant to be: same letters in another case or
 * with `_`/`-` ("processing_countries"), or a typo within a few edits ("webiste").
 */
export function closestKey(unknown: string, known: readonly string[]): string | undefined {
  const wanted = squash(unknown);
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = editDistance(wanted, squash(key));
    if (distance <= tolerance(wanted.length) && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}
