import type { DataMap, Flow, Vendor } from "../map/schema.ts";
import { picker, seededRandom } from "./random.ts";

export interface SyntheticOptions {
  vendors: number;
  /** Flows in all, at least one per vendor; a fifth of the rest are onward vendor → vendor transfers. */
  flows?: number;
  systems?: number;
  subjects?: number;
  seed?: number;
}

const countryMix = [["DE", 6], ["IE", 5], ["NL", 3], ["FR", 2], ["US", 6], ["GB", 2], ["CH", 1], ["IN", 1], ["JP", 1], ["BR", 1], ["AU", 1]] as const;
const categories = [
  "user.contact.email",
  "user.name",
  "user.device.ip_address",
  "user.device.cookie_id",
  "user.location.imprecise",
  "user.financial.bank_account",
  "user.behavior.browsing_history",
  "user.account.username",
  "user.contact.phone_number",
  "user.health_and_medical",
] as const;
const purposes = ["essential.service", "essential.service.payment_processing", "analytics.reporting", "marketing.communications.email", "essential.service.security"] as const;
const mechanismMix: readonly (readonly [string[], number])[] = [[[], 3], [["scc-2"], 4], [["dpf", "scc-2"], 3], [["bcr"], 1], [["art49-consent"], 1]];
const roles = [["processor", 6], ["sub-processor", 3], ["independent-controller", 1]] as const;
const statuses = [["active", 12], ["planned", 1], ["disabled-but-listed", 1], ["ended", 1]] as const;

/** A deterministic map of any size with a realistic mix of countries, categories and mechanisms. */
export function syntheticMap({ vendors: vendorCount, flows, systems = 5, subjects = 4, seed = 1 }: SyntheticOptions): DataMap {
  const { one, weighted, some } = picker(seededRandom(seed));
  const pad = (n: number) => String(n).padStart(6, "0");
  const groups = ["hosting", "payments", "analytics", "communication", "support", "finance"].map((slug) => ({ slug, name: { en: slug } }));
  const subjectNodes = Array.from({ length: subjects }, (_, i) => ({ slug: `subjects-${i}`, name: { en: `Subject group ${i}` }, public: true, countries: [] }));
  const systemNodes = Array.from({ length: systems }, (_, i) => ({ slug: `system-${i}`, name: { en: `System ${i}` }, public: true, countries: ["DE"] }));
  const vendors: Vendor[] = Array.from({ length: vendorCount }, (_, i) => {
    const processingCountries = some(countryMix.map(([code]) => code), 1 + (i % 3)).sort();
    return {
      slug: `vendor-${pad(i)}`,
      name: { en: `Vendor ${pad(i)}` },
      public: i % 10 !== 9,
      role: weighted(roles),
      headquarters: weighted(countryMix),
      processingCountries,
      group: one(groups).slug,
      status: weighted(statuses),
      certifications: processingCountries.includes("US") && i % 2 === 0 ? ["dpf"] : [],
      website: `https://vendor-${pad(i)}.example`,
    };
  });
  const firstParty = [...subjectNodes, ...systemNodes].map((node) => node.slug);
  const flowCount = Math.max(flows ?? vendorCount, vendorCount);
  const flowList: Flow[] = Array.from({ length: flowCount }, (_, i) => {
    const to = vendors[i % vendorCount]!.slug;
    const onward = i >= vendorCount && i % 5 === 0 && vendorCount > 1;
    const from = onward ? vendors[(i * 7 + 1) % vendorCount]!.slug : one(firstParty);
    return {
      key: `flow-${pad(i)}`,
      from: from === to ? one(firstParty) : from,
      to,
      categories: some(categories, 1 + (i % 3)).sort(),
      purposes: [one(purposes)],
      legalBasis: i % 7 === 0 ? undefined : "contract",
      countries: [],
      mechanisms: [...weighted(mechanismMix)],
      frequency: i % 4 === 0 ? "occasional" : "continuous",
      retention: i % 6 === 0 ? undefined : "until the account is deleted",
      public: true,
    };
  });
  return { version: 1, groups, subjects: subjectNodes, systems: systemNodes, vendors, flows: flowList };
}
