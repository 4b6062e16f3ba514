import { formatProblem, parseDataMap, type FileFormat } from "@datamap/core";
import { exportMap } from "../map/export.ts";
import { ImportConflict, importMap, type ImportResult } from "../map/import.ts";
import { builder } from "./builder.ts";
import { ChangeRef } from "./change.ts";
import { BadUserInputError } from "./errors.ts";

const DataMapFormatEnum = builder.enumType("DataMapFormat", {
  description: "YAML and JSON are data-map files that import again; CSV is a spreadsheet view, one row per entry.",
  values: { YAML: { value: "yaml" }, JSON: { value: "json" }, CSV: { value: "csv" } } as const,
});

const DataMapImportRef = builder.objectRef<ImportResult & { warnings: string[] }>("DataMapImport").implement({
  description: "What an import changed, or in a dry run would change.",
  fields: (t) => ({
    dryRun: t.exposeBoolean("dryRun", { description: "True: nothing was written." }),
    changes: t.expose("changes", { type: [ChangeRef], description: "The diff in the structure releases use: added, changed field by field, ended, removed." }),
    created: t.int({ resolve: (result) => result.written.create }),
    updated: t.int({ resolve: (result) => result.written.update }),
    ended: t.int({ description: "Vendors, systems and subject groups the file left out, ended with `prune`.", resolve: (result) => result.written.end }),
    deleted: t.int({ description: "Flows (and unused function groups) the file left out, deleted with `prune`.", resolve: (result) => result.written.delete }),
    warnings: t.exposeStringList("warnings", { description: "e.g. deprecated taxonomy keys, read as their replacements." }),
  }),
});

builder.queryField("exportDataMap", (t) =>
  t.string({
    authScopes: { reader: true },
    description: "The draft map as a data-map file. Stable: the same draft gives the same bytes, and YAML or JSON imports back unchanged.",
    args: { format: t.arg({ type: DataMapFormatEnum, required: true, defaultValue: "yaml" }) },
    resolve: (_parent, { format }) => exportMap(format as FileFormat),
  }),
);

builder.mutationField("importDataMap", (t) =>
  t.field({
    type: DataMapImportRef,
    authScopes: { editor: true },
    description:
      "Applies a data-map file (YAML or JSON) to the draft, matching entries by slug and flows by key, in one transaction with an audit entry per entity. " +
      "With `prune`, vendors the file leaves out are ended (status ENDED, until today), systems and subject groups get `until`, and flows are deleted; nothing is ever deleted otherwise.",
    args: {
      yaml: t.arg.string({ required: true, description: "The file's text." }),
      dryRun: t.arg.boolean({ defaultValue: false, description: "Return the diff and write nothing." }),
      prune: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_parent, { yaml, dryRun, prune }, ctx) => {
      const parsed = parseDataMap(yaml);
      if (!parsed.ok) {
        const [first] = parsed.errors;
        throw new BadUserInputError(`${formatProblem(first!, "yaml")}${parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more problems)` : ""}`, "yaml", {
          issues: parsed.errors,
        });
      }
      try {
        const result = await importMap(parsed.map, { dryRun: dryRun ?? false, prune: prune ?? false, ctx });
        return { ...result, warnings: parsed.warnings.map((warning) => formatProblem(warning, "yaml")) };
      } catch (error) {
        if (!(error instanceof ImportConflict)) throw error;
        throw new BadUserInputError(error.message, "yaml", { issues: error.issues });
      }
    },
  }),
);
