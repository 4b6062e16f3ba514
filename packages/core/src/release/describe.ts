import { country, mechanism, taxonomyEntry } from "../reference/index.ts";
import type { Localized } from "../map/schema.ts";
import type { Json } from "./canonical.ts";
import type { Change } from "./change.ts";
import { entityWords, fieldWords, itemWords, sentenceWords, valueWords, type Words } from "./words.ts";

export type Locale = "en" | "de";

/** One line per change in English and German, e.g. "Vendor added: Mailgun (processing in United States)". */
export function describeChange(change: Change): { en: string; de: string } {
  return { en: sentence(change, "en"), de: sentence(change, "de") };
}

function sentence(change: Change, locale: Locale): string {
  const entity = word(entityWords, change.entity, locale);
  const name = text(change.name, locale);
  switch (change.type) {
    case "added":
      return `${entity} ${word(sentenceWords, "added", locale)}: ${name}${addedDetail(change.entity, change.value, locale)}`;
    case "removed":
    case "ended":
      return `${entity} ${word(sentenceWords, change.type, locale)}: ${name}`;
    case "item-added":
    case "item-removed": {
      const verb = word(sentenceWords, change.type === "item-added" ? "added" : "removed", locale);
      return `${entity} ${name}: ${word(itemWords, change.field, locale)} ${verb}: ${label(change.field, change.item, locale)}`;
    }
    case "changed": {
      const template = change.before === null ? "set" : change.after === null ? "cleared" : "changed";
      const phrase = word(sentenceWords, template, locale)
        .replace("{before}", value(change.field, change.before, locale))
        .replace("{after}", value(change.field, change.after, locale));
      return `${entity} ${name}: ${word(fieldWords, change.field, locale)} ${phrase}`;
    }
  }
}

function addedDetail(entity: Change["entity"], entry: Json, locale: Locale): string {
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return "";
  if (entity === "vendor" && Array.isArray(entry.processingCountries) && entry.processingCountries.length > 0) {
    const where = locale === "en" ? "processing in " : "Verarbeitung: ";
    return ` (${where}${value("processingCountries", entry.processingCountries, locale)})`;
  }
  if (entity === "flow" && Array.isArray(entry.categories) && entry.categories.length > 0) {
    return ` (${value("categories", entry.categories, locale)})`;
  }
  return "";
}

/** A field's value as a reader reads it: names rather than codes and keys. */
function value(field: string, json: Json, locale: Locale): string {
  if (json === null) return word(sentenceWords, "none", locale);
  if (typeof json === "boolean") return word(sentenceWords, json ? "yes" : "no", locale);
  if (Array.isArray(json)) {
    return json.length === 0 ? word(sentenceWords, "none", locale) : json.map((item) => value(field, item, locale)).join(", ");
  }
  if (typeof json === "object") return typeof json.en === "string" ? text(json as Localized, locale) : JSON.stringify(json);
  return label(field, String(json), locale);
}

function label(field: string, key: string, locale: Locale): string {
  const name =
    field === "countries" || field === "processingCountries" || field === "headquarters" || field === "country"
      ? country(key)?.name
      : field === "categories"
        ? taxonomyEntry("category", key)?.name
        : field === "purposes"
          ? taxonomyEntry("use", key)?.name
          : field === "category"
            ? taxonomyEntry("subject", key)?.name
            : field === "mechanisms"
              ? mechanism(key)?.name
              : undefined;
  if (name) return text(name, locale);
  return vocabularyFields.has(field) ? word(valueWords, key, locale) : key;
}

const vocabularyFields = new Set(["role", "status", "legalBasis", "frequency", "certifications"]);

const word = (words: Words, key: string, locale: Locale) => words[key]?.[locale === "en" ? 0 : 1] ?? key;
const text = (localized: Localized, locale: Locale) => (locale === "de" ? (localized.de ?? localized.en) : localized.en);
