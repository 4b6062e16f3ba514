import {
  adequacyFor,
  country,
  isEEA,
  mechanism,
  taxonomyEntry,
  type TaxonomyKind,
} from "../reference/index.ts";
import type { DataMap } from "../map/schema.ts";
import type { Localized } from "../map/schema.ts";

export interface CountryLabel {
  name: Localized;
  eea: boolean;
  /** Scope of the EU adequacy decision, if one covers the country. */
  adequacy?: string;
}

/** Human names for every key a public map uses, so readers need no taxonomy of their own. */
export interface Labels {
  categories: Record<string, Localized>;
  purposes: Record<string, Localized>;
  subjects: Record<string, Localized>;
  countries: Record<string, CountryLabel>;
  mechanisms: Record<string, Localized>;
}

export function labelsFor(map: DataMap): Labels {
  const taxonomy = (kind: TaxonomyKind, keys: Iterable<string>) =>
    Object.fromEntries([...new Set(keys)].sort().map((key) => [key, taxonomyEntry(kind, key)?.name ?? { en: key }]));
  const countryCodes = new Set([
    ...map.vendors.flatMap((vendor) => [...vendor.processingCountries, ...(vendor.headquarters ? [vendor.headquarters] : [])]),
    ...map.systems.flatMap((system) => system.countries),
    ...map.subjects.flatMap((subject) => subject.countries),
    ...map.flows.flatMap((flow) => flow.countries),
  ]);
  return {
    categories: taxonomy("category", map.flows.flatMap((flow) => flow.categories)),
    purposes: taxonomy("use", map.flows.flatMap((flow) => flow.purposes)),
    subjects: taxonomy("subject", map.subjects.flatMap((subject) => (subject.category ? [subject.category] : []))),
    countries: Object.fromEntries(
      [...countryCodes].sort().map((code) => {
        const scope = adequacyFor(code)?.scope;
        const label: CountryLabel = { name: country(code)?.name ?? { en: code }, eea: isEEA(code), ...(scope ? { adequacy: scope } : {}) };
        return [code, label];
      }),
    ),
    mechanisms: Object.fromEntries(
      [...new Set(map.flows.flatMap((flow) => flow.mechanisms))].sort().map((key) => [key, mechanism(key)?.name ?? { en: key }]),
    ),
  };
}
