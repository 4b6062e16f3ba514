import type { DataMap } from "@datamap/core";

/** A small map with every kind of node, an onward transfer and a transfer outside the EEA. */
export const smallMap: DataMap = {
  version: 1,
  organization: { name: "Example GmbH", country: "DE" },
  groups: [
    { slug: "hosting", name: { en: "Cloud hosting", de: "Cloud-Hosting" } },
    { slug: "mail", name: { en: "E-mail" } },
  ],
  subjects: [{ slug: "customers", name: { en: "Customers", de: "Kunden" }, category: "customer", public: true, countries: [] }],
  systems: [{ slug: "platform", name: { en: "Platform" }, public: true, countries: ["DE"] }],
  vendors: [
    { slug: "aws", name: { en: "Amazon Web Services" }, legalName: "Amazon Web Services EMEA SARL", role: "sub-processor", headquarters: "US", processingCountries: ["IE"], group: "hosting", status: "active", certifications: ["dpf"], public: true },
    { slug: "mailer", name: { en: "Mailer Inc." }, role: "processor", headquarters: "US", processingCountries: ["US"], group: "mail", status: "active", certifications: [], public: true, notes: "contract renewal in May" },
    { slug: "relay", name: { en: "Relay Ltd" }, role: "sub-processor", processingCountries: ["IN"], group: "mail", status: "disabled-but-listed", certifications: [], public: false },
  ],
  flows: [
    { key: "customers->platform", from: "customers", to: "platform", categories: ["user.contact.email", "user.name"], purposes: ["essential.service"], countries: [], mechanisms: [], public: true },
    { key: "platform->aws", from: "platform", to: "aws", categories: ["user.contact.email", "user.device.ip_address"], purposes: ["essential.service"], countries: [], mechanisms: [], public: true },
    { key: "platform->mailer", from: "platform", to: "mailer", categories: ["user.contact.email"], purposes: ["marketing.communications.email"], countries: [], mechanisms: ["scc-2"], public: true },
    { key: "mailer->relay", from: "mailer", to: "relay", categories: ["user.contact.email"], purposes: ["marketing.communications.email"], countries: [], mechanisms: [], public: true },
  ],
};
