import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { fideslangYaml, fromFideslang, parseDataMap, toFideslang, type DataMap } from "../src/index.ts";

/** Every field datamap keeps, in the shape its export writes (systems first, declarations by name). */
const fides = `system:
  - fides_key: webapp
    name: Web app
    description: The customer-facing application.
    system_type: Service
    egress:
      - { fides_key: backup, type: system, data_categories: [user.contact.email, user.name] }
      - { fides_key: mailer, type: system, data_categories: [user.contact.email] }
    ingress:
      - { fides_key: user, type: user, data_categories: [user.biometric.fingerprint, user.contact.email, user.name] }
    privacy_declarations:
      - name: Fingerprint sign-in
        data_categories: [user.biometric.fingerprint]
        data_use: essential.service.authentication
        data_subjects: [customer, employee]
        ingress: [user]
        processes_special_category_data: true
        special_category_legal_basis: Explicit consent
      - name: Sign-up
        data_categories: [user.name, user.contact.email]
        data_use: essential.service
        data_subjects: [customer]
        ingress: [user]
        legal_basis_for_processing: Contract
        retention_period: Until the account is deleted
      - name: Sign-up
        data_categories: [user.name, user.contact.email]
        data_use: essential.service.notifications.email
        data_subjects: [customer]
        ingress: [user]
        legal_basis_for_processing: Contract
        retention_period: Until the account is deleted
  - fides_key: mailer
    name: Mailer
    system_type: Third Party
    legal_name: Mailer Inc.
    privacy_policy: https://mailer.example/privacy
    dpa_location: https://mailer.example/dpa
    responsibility: [Processor]
    ingress:
      - { fides_key: webapp, type: system, data_categories: [user.contact.email] }
    privacy_declarations:
      - name: Newsletter
        data_categories: [user.contact.email]
        data_use: marketing.communications.email
        data_subjects: []
        ingress: [webapp]
        legal_basis_for_processing: Consent
  - fides_key: backup
    name: Backup Ltd
    system_type: Third Party
    responsibility: [Sub-Processor]
    ingress:
      - { fides_key: webapp, type: system, data_categories: [user.contact.email, user.name] }
    privacy_declarations: []
  - fides_key: insights
    name: Insights
    system_type: Third Party
    responsibility: [Controller]
    privacy_declarations:
      - name: Usage analytics
        data_categories: [user.device.ip_address]
        data_use: analytics.reporting
        data_subjects: [customer]
        ingress: [user]
    ingress:
      - { fides_key: user, type: user, data_categories: [user.device.ip_address] }
`;

function imported(text: string) {
  const result = fromFideslang(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe("fideslang interop", () => {
  it("keeps every field fideslang expresses through an import and an export", () => {
    const { map, warnings } = imported(fides);
    expect(warnings).toEqual([]);
    expect(toFideslang(map)).toEqual(parse(fides));
  });

  it("reads systems as nodes, data subjects as subject groups, declarations as flows", () => {
    const { map } = imported(fides);
    expect(map.systems.map((system) => system.slug)).toEqual(["webapp"]);
    expect(map.vendors.map((vendor) => [vendor.slug, vendor.role])).toEqual([["mailer", "processor"], ["backup", "sub-processor"], ["insights", "independent-controller"]]);
    expect(map.subjects.map((group) => [group.slug, group.category, group.name.en])).toEqual([["customer", "customer", "Customer"], ["employee", "employee", "Employee"]]);
    const signUp = map.flows.find((flow) => flow.key === "customer->webapp:2");
    expect(signUp).toMatchObject({ purposes: ["essential.service", "essential.service.notifications.email"], legalBasis: "contract", description: { en: "Sign-up" } });
    expect(map.flows.find((flow) => flow.key === "webapp->backup")).toMatchObject({ categories: ["user.contact.email", "user.name"], purposes: [] });
  });

  it("names what it does not keep", () => {
    const text = `system:
  - fides_key: Demo_App
    system_type: Application
    tags: [prod]
    administrating_department: Not defined
    legal_basis_for_transfers: [SCCs]
    privacy_declarations:
      - { data_categories: [user.name], data_use: essential.service, data_subjects: [customer], features: [x] }
      - { data_categories: [user.name], data_use: essential.service, egress: [nowhere] }
dataset:
  - fides_key: users
`;
    const { map, warnings } = imported(text);
    expect(map.systems[0]).toMatchObject({ slug: "demo-app", name: { en: "Demo_App" } });
    expect(warnings.map((warning) => warning.path)).toEqual([
      "dataset",
      "system[].legal_basis_for_transfers",
      "system[].tags",
      "system[].privacy_declarations[].features",
      "system[0].privacy_declarations[1].egress",
      "system[0].privacy_declarations[1]",
    ]);
  });

  it("reports keys outside the taxonomy at the declaration they come from", () => {
    const result = fromFideslang("system:\n  - { fides_key: app, system_type: Service, privacy_declarations: [{ data_categories: [user.colour], data_use: essential.service, data_subjects: [customer] }] }\n");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: "system[0].privacy_declarations[0] → categories[0]", message: expect.stringContaining('"user.colour"') });
  });

  it("exports the example map so that its import keeps the flows' fideslang fields", () => {
    const parsed = parseDataMap(readFileSync(new URL("../../../examples/fortrabbit/datamap.yaml", import.meta.url), "utf8"));
    if (!parsed.ok) throw new Error("example map invalid");
    const { map } = imported(fideslangYaml(parsed.map));
    const facts = (source: DataMap) => {
      const subjectKey = new Map(source.subjects.map((group) => [group.slug, group.category ?? group.slug]));
      return source.flows
        .map((flow) => [subjectKey.get(flow.from) ?? flow.from, flow.to, flow.categories, flow.purposes, flow.legalBasis, flow.retention, flow.description?.en].join("|"))
        .sort();
    };
    expect(facts(map)).toEqual(facts(parsed.map));
    expect(map.vendors.map((vendor) => [vendor.slug, vendor.role, vendor.legalName, vendor.privacy, vendor.dpa])).toEqual(
      parsed.map.vendors.map((vendor) => [vendor.slug, vendor.role, vendor.legalName, vendor.privacy, vendor.dpa]),
    );
  });
});
