import { LineCounter, parseDocument, isMap, isNode, isScalar, visit, type Document } from "yaml";
import type { z } from "zod";
import { resolveTaxonomyKey } from "../reference/index.ts";
import { dataMapSchema, type DataMap, type DataMapInput } from "./schema.ts";
import { checkReferences, type MapIssue } from "./references.ts";
import { closestKey, knownKeysAt } from "../file/known-keys.ts";

export interface MapProblem {
  /** "vendors[3].processingCountries[0]", or "" for the file as a whole. */
  path: string;
  message: string;
  line?: number;
  column?: number;
}

export type ParseResult =
  | { ok: true; map: DataMap; warnings: MapProblem[] }
  | { ok: false; errors: MapProblem[] };

/** Parses and validates a data-map file (YAML, or JSON, which is YAML too). */
export function parseDataMap(text: string): ParseResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => {
        const at = lines.linePos(error.pos[0]);
        return { path: "", message: error.message.split("\n")[0] ?? error.message, line: at.line, column: at.col };
      }),
    };
  }
  const js = toJS(doc, lines);
  if (!js.ok) return { ok: false, errors: [js.problem] };
  const result = validateDataMap(js.value);
  const locate = (issue: MapIssue) => located(issue, doc, lines);
  return result.ok
    ? { ok: true, map: result.map, warnings: result.warnings.map(locate) }
    : { ok: false, errors: result.errors.map(locate) };
}

/**
 * yaml resolves aliases only when converting, and throws there for an alias to an anchor not
 * set before it, or for so many aliases that expanding them would exhaust memory.
 */
function toJS(doc: Document, lines: LineCounter): { ok: true; value: unknown } | { ok: false; problem: MapProblem } {
  try {
    return { ok: true, value: doc.toJS() };
  } catch (error) {
    let offset: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        if (offset === undefined && !node.resolve(doc)) offset = node.range?.[0];
      },
    });
    const at = offset === undefined ? undefined : lines.linePos(offset);
    return { ok: false, problem: { path: "", message: (error as Error).message, ...(at ? { line: at.line, column: at.col } : {}) } };
  }
}

/** Validates an already parsed data map (from JSON or GraphQL input). */
export function validateDataMap(
  input: unknown,
): { ok: true; map: DataMap; warnings: MapIssue[] } | { ok: false; errors: MapIssue[] } {
  const nul = nulAt(input);
  if (nul) return { ok: false, errors: [{ path: nul, message: "text may not contain the NUL character (U+0000)" }] };
  const parsed = dataMapSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap(fromZodIssue) };
  const errors = checkReferences(parsed.data);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, map: parsed.data, warnings: replacedKeys(input as DataMapInput) };
}

/** Where the first string (or key) holding U+0000 is: PostgreSQL cannot store it in text. */
function nulAt(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path : undefined;
  const entries: [string | number, unknown][] = Array.isArray(value) ? [...value.entries()] : value && typeof value === "object" ? Object.entries(value) : [];
  for (const [key, item] of entries) {
    const found = typeof key === "string" && key.includes("\u0000") ? [...path, key] : nulAt(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Deprecated taxonomy keys the file still uses; the parsed map already holds their replacements. */
function replacedKeys(input: DataMapInput): MapIssue[] {
  const warnings: MapIssue[] = [];
  input.flows?.forEach((flow, index) => {
    for (const [field, kind] of [["categories", "category"], ["purposes", "use"]] as const) {
      flow[field]?.forEach((key, position) => {
        const resolved = resolveTaxonomyKey(kind, key);
        if (resolved?.replacedFrom) {
          warnings.push({ path: ["flows", index, field, position], message: `"${key}" is deprecated; read as "${resolved.key}"` });
        }
      });
    }
  });
  return warnings;
}

const reportedAtKey = new WeakSet<MapIssue>();

/** An unknown key is reported at the key itself, with the closest known key when one is near. */
function fromZodIssue(issue: z.core.$ZodIssue): MapIssue[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== "symbol");
  if (issue.code === "unrecognized_keys") {
    const known = knownKeysAt(path);
    return issue.keys.map((key) => {
      const hint = closestKey(key, known);
      const message = `unknown key "${key}"; ${hint ? `did you mean "${hint}"?` : `known keys here: ${known.join(", ")}`}`;
      const unknown = { path: [...path, key], message };
      reportedAtKey.add(unknown);
      return unknown;
    });
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return [{ path, message: `is required (${issue.expected})` }];
  }
  return [{ path, message: issue.message }];
}

export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (text, segment) => (typeof segment === "number" ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment),
    "",
  );
}

function located(issue: MapIssue, doc: Document, lines: LineCounter): MapProblem {
  const problem: MapProblem = { path: formatPath(issue.path), message: issue.message };
  // Point at the deepest node that exists: a missing field is reported at its parent. A key the
  // schema does not know is reported at the key, where the typo is.
  for (let depth = issue.path.length; depth >= 0; depth--) {
    const prefix = issue.path.slice(0, depth);
    const node = (depth === issue.path.length && reportedAtKey.has(issue) ? keyNode(doc, prefix) : undefined) ?? doc.getIn(prefix, true);
    if (isNode(node) && node.range) {
      const at = lines.linePos(node.range[0]);
      return { ...problem, line: at.line, column: at.col };
    }
  }
  return problem;
}

function keyNode(doc: Document, path: (string | number)[]) {
  const key = path.at(-1);
  if (typeof key !== "string") return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  return parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key;
}

/** One line per problem: `datamap.yaml:12:7 vendors[3].processingCountries[0]: "UK" is not …`. */
export function formatProblem(problem: MapProblem, file = ""): string {
  const where = [file, problem.line, problem.column].filter((part) => part !== "" && part !== undefined).join(":");
  const path = problem.path ? `${problem.path}: ` : "";
  return `${where ? `${where} ` : ""}${path}${problem.message}`;
}
