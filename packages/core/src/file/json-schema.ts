import { z } from "zod";
import { dataMapSchema } from "../map/schema.ts";
import { countries, mechanisms, taxonomyEntries, type TaxonomyKind } from "../reference/index.ts";
import { fieldHelp } from "./field-help.ts";

type JsonSchema = { [key: string]: unknown };

/** A closed list, with what each entry means for editors that show it (VS Code's `enumDescriptions`). */
const vocabulary = (description: string, entries: readonly { key: string; label: string }[]): JsonSchema => ({
  type: "string",
  description,
  enum: entries.map((entry) => entry.key),
  enumDescriptions: entries.map((entry) => entry.label),
});

const taxonomy = (kind: TaxonomyKind, what: string) =>
  vocabulary(
    `A fideslang data ${what} key (deprecated keys are read as their replacement).`,
    taxonomyEntries(kind).map((entry) => ({ key: entry.key, label: `${entry.name.en}${entry.deprecated ? ` (deprecated${entry.replacedBy ? `: use ${entry.replacedBy}` : ""})` : ""}` })),
  );

const definitions = {
  countryCode: vocabulary("An ISO 3166-1 alpha-2 code.", countries.map((entry) => ({ key: entry.code, label: entry.name.en }))),
  dataCategory: taxonomy("category", "category"),
  dataUse: taxonomy("use", "use"),
  dataSubject: taxonomy("subject", "subject"),
  mechanism: vocabulary("A transfer mechanism of GDPR Chapter V.", mechanisms.map((entry) => ({ key: entry.key, label: entry.name.en }))),
};

/** Which fields hold codes and keys; the zod schema checks them in code, which JSON Schema cannot see. */
const fieldVocabulary: Record<string, { def: keyof typeof definitions; list: boolean }> = {
  country: { def: "countryCode", list: false },
  headquarters: { def: "countryCode", list: false },
  countries: { def: "countryCode", list: true },
  processingCountries: { def: "countryCode", list: true },
  category: { def: "dataSubject", list: false },
  categories: { def: "dataCategory", list: true },
  purposes: { def: "dataUse", list: true },
  mechanisms: { def: "mechanism", list: true },
};

function decorate(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(decorate);
  if (typeof node !== "object" || node === null) return;
  const schema = node as JsonSchema;
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    const help = fieldHelp[name];
    if (help && !property.description) property.description = help;
    const known = fieldVocabulary[name];
    if (!known) continue;
    const ref = { $ref: `#/$defs/${known.def}` };
    if (known.list) property.items = ref;
    else {
      delete property.type;
      Object.assign(property, ref);
    }
  }
  for (const value of Object.values(schema)) decorate(value);
}

/**
 * The JSON Schema of the data-map file (draft 2020-12), generated from the zod schema that
 * parses it, so editors complete and check what the server accepts. What JSON Schema cannot
 * say (references between entries, https only) is still checked by `datamap import`.
 */
export function dataMapJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(dataMapSchema, { io: "input", target: "draft-2020-12" }) as JsonSchema;
  decorate(generated.properties);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: "datamap data-map file, version 1",
    description: "A company's map of personal data: groups, data-subject groups, systems, vendors and the flows between them.",
    ...rest,
    $defs: definitions,
  };
}
