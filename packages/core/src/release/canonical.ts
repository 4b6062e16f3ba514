import { createHash } from "node:crypto";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The one byte form of a value: object keys sorted at every level, arrays in their own order,
 * no whitespace, undefined fields left out. Equal maps give equal text, so equal hashes.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === "object" && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
