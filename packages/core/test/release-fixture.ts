import type { DataMap } from "../src/index.ts";

/** A small public map to edit in release tests. */
export function releaseMap(): DataMap {
  return {
    version: 1,
    organization: { name: "Example GmbH", country: "DE" },
    groups: [{ slug: "hosting", name: { en: "Cloud hosting", de: "Cloud-Hosting" } }],
    subjects: [{ slug: "customers", name: { en: "Customers", de: "Kunden" }, public: true, countries: [] }],
    systems: [{ slug: "platform", name: { en: "Platform" }, public: true, countries: ["DE"] }],
    vendors: [
      { slug: "aws", name: { en: "AWS" }, role: "sub-processor", processingCountries: ["IE"], group: "hosting", status: "active", certifications: ["dpf"], public: true },
      { slug: "mailer", name: { en: "Mailer" }, role: "processor", processingCountries: ["US"], status: "active", certifications: [], public: true },
    ],
    flows: [
      { key: "customers->platform", from: "customers", to: "platform", categories: ["user.contact.email"], purposes: ["essential.service"], countries: [], mechanisms: [], public: true },
      { key: "platform->aws", from: "platform", to: "aws", categories: ["user.contact.email"], purposes: ["essential.service"], countries: [], mechanisms: [], public: true },
      { key: "platform->mailer", from: "platform", to: "mailer", categories: ["user.contact.email"], purposes: ["marketing.communications.email"], countries: [], mechanisms: ["scc-2"], public: true },
    ],
  };
}
