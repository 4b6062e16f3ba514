import { describe, expect, test } from "vitest";
import { cellText, controllerColumns, controllerRecord, processorColumns, processorRecord } from "../src/index.ts";
import { cleanMap, flow, vendor } from "./review-fixture.ts";

describe("the Art. 30(1) record", () => {
  test("has one row per purpose with every column filled from the map", () => {
    const map = cleanMap();
    map.vendors.push(vendor("mailer", { processingCountries: ["US"] }));
    map.flows.push(flow("platform", "mailer", { purposes: ["marketing.communications.email"], mechanisms: ["scc-2"], retention: "Until unsubscribed." }));
    const rows = controllerRecord(map);
    expect(rows.map((row) => cellText(row.purpose))).toEqual(["Essential for Service (essential.service)", "Marketing Email Communications (marketing.communications.email)"]);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(controllerColumns.map((column) => column.key).sort());
    expect(Object.fromEntries(Object.entries(rows[1]!).map(([key, cell]) => [key, cellText(cell)]))).toEqual({
      controller: "Example GmbH, Hauptstraße 1, 10115 Berlin, privacy@example.com",
      representative: "not required: established in Germany, in the EEA (Art. 27)",
      dpo: "Dana Schmidt, dpo@example.com",
      purpose: "Marketing Email Communications (marketing.communications.email)",
      legalBasis: "MISSING: no legal basis stated",
      dataSubjects: "Customers",
      personalData: "User Contact Email (user.contact.email)",
      specialCategories: "none",
      recipients: "processors: Mailer (US)",
      transfers: "United States — Mailer: Standard Contractual Clauses, module 2 (controller to processor) (Art. 46(2)(c))",
      retention: "Until unsubscribed.",
      security: "https://example.com/security",
    });
  });

  test("marks what the map lacks as missing instead of leaving it out", () => {
    const map = cleanMap();
    delete map.organization;
    map.flows[0]!.retention = undefined;
    map.flows[0]!.categories.push("user.health_and_medical");
    const [row] = controllerRecord(map);
    expect(row?.controller).toEqual({ missing: "the map has no organization" });
    expect(row?.security).toEqual({ missing: "no reference to the security measures in organization.securityMeasures" });
    expect(cellText(row!.retention)).toBe("Deleted 30 days after the account is closed. — MISSING for customers->platform");
    expect(row?.specialCategories).toEqual({ missing: "user.health_and_medical carried with no Art. 9(2) condition stated" });
  });
});

describe("the Art. 30(2) record", () => {
  test("lists processing on behalf of customers, with its sub-processors", () => {
    const map = cleanMap();
    map.subjects.push({ slug: "end-users", name: { en: "End users of customers' apps" }, category: "customer_end_user", public: true, countries: [] });
    map.flows.push(flow("end-users", "platform", { categories: ["user"], purposes: ["essential.service.hosting"] }));
    map.flows.push(flow("platform", "hoster", { key: "platform->hoster:apps", categories: ["user"], purposes: ["essential.service.hosting"] }));
    const rows = processorRecord(map);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(processorColumns.map((column) => column.key).sort());
    expect(cellText(rows[0]!.subProcessors)).toBe("processors: Hoster (IE)");
    expect(cellText(rows[0]!.processing)).toBe("Hosting and Infrastructure (essential.service.hosting)");
    expect(rows[0]!.controllers).toMatchObject({ missing: expect.stringContaining("customer register") });
    expect(controllerRecord(map).map((row) => cellText(row.dataSubjects))).not.toContain("End users of customers' apps");
  });

  test("is empty for a map without processing on behalf of others", () => {
    expect(processorRecord(cleanMap())).toEqual([]);
  });
});
