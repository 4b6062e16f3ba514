export { countries, countriesAsOf, country, isCountryCode, isEEA, suggestCountryCode, type Country, type CountryCode } from "./countries.ts";
export {
  adequacyAsOf,
  adequacyDecisions,
  adequacyFor,
  adequacyScopes,
  isAdequate,
  type AdequacyDecision,
  type AdequacyScope,
} from "./adequacy.ts";
export {
  isMechanismKey,
  mechanism,
  mechanismKeys,
  mechanisms,
  suggestMechanismKey,
  suggestMechanismKeys,
  type MechanismKey,
  type TransferMechanism,
} from "./mechanisms.ts";
export {
  ancestors,
  descendants,
  isSpecialCategory,
  isTaxonomyKey,
  resolveTaxonomyKey,
  suggestTaxonomyKey,
  taxonomyEntries,
  taxonomyEntry,
  taxonomyTree,
  type SpecialCategory,
  type TaxonomyEntry,
  type TaxonomyKind,
  type TaxonomyNode,
} from "./taxonomy.ts";
