import { describe, expect, it } from "vitest";
import { describeChange, diffMaps, type Change } from "../src/index.ts";
import { releaseMap } from "./release-fixture.ts";

describe("diffMaps", () => {
  it("finds nothing between equal maps", () => {
    expect(diffMaps(releaseMap(), releaseMap())).toEqual([]);
  });

  it("lists exactly what changed, entity by entity", () => {
    const before = releaseMap();
    const after = releaseMap();
    const [aws, mailer] = after.vendors as [(typeof after.vendors)[0], (typeof after.vendors)[0]];
    aws.processingCountries = ["IE", "US"];
    aws.legalName = "Amazon Web Services EMEA SARL";
    mailer.status = "ended";
    after.vendors.push({ slug: "stripe", name: { en: "Stripe" }, role: "sub-processor", processingCountries: ["US"], status: "active", certifications: [], public: true });
    after.flows = after.flows.filter((flow) => flow.key !== "customers->platform");
    const toMailer = after.flows.find((flow) => flow.key === "platform->mailer")!;
    toMailer.categories = ["user.name"];
    toMailer.purposes.push("essential.service");
    toMailer.mechanisms = ["dpf", "scc-2"];
    after.flows.push({ key: "platform->stripe", from: "platform", to: "stripe", categories: ["user.financial"], purposes: [], countries: [], mechanisms: ["dpf"], public: true });

    const mailerFlow = { entity: "flow", id: "platform->mailer", name: { en: "Platform → Mailer" } };
    expect(diffMaps(before, after)).toEqual<Change[]>([
      { type: "changed", entity: "vendor", id: "aws", name: { en: "AWS" }, field: "legalName", before: null, after: "Amazon Web Services EMEA SARL" },
      { type: "item-added", entity: "vendor", id: "aws", name: { en: "AWS" }, field: "processingCountries", item: "US" },
      { type: "ended", entity: "vendor", id: "mailer", name: { en: "Mailer" } },
      { type: "added", entity: "vendor", id: "stripe", name: { en: "Stripe" }, value: expect.objectContaining({ slug: "stripe", processingCountries: ["US"] }) },
      { type: "removed", entity: "flow", id: "customers->platform", name: { en: "Customers → Platform", de: "Kunden → Platform" } },
      { type: "item-removed", ...mailerFlow, field: "categories", item: "user.contact.email" },
      { type: "item-added", ...mailerFlow, field: "categories", item: "user.name" },
      { type: "changed", ...mailerFlow, field: "mechanisms", before: ["scc-2"], after: ["dpf", "scc-2"] },
      { type: "item-added", ...mailerFlow, field: "purposes", item: "essential.service" },
      { type: "added", entity: "flow", id: "platform->stripe", name: { en: "Platform → Stripe" }, value: expect.objectContaining({ categories: ["user.financial"] }) },
    ] as Change[]);
  });

  it("treats a vendor dropped from the map as removed and a reordered country list as unchanged", () => {
    const [before, after] = [releaseMap(), releaseMap()];
    before.vendors[0]!.processingCountries = ["IE", "US"];
    after.vendors[0]!.processingCountries = ["US", "IE"];
    after.vendors = after.vendors.filter((vendor) => vendor.slug !== "mailer");
    after.flows = after.flows.filter((flow) => flow.to !== "mailer");
    const changes = diffMaps(before, after);
    expect(changes.map((change) => `${change.type} ${change.entity} ${change.id}`)).toEqual(["removed vendor mailer", "removed flow platform->mailer"]);
  });

  it("adds the organization as a whole when the older map has none", () => {
    const { organization: _organization, ...before } = releaseMap();
    expect(diffMaps(before, releaseMap()).map((change) => `${change.type} ${change.entity}`)).toEqual(["added organization"]);
  });

  it("diffs the organization field by field", () => {
    const after = releaseMap();
    after.organization = { name: "Example SE", country: "DE", website: "https://example.com" };
    expect(diffMaps(releaseMap(), after).map((change) => change.type === "changed" && [change.field, change.before, change.after])).toEqual([
      ["name", "Example GmbH", "Example SE"],
      ["website", null, "https://example.com"],
    ]);
  });
});

describe("describeChange", () => {
  const name = { en: "AWS" };
  it.each<[Change, string, string]>([
    [{ type: "added", entity: "vendor", id: "aws", name, value: { processingCountries: ["IE", "US"] } }, "Vendor added: AWS (processing in Ireland, United States)", "Dienstleister hinzugefügt: AWS (Verarbeitung: Irland, Vereinigte Staaten)"],
    [{ type: "removed", entity: "vendor", id: "aws", name }, "Vendor removed: AWS", "Dienstleister entfernt: AWS"],
    [{ type: "ended", entity: "vendor", id: "aws", name }, "Vendor ended: AWS", "Dienstleister beendet: AWS"],
    [{ type: "item-added", entity: "vendor", id: "aws", name, field: "processingCountries", item: "US" }, "Vendor AWS: processing country added: United States", "Dienstleister AWS: Verarbeitungsland hinzugefügt: Vereinigte Staaten"],
    [{ type: "changed", entity: "vendor", id: "aws", name, field: "role", before: "processor", after: "sub-processor" }, "Vendor AWS: role changed from processor to sub-processor", "Dienstleister AWS: Rolle geändert von Auftragsverarbeiter zu Unterauftragsverarbeiter"],
    [{ type: "changed", entity: "vendor", id: "aws", name, field: "legalName", before: null, after: "AWS EMEA" }, "Vendor AWS: legal name set to AWS EMEA", "Dienstleister AWS: Firmierung gesetzt auf AWS EMEA"],
    [{ type: "changed", entity: "flow", id: "a->b", name: { en: "A → B" }, field: "mechanisms", before: ["scc-2"], after: ["dpf"] }, "Data flow A → B: transfer mechanisms changed from Standard Contractual Clauses, module 2 (controller to processor) to EU–US Data Privacy Framework", expect.stringContaining("Datenfluss A → B: Übermittlungsgrundlagen geändert von")],
  ])("describes %o", (change, en, de) => {
    expect(describeChange(change)).toEqual({ en, de });
  });
});
