import type { DataMap, Flow, Vendor } from "../src/index.ts";

export function vendor(slug: string, fields: Partial<Vendor> = {}): Vendor {
  return {
    slug,
    name: { en: slug[0]!.toUpperCase() + slug.slice(1) },
    public: true,
    role: "processor",
    processingCountries: ["DE"],
    dpa: `https://${slug}.example/dpa`,
    status: "active",
    certifications: [],
    ...fields,
  };
}

export function flow(from: string, to: string, fields: Partial<Flow> = {}): Flow {
  return {
    key: `${from}->${to}`,
    from,
    to,
    categories: ["user.contact.email"],
    purposes: ["essential.service"],
    countries: [],
    mechanisms: [],
    retention: "Deleted 30 days after the account is closed.",
    public: true,
    ...fields,
  };
}

/** A map the review has nothing to say about: customers → platform (DE) → hoster (IE). */
export function cleanMap(): DataMap {
  return {
    version: 1,
    organization: {
      name: "Example GmbH",
      country: "DE",
      address: "Hauptstraße 1, 10115 Berlin",
      contact: "privacy@example.com",
      dpo: { name: "Dana Schmidt", email: "dpo@example.com" },
      securityMeasures: "https://example.com/security",
    },
    groups: [],
    subjects: [{ slug: "customers", name: { en: "Customers" }, category: "customer", public: true, countries: [] }],
    systems: [{ slug: "platform", name: { en: "Platform" }, public: true, countries: ["DE"] }],
    vendors: [vendor("hoster", { processingCountries: ["IE"] })],
    flows: [flow("customers", "platform", { legalBasis: "contract" }), flow("platform", "hoster")],
  };
}

/** The clean map plus a vendor and a flow from the platform to it. */
export function withVendor(slug: string, fields: Partial<Vendor>, flowFields: Partial<Flow> = {}): DataMap {
  const map = cleanMap();
  map.vendors.push(vendor(slug, fields));
  map.flows.push(flow("platform", slug, flowFields));
  return map;
}
