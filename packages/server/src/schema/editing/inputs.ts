import { fromEnum } from "../../map/codec.ts";
import { builder } from "../builder.ts";
import { FrequencyEnum, LegalBasisEnum, VendorRoleEnum, VendorStatusEnum } from "../enums.ts";

/**
 * Inputs use the data-map file's field names, and are validated by its schema (core), so the
 * API and the file accept exactly the same maps. Strings stay strings here on purpose: a bad
 * country or key is a BAD_USER_INPUT naming the field, not a rejection of the whole document.
 */
export const LocalizedTextInput = builder.inputType("LocalizedTextInput", {
  fields: (t) => ({ en: t.string({ required: true }), de: t.string() }),
});

type Fields = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/** Fields every node has; `patch` makes all of them optional and leaves out the slug. */
const nodeFields = (t: Fields, patch: boolean) => ({
  ...(patch ? {} : { slug: t.string({ required: true, description: "Lower-case letters, digits and hyphens; cannot change later." }) }),
  name: t.field({ type: LocalizedTextInput, required: !patch }),
  description: t.field({ type: LocalizedTextInput }),
  public: t.boolean({ description: "Shown on the public list once published (default true)." }),
  notes: t.string({ description: "Internal; never published." }),
});

const vendorFields = (t: Fields, patch: boolean) => ({
  ...nodeFields(t, patch),
  legalName: t.string(),
  website: t.string({ description: "An https:// URL." }),
  role: t.field({ type: VendorRoleEnum, required: !patch }),
  headquarters: t.string({ description: "ISO 3166-1 alpha-2." }),
  processingCountries: t.stringList({ description: "ISO 3166-1 alpha-2 codes." }),
  dpa: t.string({ description: "https:// link to the data-processing agreement." }),
  terms: t.string(),
  privacy: t.string(),
  group: t.string({ description: "Slug of a function group." }),
  status: t.field({ type: VendorStatusEnum, description: "Use endVendor/restoreVendor to end or restore." }),
  since: t.string({ description: "YYYY-MM-DD" }),
  certifications: t.stringList({ description: "e.g. \"dpf\" for the EU–US Data Privacy Framework." }),
});

const systemFields = (t: Fields, patch: boolean) => ({ ...nodeFields(t, patch), countries: t.stringList() });

const subjectGroupFields = (t: Fields, patch: boolean) => ({
  ...nodeFields(t, patch),
  category: t.string({ description: "A fideslang data-subject key, e.g. \"customer\"." }),
  countries: t.stringList({ description: "Where the people are; empty means the EEA." }),
});

const flowFields = (t: Fields, patch: boolean) => ({
  ...(patch ? {} : { key: t.string({ description: "Stable identity; defaults to \"from->to\"." }) }),
  from: t.string({ required: !patch }),
  to: t.string({ required: !patch }),
  description: t.field({ type: LocalizedTextInput }),
  categories: t.stringList({ description: "fideslang data-category keys." }),
  purposes: t.stringList({ description: "fideslang data-use keys." }),
  legalBasis: t.field({ type: LegalBasisEnum }),
  specialCategoryCondition: t.string({ description: "The Art. 9(2) or Art. 10 condition relied on." }),
  countries: t.stringList({ description: "Empty means the recipient's processing countries." }),
  mechanisms: t.stringList({ description: "Ranked transfer mechanisms, e.g. [\"dpf\", \"scc-2\"]." }),
  frequency: t.field({ type: FrequencyEnum }),
  retention: t.string(),
  public: t.boolean(),
  notes: t.string(),
});

const pair = (name: string, fields: (t: Fields, patch: boolean) => Record<string, unknown>) => ({
  input: builder.inputType(`${name}Input`, { fields: (t) => fields(t, false) as ReturnType<typeof nodeFields> }),
  patch: builder.inputType(`${name}Patch`, {
    description: "Only the fields given change; null clears an optional field.",
    fields: (t) => fields(t, true) as ReturnType<typeof nodeFields>,
  }),
});

export const VendorInputs = pair("Vendor", vendorFields);
export const SystemInputs = pair("System", systemFields);
export const SubjectGroupInputs = pair("SubjectGroup", subjectGroupFields);
export const FlowInputs = pair("Flow", flowFields);

const enumFields = new Set(["role", "status", "legalBasis", "frequency"]);

/** GraphQL input → the file's vocabulary ("SUB_PROCESSOR" → "sub-processor"). */
export function asFileEntry(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).map(([field, value]) => [field, enumFields.has(field) && typeof value === "string" ? fromEnum(value) : value]),
  );
}
