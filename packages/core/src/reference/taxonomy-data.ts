/** Builds the three taxonomies from fideslang, datamap's extension, German names and Art. 9/10 flags. */
import { z } from "zod";
import fidesCategories from "../../data/fideslang/data_categories.json" with { type: "json" };
import fidesSubjects from "../../data/fideslang/data_subjects.json" with { type: "json" };
import fidesUses from "../../data/fideslang/data_uses.json" with { type: "json" };
import specialData from "../../data/special-categories.json" with { type: "json" };
import germanData from "../../data/taxonomy-de.json" with { type: "json" };
import extensionData from "../../data/taxonomy-extension.json" with { type: "json" };
import { indexTaxonomy, type SpecialCategory, type TaxonomyEntry, type TaxonomyIndex, type TaxonomyKind } from "./taxonomy-tree.ts";

const fidesEntry = z.object({
  fides_key: z.string(),
  name: z.string(),
  description: z.string(),
  parent_key: z.string().nullish(),
  version_deprecated: z.string().nullable(),
  replaced_by: z.string().nullable(),
});
const fideslang = {
  category: z.object({ data_category: z.array(fidesEntry) }).parse(fidesCategories).data_category,
  use: z.object({ data_use: z.array(fidesEntry) }).parse(fidesUses).data_use,
  subject: z.object({ data_subject: z.array(fidesEntry) }).parse(fidesSubjects).data_subject,
};

const extensionEntry = z.strictObject({
  key: z.string(),
  parent: z.string().nullable(),
  name: z.strictObject({ en: z.string().min(1), de: z.string().min(1) }),
  description: z.string().min(1),
});
const extension = z
  .object({ category: z.array(extensionEntry), use: z.array(extensionEntry), subject: z.array(extensionEntry) })
  .parse(extensionData);

const german = z
  .object({
    category: z.record(z.string(), z.string()),
    use: z.record(z.string(), z.string()),
    subject: z.record(z.string(), z.string()),
  })
  .parse(germanData);

const specialKeys: ReadonlyMap<string, SpecialCategory> = new Map(
  Object.entries(z.object({ categories: z.record(z.string(), z.enum(["art9", "art10"])) }).parse(specialData).categories),
);

/** The flag of the key or of its nearest flagged ancestor; works for keys below the known ones too. */
export function specialOf(key: string): SpecialCategory | null {
  const segments = key.split(".");
  for (let length = segments.length; length > 0; length--) {
    const flag = specialKeys.get(segments.slice(0, length).join("."));
    if (flag) return flag;
  }
  return null;
}

function entriesOf(kind: TaxonomyKind): TaxonomyEntry[] {
  const special = (key: string) => (kind === "category" ? specialOf(key) : null);
  const germanName = (key: string) => german[kind][key];
  return [
    ...fideslang[kind].map((entry) => {
      const de = germanName(entry.fides_key);
      return {
        key: entry.fides_key,
        name: de ? { en: entry.name, de } : { en: entry.name },
        description: entry.description,
        parent: entry.parent_key ?? null,
        deprecated: entry.version_deprecated !== null,
        replacedBy: entry.replaced_by,
        special: special(entry.fides_key),
        source: "fideslang" as const,
      };
    }),
    ...extension[kind].map((entry) => ({
      key: entry.key,
      name: entry.name,
      description: entry.description,
      parent: entry.parent,
      deprecated: false,
      replacedBy: null,
      special: special(entry.key),
      source: "datamap" as const,
    })),
  ];
}

export const indexes: Record<TaxonomyKind, TaxonomyIndex> = {
  category: indexTaxonomy(entriesOf("category")),
  use: indexTaxonomy(entriesOf("use")),
  subject: indexTaxonomy(entriesOf("subject")),
};
