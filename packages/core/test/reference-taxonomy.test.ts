import { describe, expect, test } from "vitest";
import specialCategories from "../data/special-categories.json" with { type: "json" };
import germanNames from "../data/taxonomy-de.json" with { type: "json" };
import {
  ancestors,
  descendants,
  isSpecialCategory,
  isTaxonomyKey,
  resolveTaxonomyKey,
  suggestTaxonomyKey,
  taxonomyEntries,
  taxonomyEntry,
  taxonomyTree,
  type TaxonomyEntry,
  type TaxonomyNode,
} from "../src/reference/index.ts";
import { indexTaxonomy, resolveKey } from "../src/reference/taxonomy-tree.ts";

const bySource = (kind: "category" | "use" | "subject", source: TaxonomyEntry["source"]) =>
  taxonomyEntries(kind).filter((entry) => entry.source === source).map((entry) => entry.key);

describe("taxonomy data", () => {
  test("holds fideslang's 85 categories, 54 uses and 15 subjects plus datamap's extension", () => {
    expect(bySource("category", "fideslang")).toHaveLength(85);
    expect(bySource("use", "fideslang")).toHaveLength(54);
    expect(bySource("subject", "fideslang")).toHaveLength(15);
    expect(bySource("category", "datamap")).toEqual([]);
    expect(bySource("use", "datamap")).toEqual([
      "essential.service.hosting",
      "essential.service.hosting.content_delivery",
      "functional.embedded_content",
    ]);
    expect(bySource("subject", "datamap")).toEqual(["customer_end_user"]);
  });

  test("hangs the extension below existing fideslang keys", () => {
    expect(taxonomyEntry("use", "essential.service.hosting")).toMatchObject({
      parent: "essential.service",
      name: { en: "Hosting and Infrastructure", de: "Hosting und Infrastruktur" },
      source: "datamap",
    });
    expect(ancestors("use", "essential.service.hosting.content_delivery")).toEqual([
      "essential.service.hosting",
      "essential.service",
      "essential",
    ]);
  });

  test("has a German name for every entry", () => {
    for (const kind of ["category", "use", "subject"] as const) {
      for (const entry of taxonomyEntries(kind)) expect(entry.name.de, entry.key).toBeTruthy();
    }
    expect(taxonomyEntry("category", "user.device.ip_address")?.name).toEqual({ en: "IP Address", de: "IP-Adresse" });
    expect(taxonomyEntry("subject", "customer")?.name.de).toBe("Kunden");
    for (const kind of ["category", "use", "subject"] as const) {
      for (const key of Object.keys(germanNames[kind])) expect(isTaxonomyKey(kind, key), key).toBe(true);
    }
  });

  test("keeps fideslang's English names and descriptions", () => {
    expect(taxonomyEntry("category", "user.contact.email")).toMatchObject({
      name: { en: "User Contact Email" },
      description: "User's contact email address.",
      parent: "user.contact",
      deprecated: false,
      replacedBy: null,
      special: null,
      source: "fideslang",
    });
    expect(taxonomyEntry("subject", "visitor")?.parent).toBeNull();
  });
});

describe("descendants and ancestors", () => {
  test("a key covers itself and everything below it", () => {
    const contact = descendants("category", "user.contact");
    expect(contact[0]).toBe("user.contact");
    expect(contact).toContain("user.contact.email");
    expect(contact).toContain("user.contact.address.city");
    expect(contact).not.toContain("user.device.ip_address");
    expect(contact).toHaveLength(12);
    expect(descendants("use", "essential.service")).toContain("essential.service.hosting.content_delivery");
  });

  test("a leaf covers only itself; an unknown key covers nothing", () => {
    expect(descendants("category", "user.contact.email")).toEqual(["user.contact.email"]);
    expect(descendants("category", "user.contact.pigeon")).toEqual([]);
  });

  test("ancestors go from the parent up to the root", () => {
    expect(ancestors("category", "user.contact.address.city")).toEqual(["user.contact.address", "user.contact", "user"]);
    expect(ancestors("category", "user")).toEqual([]);
    expect(ancestors("subject", "customer")).toEqual([]);
  });
});

describe("taxonomyTree", () => {
  const count = (nodes: TaxonomyNode[]): number => nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);

  test("nests every entry below its root", () => {
    const categories = taxonomyTree("category");
    expect(categories.map((node) => node.key)).toEqual(["system", "user"]);
    expect(count(categories)).toBe(85);
    const contact = categories[1]?.children.find((node) => node.key === "user.contact");
    expect(contact?.children.map((node) => node.key)).toContain("user.contact.email");
    expect(count(taxonomyTree("use"))).toBe(57);
    expect(taxonomyTree("subject")).toHaveLength(16);
  });
});

describe("resolveTaxonomyKey", () => {
  test("returns a current key unchanged and nothing for an unknown key", () => {
    expect(resolveTaxonomyKey("category", "user.contact.email")).toEqual({ key: "user.contact.email" });
    expect(resolveTaxonomyKey("category", "user.contact.pigeon")).toBeUndefined();
    expect(isTaxonomyKey("category", "user.contact.pigeon")).toBe(false);
  });

  // The pinned fideslang commit deprecates nothing; fideslang 3.2 will (see docs/migration/v3.2.0.md upstream).
  // When the data is updated, this fails: then test a real deprecated key here.
  test("the pinned fideslang data has no deprecated keys yet", () => {
    for (const kind of ["category", "use", "subject"] as const) {
      expect(taxonomyEntries(kind).filter((entry) => entry.deprecated).map((entry) => entry.key)).toEqual([]);
    }
  });

  const entry = (key: string, parent: string | null, replacedBy: string | null = null): TaxonomyEntry => ({
    key,
    name: { en: key },
    description: "",
    parent,
    deprecated: replacedBy !== null,
    replacedBy,
    special: null,
    source: "fideslang",
  });

  test("follows replaced_by chains and keeps the original (fideslang 3.2's biometric renames as fixture)", () => {
    const index = indexTaxonomy([
      entry("user", null),
      entry("user.biometric", "user", "user.biometrics"),
      entry("user.biometrics", "user"),
      entry("user.biometric.health", "user.biometric", "user.biometric"),
      entry("user.loop", "user", "user.loop"),
      entry("user.gone", "user", "user.missing"),
    ]);
    expect(resolveKey(index, "user.biometric")).toEqual({ key: "user.biometrics", replacedFrom: "user.biometric" });
    expect(resolveKey(index, "user.biometric.health")).toEqual({ key: "user.biometrics", replacedFrom: "user.biometric.health" });
    expect(resolveKey(index, "user.biometrics")).toEqual({ key: "user.biometrics" });
    expect(resolveKey(index, "user.loop")).toEqual({ key: "user.loop" });
    expect(resolveKey(index, "user.gone")).toEqual({ key: "user.gone" });
  });

  test("refuses a taxonomy whose parents are missing or misnamed", () => {
    expect(() => indexTaxonomy([entry("user.contact", "user")])).toThrow(/unknown parent/);
    expect(() => indexTaxonomy([entry("user", null), entry("system.x", "user")])).toThrow(/does not start with/);
  });
});

describe("special categories", () => {
  test("flag Art. 9 and Art. 10 data, including keys below a flagged one", () => {
    expect(isSpecialCategory("user.health_and_medical")).toBe(true);
    expect(isSpecialCategory("user.health_and_medical.genetic")).toBe(true);
    expect(isSpecialCategory("user.biometric.fingerprint")).toBe(true);
    expect(isSpecialCategory("user.demographic.religious_belief")).toBe(true);
    expect(isSpecialCategory("user.criminal_history")).toBe(true);
    expect(taxonomyEntry("category", "user.biometric.voice")?.special).toBe("art9");
    expect(taxonomyEntry("category", "user.criminal_history")?.special).toBe("art10");
  });

  test("leave ordinary data alone", () => {
    for (const key of ["user", "user.contact.email", "user.device.ip_address", "user.demographic", "user.demographic.gender"]) {
      expect(isSpecialCategory(key), key).toBe(false);
    }
    expect(taxonomyEntries("use").every((entry) => entry.special === null)).toBe(true);
  });

  test("name only keys that exist", () => {
    for (const key of Object.keys(specialCategories.categories)) expect(isTaxonomyKey("category", key), key).toBe(true);
  });
});

describe("suggestTaxonomyKey", () => {
  test.each([
    ["category", "User.Contact.Email", "user.contact.email"],
    ["category", "email", "user.contact.email"],
    ["category", "contact.email", "user.contact.email"],
    ["category", "ip address", "user.device.ip_address"],
    ["category", "user.ip_address", "user.device.ip_address"],
    ["category", "user.contact.emial", "user.contact.email"],
    ["category", "E-Mail-Adresse", "user.contact.email"],
    ["category", "health", "user.health_and_medical"],
    ["use", "hosting", "essential.service.hosting"],
    ["use", "payment", "essential.service.payment_processing"],
    ["subject", "customers", "customer"],
    ["subject", "Bewerber", "job_applicant"],
  ] as const)("%s %s → %s", (kind, input, expected) => {
    expect(suggestTaxonomyKey(kind, input)).toBe(expected);
  });

  test("gives nothing when nothing is close", () => {
    expect(suggestTaxonomyKey("category", "carrier pigeon")).toBeUndefined();
    expect(suggestTaxonomyKey("use", "")).toBeUndefined();
  });
});
