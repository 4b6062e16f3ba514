/** The closed vocabularies of the data map, as written in data-map files. */

export const vendorRoles = ["processor", "sub-processor", "independent-controller", "joint-controller"] as const;
export type VendorRole = (typeof vendorRoles)[number];

export const vendorStatuses = ["active", "planned", "disabled-but-listed", "ended"] as const;
export type VendorStatus = (typeof vendorStatuses)[number];

export const frequencies = ["continuous", "occasional"] as const;
export type Frequency = (typeof frequencies)[number];

/** GDPR Art. 6(1)(a)–(f). */
export const legalBases = [
  "consent",
  "contract",
  "legal-obligation",
  "vital-interests",
  "public-task",
  "legitimate-interests",
] as const;
export type LegalBasis = (typeof legalBases)[number];

export const certifications = ["dpf", "iso-27001", "soc-2"] as const;
export type Certification = (typeof certifications)[number];

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
