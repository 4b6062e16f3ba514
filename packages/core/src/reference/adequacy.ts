import { z } from "zod";
import data from "../../data/adequacy.json" with { type: "json" };
import type { CountryCode } from "./countries.ts";
import { englishAndGerman, type EnglishAndGerman } from "./localized.ts";

export const adequacyScopes = [
  "full",
  "commercial-organisations",
  "private-sector",
  "automated-processing",
  "dpf-certified",
  "international-organisation",
] as const;
export type AdequacyScope = (typeof adequacyScopes)[number];

/** An EU Commission adequacy decision (Art. 45 GDPR, or one kept in force from Directive 95/46/EC). */
export interface AdequacyDecision {
  /** Null for an international organisation. */
  country: CountryCode | null;
  organisation: { key: string; name: EnglishAndGerman } | null;
  scope: AdequacyScope;
  scopeName: EnglishAndGerman;
  /** Who exactly the decision covers. */
  description: EnglishAndGerman;
  /** YYYY-MM-DD */
  adoptedAt: string;
  /** YYYY-MM-DD for a decision with a sunset clause. */
  validUntil: string | null;
  /** e.g. "Commission Implementing Decision (EU) 2023/1795" */
  reference: string;
  replaces: string | null;
  source: string;
  /** How sure the data file is about date, reference and scope; `note` says why. */
  confidence: "high" | "medium" | "low";
  note: string | null;
}

const file = z.object({
  asOf: z.iso.date(),
  scopes: z.record(z.enum(adequacyScopes), englishAndGerman),
  decisions: z.array(
    z.strictObject({
      country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
      organisation: z.strictObject({ key: z.string(), name: englishAndGerman }).nullable().default(null),
      scope: z.enum(adequacyScopes),
      description: englishAndGerman,
      adoptedAt: z.iso.date(),
      validUntil: z.iso.date().nullable().default(null),
      reference: z.string().min(1),
      replaces: z.string().nullable().default(null),
      source: z.url({ protocol: /^https$/ }),
      confidence: z.enum(["high", "medium", "low"]),
      note: z.string().nullable().default(null),
    }),
  ),
});

const parsed = file.parse(data);
/** The day the list was last checked against the Commission's page. */
export const adequacyAsOf: string = parsed.asOf;
export const adequacyDecisions: readonly AdequacyDecision[] = parsed.decisions.map((decision) => ({
  ...decision,
  scopeName: parsed.scopes[decision.scope],
}));

const byCountry = new Map(adequacyDecisions.flatMap((decision) => (decision.country ? [[decision.country, decision] as const] : [])));

/** The decision covering a country, whatever its scope; undefined for countries without one (and for the EEA). */
export function adequacyFor(countryCode: CountryCode): AdequacyDecision | undefined {
  return byCountry.get(countryCode);
}

/**
 * Whether a transfer to a recipient in this country can rest on an adequacy decision. The United States
 * counts only for recipients certified under the Data Privacy Framework. Narrower scopes (Canada, Japan,
 * Israel) count too: read `scope` to tell the recipient's situation apart.
 */
export function isAdequate(countryCode: CountryCode, { dpfCertified }: { dpfCertified: boolean }): boolean {
  const decision = byCountry.get(countryCode);
  if (!decision) return false;
  return decision.scope === "dpf-certified" ? dpfCertified : true;
}
