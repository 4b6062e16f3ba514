import { z } from "zod";
import data from "../../data/mechanisms.json" with { type: "json" };
import { englishAndGerman, type EnglishAndGerman } from "./localized.ts";
import { normalize, rankByDistance, tolerance } from "./suggest.ts";

export const mechanismKeys = [
  "adequacy",
  "dpf",
  "scc-1",
  "scc-2",
  "scc-3",
  "scc-4",
  "bcr",
  "code-of-conduct",
  "certification",
  "art49-consent",
  "art49-contract",
  "art49-legal-claims",
  "art49-vital-interests",
] as const;
export type MechanismKey = (typeof mechanismKeys)[number];

/** A legal ground for a transfer to a third country (GDPR Chapter V). */
export interface TransferMechanism {
  key: MechanismKey;
  name: EnglishAndGerman;
  /** e.g. "Art. 46(2)(c)" (of the GDPR) */
  article: string;
  /** The Commission decision behind it, for SCCs and the DPF. */
  reference: string | null;
  /** An Art. 49 derogation: for occasional transfers only, never for routine vendor flows. */
  derogation: boolean;
  aliases: readonly string[];
}

const file = z.object({
  mechanisms: z.array(
    z.strictObject({
      key: z.enum(mechanismKeys),
      name: englishAndGerman,
      article: z.string().startsWith("Art. "),
      reference: z.string().nullable().default(null),
      derogation: z.boolean(),
      aliases: z.array(z.string()).default([]),
    }),
  ),
});

export const mechanisms: readonly TransferMechanism[] = file.parse(data).mechanisms;

const byKey = new Map<string, TransferMechanism>(mechanisms.map((entry) => [entry.key, entry]));
// Spaces dropped too, so that "scc3" is as close to "scc-3" as "SCC 3" is.
const compact = (text: string) => normalize(text).replaceAll(" ", "");
const candidates = mechanisms.map((entry) => ({
  key: entry.key,
  labels: [entry.key, entry.name.en, entry.name.de, ...entry.aliases].map(compact),
}));

export function mechanism(key: string): TransferMechanism | undefined {
  return byKey.get(key);
}

export function isMechanismKey(key: string): key is MechanismKey {
  return byKey.has(key);
}

/** Keys close to the input, closest first: "SCC" gives "scc-2" (the usual module), then the other modules. */
export function suggestMechanismKeys(input: string): MechanismKey[] {
  const text = compact(input);
  if (text === "") return [];
  const close = rankByDistance(text, candidates, tolerance(text.length)).map(({ key }) => key);
  const sameFamily = mechanismKeys.filter((key) => key.startsWith(`${text}-`));
  return [...new Set([...close, ...sameFamily])];
}

/** The closest key, for "did you mean …?" messages. */
export function suggestMechanismKey(input: string): MechanismKey | undefined {
  return suggestMechanismKeys(input)[0];
}
