import { formatPath, resolveTaxonomyKey, type TaxonomyKind } from "@datamap/core";
import type { z } from "zod";
import { BadUserInputError } from "../schema/errors.ts";

/**
 * Validates mutation input with the data-map file's own schema, so the API and the file accept
 * exactly the same things. The first problem is the error's message and `field`; all of them
 * are in `extensions.issues`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = "input"): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== "symbol");
    return { field: formatPath([prefix, ...path]), message: issue.message };
  });
  const [first] = issues;
  throw new BadUserInputError(`${first!.field}: ${first!.message}`, first!.field, { issues });
}

/** "read as" notes for deprecated taxonomy keys, which the schema quietly rewrote. */
export function replacedKeyWarnings(keys: { kind: TaxonomyKind; field: string; values: readonly string[] | null | undefined }[]): string[] {
  return keys.flatMap(({ kind, field, values }) =>
    (values ?? []).flatMap((key, index) => {
      const resolved = resolveTaxonomyKey(kind, key);
      return resolved?.replacedFrom ? [`${field}[${index}]: "${key}" is deprecated; stored as "${resolved.key}"`] : [];
    }),
  );
}
