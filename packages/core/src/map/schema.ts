import { z } from "zod";
import {
  isCountryCode,
  isMechanismKey,
  resolveTaxonomyKey,
  suggestCountryCode,
  suggestMechanismKey,
  suggestTaxonomyKey,
  type TaxonomyKind,
} from "../reference/index.ts";
import { certifications, frequencies, legalBases, slugPattern, vendorRoles, vendorStatuses } from "./vocabulary.ts";

/** Text a reader sees: English, optionally German. A plain string is English. */
const localized = z
  .union([z.string().min(1), z.strictObject({ en: z.string().min(1), de: z.string().min(1).optional() })])
  .transform((text) => (typeof text === "string" ? { en: text } : text));
export type Localized = z.output<typeof localized>;

const slug = z.string().regex(slugPattern, "must be a slug: lower-case letters, digits and single hyphens, e.g. \"google-drive\"");

const countryCode = z.string().superRefine((code, ctx) => {
  if (isCountryCode(code)) return;
  const hint = suggestCountryCode(code);
  ctx.addIssue({
    code: "custom",
    message: `"${code}" is not an ISO 3166-1 alpha-2 code${hint ? `; did you mean "${hint}"?` : ""}`,
  });
});

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
const httpsUrl = z.url({ protocol: /^https$/, error: "must be an https:// URL" });

/** A taxonomy key; a deprecated one is rewritten to its replacement (see `replacedKeys`). */
function taxonomyKey(kind: TaxonomyKind) {
  return z.string().transform((key, ctx) => {
    const resolved = resolveTaxonomyKey(kind, key);
    if (resolved) return resolved.key;
    const hint = suggestTaxonomyKey(kind, key);
    ctx.addIssue({
      code: "custom",
      message: `"${key}" is not a fideslang data ${kind} key${hint ? `; did you mean "${hint}"?` : ""}`,
    });
    return z.NEVER;
  });
}

const mechanismKey = z.string().superRefine((key, ctx) => {
  if (isMechanismKey(key)) return;
  const hint = suggestMechanismKey(key);
  ctx.addIssue({ code: "custom", message: `"${key}" is not a known transfer mechanism${hint ? `; did you mean "${hint}"?` : ""}` });
});

const node = {
  slug,
  name: localized,
  description: localized.optional(),
  public: z.boolean().default(true),
  notes: z.string().optional(),
  /** The day it stopped receiving data; kept on record as a disclosure, not deleted. */
  until: isoDate.optional(),
};

export const functionGroupSchema = z.strictObject({ slug, name: localized });

export const subjectGroupSchema = z.strictObject({
  ...node,
  category: taxonomyKey("subject").optional(),
  /** Where the people are; empty means the EEA. */
  countries: z.array(countryCode).default([]),
});

export const systemSchema = z.strictObject({
  ...node,
  countries: z.array(countryCode).default([]),
});

export const vendorSchema = z
  .strictObject({
    ...node,
    legalName: z.string().optional(),
    website: httpsUrl.optional(),
    role: z.enum(vendorRoles),
    headquarters: countryCode.optional(),
    processingCountries: z.array(countryCode).default([]),
    dpa: httpsUrl.optional(),
    terms: httpsUrl.optional(),
    privacy: httpsUrl.optional(),
    group: slug.optional(),
    status: z.enum(vendorStatuses).default("active"),
    since: isoDate.optional(),
    certifications: z.array(z.enum(certifications)).default([]),
  })
  .refine((vendor) => !vendor.since || !vendor.until || vendor.until >= vendor.since, {
    message: "until must not be before since",
    path: ["until"],
  });

export const flowSchema = z
  .strictObject({
    /** Stable identity; defaults to "from->to". */
    key: z.string().min(1).optional(),
    from: slug,
    to: slug,
    description: localized.optional(),
    categories: z.array(taxonomyKey("category")).default([]),
    purposes: z.array(taxonomyKey("use")).default([]),
    legalBasis: z.enum(legalBases).optional(),
    /** The Art. 9(2) or Art. 10 condition relied on for special-category data. */
    specialCategoryCondition: z.string().optional(),
    /** Empty means the recipient's processing countries. */
    countries: z.array(countryCode).default([]),
    /** Ranked: the first is the one relied on. */
    mechanisms: z.array(mechanismKey).default([]),
    frequency: z.enum(frequencies).optional(),
    retention: z.string().optional(),
    public: z.boolean().default(true),
    notes: z.string().optional(),
  })
  .refine((flow) => flow.from !== flow.to, { message: "a flow must go between two different nodes", path: ["to"] })
  .transform((flow) => ({ ...flow, key: flow.key ?? `${flow.from}->${flow.to}` }));

export const organizationSchema = z.strictObject({
  name: z.string().min(1),
  country: countryCode,
  website: httpsUrl.optional(),
  address: z.string().optional(),
  contact: z.string().optional(),
  dpo: z.strictObject({ name: z.string().optional(), email: z.string().optional() }).optional(),
  securityMeasures: z.string().optional(),
});

const severityOverride = z.enum(["off", "error", "warning", "info"]);
export const reviewConfigSchema = z.strictObject({ rules: z.record(z.string(), severityOverride).default({}) });

export const dataMapSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1, { error: "must be 1, the only version of the data-map format so far" }),
  organization: organizationSchema.optional(),
  groups: z.array(functionGroupSchema).default([]),
  subjects: z.array(subjectGroupSchema).default([]),
  systems: z.array(systemSchema).default([]),
  vendors: z.array(vendorSchema).default([]),
  flows: z.array(flowSchema).default([]),
  review: reviewConfigSchema.optional(),
});

export type DataMap = z.output<typeof dataMapSchema>;
export type DataMapInput = z.input<typeof dataMapSchema>;
export type FunctionGroup = DataMap["groups"][number];
export type SubjectGroup = DataMap["subjects"][number];
export type System = DataMap["systems"][number];
export type Vendor = DataMap["vendors"][number];
export type Flow = DataMap["flows"][number];
export type Organization = z.output<typeof organizationSchema>;
