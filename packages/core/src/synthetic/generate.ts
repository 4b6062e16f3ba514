import type { DataMap, Flow, Vendor } from "../map/schema.ts";
import { adequacyFor, isEEA, isSpecialCategory } from "../reference/index.ts";
import { picker, seededRandom } from "./random.ts";

export interface SyntheticOptions {
  vendors: number;
  /**
   * Flows in all, at least one per vendor. Beyond one per vendor come one flow from each subject
   * group into each system (as room allows), then more flows, a fifth of them onward vendor → vendor.
   */
  flows?: number;
  systems?: number;
  subjects?: number;
  seed?: number;
  /** The share of vendors and flows with one mistake a review should find (no DPA, no safeguard, …). */
  faults?: number;
}

const countryMix = [["DE", 6], ["IE", 5], ["NL", 3], ["FR", 2], ["US", 6], ["GB", 2], ["CH", 1], ["IN", 1], ["JP", 1], ["BR", 1], ["AU", 1]] as const;
// Weights by repetition: `some` draws distinct entries, so the common ones come up more often.
const countryPool = countryMix.flatMap(([code, weight]) => Array<string>(weight).fill(code));
const categories = [
  ...Array<string>(5).fill("user.contact.email"),
  ...Array<string>(4).fill("user.name"),
  ...Array<string>(3).fill("user.device.ip_address"),
  ...Array<string>(3).fill("user.device.cookie_id"),
  ...Array<string>(2).fill("user.account.username"),
  ...Array<string>(2).fill("user.behavior.browsing_history"),
  "user.location.imprecise",
  "user.financial.bank_account",
  "user.contact.phone_number",
];
const purposes = ["essential.service", "essential.service.payment_processing", "analytics.reporting", "marketing.communications.email", "essential.service.security"] as const;
const legalBases = [["contract", 6], ["legitimate-interests", 2], ["consent", 2], ["legal-obligation", 1]] as const;
const subjectCategories = ["customer", "visitor", "employee", "job_applicant", "prospect"] as const;
const roles = [["processor", 6], ["sub-processor", 3], ["independent-controller", 1]] as const;
const statuses = [["active", 12], ["planned", 1], ["disabled-but-listed", 1], ["ended", 1]] as const;
const flowFaults = ["no-safeguard", "no-legal-basis", "no-retention", "special-category", "derogation", "dpf-uncertified"] as const;

/**
 * What a careful map states for a flow to the vendor: nothing inside the EEA, adequacy where a
 * decision covers every third country in full (the DPF for a certified US vendor), else SCCs.
 */
function mechanismsFor(vendor: Vendor, onward: boolean): string[] {
  const third = vendor.processingCountries.filter((code) => !isEEA(code));
  if (third.length === 0) return [];
  const dpf = vendor.certifications.includes("dpf");
  if (third.length === 1 && third[0] === "US" && dpf) return ["dpf"];
  if (third.every((code) => adequacyFor(code)?.scope === "full" || (code === "US" && dpf))) return ["adequacy"];
  return [onward ? "scc-3" : "scc-2"];
}

/** A deterministic map of any size with a realistic mix of countries, categories and mechanisms. */
export function syntheticMap({ vendors: vendorCount, flows, systems = 5, subjects = 4, seed = 1, faults = 0.05 }: SyntheticOptions): DataMap {
  const random = seededRandom(seed);
  const { one, weighted, some } = picker(random);
  const pad = (n: number) => String(n).padStart(6, "0");
  const groups = ["hosting", "payments", "analytics", "communication", "support", "finance"].map((slug) => ({ slug, name: { en: slug } }));
  const subjectNodes = Array.from({ length: subjects }, (_, i) => ({ slug: `subjects-${i}`, name: { en: `Subject group ${i}` }, category: subjectCategories[i % subjectCategories.length], public: true, countries: [] }));
  const systemNodes = Array.from({ length: systems }, (_, i) => ({ slug: `system-${i}`, name: { en: `System ${i}` }, public: true, countries: ["DE"] }));
  const vendors: Vendor[] = Array.from({ length: vendorCount }, (_, i) => {
    const processingCountries = some(countryPool, 1 + (i % 3)).sort();
    const role = weighted(roles);
    const status = weighted(statuses);
    const fault = random() < faults ? one(["no-dpa", "not-listed"] as const) : undefined;
    return {
      slug: `vendor-${pad(i)}`,
      name: { en: `Vendor ${pad(i)}` },
      // An ended vendor leaves the public list.
      public: status !== "ended" && fault !== "not-listed",
      role,
      headquarters: weighted(countryMix),
      processingCountries,
      ...(role !== "independent-controller" && fault !== "no-dpa" ? { dpa: `https://vendor-${pad(i)}.example/dpa` } : {}),
      group: one(groups).slug,
      status,
      certifications: processingCountries.includes("US") && i % 2 === 0 ? ["dpf"] : [],
      website: `https://vendor-${pad(i)}.example`,
    };
  });
  const flowCount = Math.max(flows ?? vendorCount, vendorCount);
  const pairs = Math.min(subjects * systems, flowCount - vendorCount);
  const flowList: Flow[] = Array.from({ length: flowCount }, (_, i) => {
    const intake = i >= vendorCount && i < vendorCount + pairs;
    const onward = !intake && i >= vendorCount && i % 5 === 0 && vendorCount > 1;
    const recipient = vendors[i % vendorCount]!;
    const firstParty = one(random() < 0.2 && subjects > 0 ? subjectNodes : systemNodes.length > 0 ? systemNodes : subjectNodes);
    const pair = i - vendorCount;
    const [from, to] = intake
      ? [subjectNodes[pair % subjects]!.slug, systemNodes[Math.floor(pair / subjects)]!.slug]
      : [onward ? vendors[(i * 7 + 1) % vendorCount]!.slug : firstParty.slug, recipient.slug];
    const fault = random() < faults ? one(flowFaults) : undefined;
    const carried = some(categories, 1 + (i % 3));
    if (fault === "special-category") carried.push("user.health_and_medical");
    const frequency = i % 4 === 0 ? "occasional" : "continuous";
    const mechanisms = intake ? [] : fault === "no-safeguard" ? [] : fault === "derogation" ? ["art49-consent"] : fault === "dpf-uncertified" ? ["dpf"] : mechanismsFor(recipient, onward);
    return {
      key: `flow-${pad(i)}`,
      from: from === to ? one(systemNodes.length > 0 ? systemNodes : subjectNodes).slug : from,
      to,
      categories: carried.sort(),
      purposes: [one(purposes)],
      legalBasis: fault === "no-legal-basis" ? undefined : weighted(legalBases),
      ...(carried.some(isSpecialCategory) && fault !== "special-category" ? { specialCategoryCondition: "art9-2-a" } : {}),
      countries: [],
      mechanisms,
      frequency: fault === "derogation" ? "continuous" : frequency,
      retention: fault === "no-retention" ? undefined : "until the account is deleted",
      public: true,
    };
  });
  return { version: 1, groups, subjects: subjectNodes, systems: systemNodes, vendors, flows: flowList };
}
