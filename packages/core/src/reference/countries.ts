import { z } from "zod";
import data from "../../data/countries.json" with { type: "json" };
import { englishAndGerman, type EnglishAndGerman } from "./localized.ts";
import { normalize, rankByDistance, tolerance } from "./suggest.ts";

/** An ISO 3166-1 alpha-2 code in upper case, e.g. "IE". */
export type CountryCode = string;

export interface Country {
  code: CountryCode;
  alpha3: string;
  name: EnglishAndGerman;
  /** A member state of the European Economic Area (EU 27, Iceland, Liechtenstein, Norway). */
  eea: boolean;
  /** Set for a territory with its own code that is part of a member state's EU territory, e.g. Réunion → "FR". */
  euTerritoryOf: CountryCode | null;
  /** Other names and codes people use for the country; they only help suggestions. */
  aliases: readonly string[];
}

const code = z.string().regex(/^[A-Z]{2}$/);
const file = z.object({
  asOf: z.iso.date(),
  codeMistakes: z.record(z.string(), code),
  countries: z.array(
    z.strictObject({
      code,
      alpha3: z.string().regex(/^[A-Z]{3}$/),
      name: englishAndGerman,
      eea: z.boolean(),
      euTerritoryOf: code.nullable().default(null),
      aliases: z.array(z.string()).default([]),
    }),
  ),
});

const parsed = file.parse(data);
export const countries: readonly Country[] = parsed.countries;
/** The day the country list was last checked. */
export const countriesAsOf: string = parsed.asOf;

const byCode = new Map(countries.map((entry) => [entry.code, entry]));
const byAlpha3 = new Map(countries.map((entry) => [entry.alpha3, entry.code]));
const byName = new Map(
  countries.flatMap((entry) => [entry.name.en, entry.name.de, ...entry.aliases].map((name) => [normalize(name), entry.code] as const)),
);
const nameCandidates = countries.map((entry) => ({
  key: entry.code,
  labels: [entry.name.en, entry.name.de, ...entry.aliases].map(normalize),
}));

export function country(code: CountryCode): Country | undefined {
  return byCode.get(code);
}

/** True only for an officially assigned code written in upper case: "DE", not "de" or "UK". */
export function isCountryCode(code: string): boolean {
  return byCode.has(code);
}

/**
 * Whether EU data protection law treats the place as inside the EEA: member states, and territories such as
 * Réunion or the Åland Islands that have their own code but are part of a member state's EU territory.
 */
export function isEEA(code: CountryCode): boolean {
  const entry = byCode.get(code);
  return !!entry && (entry.eea || entry.euTerritoryOf !== null);
}

/** The code someone most likely meant by a wrong code or a country name in English or German, if any. */
export function suggestCountryCode(input: string): CountryCode | undefined {
  const trimmed = input.trim();
  const upper = trimmed.toUpperCase();
  if (byCode.has(upper)) return upper;
  const mistaken = parsed.codeMistakes[upper];
  if (mistaken) return mistaken;
  const fromAlpha3 = byAlpha3.get(upper);
  if (fromAlpha3) return fromAlpha3;

  const name = normalize(trimmed);
  const named = byName.get(name);
  if (named) return named;
  if (name.length < 4) return undefined;
  const [best, second] = rankByDistance(name, nameCandidates, tolerance(name.length));
  if (!best || (second && second.distance === best.distance)) return undefined;
  return best.key;
}
