import { controllerColumns, processorColumns, type DataMap } from "@datamap/core";
import { parse } from "csv-parse/sync";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { headerText } from "../src/exports/ropa-table.ts";
import { smallMap } from "./fixtures.ts";
import { useApp } from "./harness.ts";

/** The small map, plus hosting on behalf of customers and a vendor whose name needs escaping. */
const map: DataMap = {
  ...smallMap,
  subjects: [...smallMap.subjects, { slug: "end-users", name: { en: "End users of customers' apps" }, category: "customer_end_user", public: true, countries: [] }],
  vendors: [...smallMap.vendors, { slug: "evil", name: { en: "<script>Evil & Co</script>" }, role: "processor", processingCountries: ["DE"], status: "active", certifications: [], public: true }],
  flows: [
    ...smallMap.flows,
    { key: "end-users->platform", from: "end-users", to: "platform", categories: ["user"], purposes: ["essential.service.hosting"], countries: [], mechanisms: [], public: true },
    { key: "platform->aws:apps", from: "platform", to: "aws", categories: ["user"], purposes: ["essential.service.hosting"], countries: [], mechanisms: [], public: true },
    { key: "platform->evil", from: "platform", to: "evil", categories: ["user.name"], purposes: ["analytics.reporting"], legalBasis: "consent", countries: [], mechanisms: [], retention: "90 days", public: true },
  ],
};
const api = useApp(map);

async function get(path: string, role: "READER" | null = "READER"): Promise<Response> {
  const headers: Record<string, string> = role ? { authorization: `Bearer ${await api.tokenFor(role)}` } : {};
  return api.app.fetch(`http://datamap.test${path}`, { headers });
}

const controllerHeaders = controllerColumns.map(headerText);

describe("RoPA exports", () => {
  it("are for readers only", async () => {
    for (const format of ["csv", "xlsx", "html"]) expect((await get(`/api/exports/ropa.${format}`, null)).status).toBe(401);
  });

  it("CSV reads back with every Art. 30(1) column and explicit missing fields", async () => {
    const response = await get("/api/exports/ropa.csv");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, ...rows] = parse(await response.text(), { bom: true }) as string[][];
    expect(header).toEqual(controllerHeaders);
    expect(controllerHeaders.join(" ")).toMatch(/30\(1\)\(a\).*30\(1\)\(b\).*30\(1\)\(c\).*30\(1\)\(d\).*30\(1\)\(e\).*30\(1\)\(f\).*30\(1\)\(g\)/);
    const byPurpose = new Map(rows.map((row) => [row[3], Object.fromEntries(header!.map((name, index) => [name, row[index]]))]));
    expect([...byPurpose.keys()]).toEqual([
      "Analytics for Reporting (analytics.reporting)",
      "Essential for Service (essential.service)",
      "Hosting and Infrastructure (essential.service.hosting)",
      "Marketing Email Communications (marketing.communications.email)",
    ]);
    const marketing = byPurpose.get("Marketing Email Communications (marketing.communications.email)")!;
    expect(marketing["Data protection officer (Art. 30(1)(a))"]).toBe("MISSING: no data protection officer contact in organization.dpo");
    expect(marketing["Transfers to third countries and safeguards (Art. 30(1)(e))"]).toContain("United States — Mailer Inc.: Standard Contractual Clauses, module 2");
    expect(marketing["Time limits for erasure (Art. 30(1)(f))"]).toMatch(/^MISSING: /);
    for (const row of rows) for (const value of row) expect(value).not.toBe("");
  });

  it("CSV gives the Art. 30(2) record on request", async () => {
    const [header, ...rows] = parse(await (await get("/api/exports/ropa.csv?record=processor")).text(), { bom: true }) as string[][];
    expect(header).toEqual(processorColumns.map(headerText));
    expect(rows.map((row) => row[4])).toEqual(["End users of customers' apps"]);
    expect((await get("/api/exports/ropa.csv?record=nope")).status).toBe(400);
  });

  it("XLSX reads back with both records, every column", async () => {
    const response = await get("/api/exports/ropa.xlsx");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="ropa-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const sheets = await readXlsxFile(Buffer.from(await response.arrayBuffer()));
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(["Art. 30(1) controller", "Art. 30(2) processor"]);
    const [controller, processor] = sheets;
    expect(controller!.data[0]).toEqual(controllerHeaders);
    expect(controller!.data).toHaveLength(5);
    expect(controller!.data[1]![3]).toBe("Analytics for Reporting (analytics.reporting)");
    expect(processor!.data[0]).toEqual(processorColumns.map(headerText));
    expect(processor!.data[1]![6]).toBe("sub-processors: Amazon Web Services (IE)");
  });

  it("HTML is printable and escapes what the map says", async () => {
    const response = await get("/api/exports/ropa.html");
    const html = await response.text();
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;Evil &amp; Co&lt;/script&gt;");
    expect(html).toContain("Record of processing activities of the processor (Art. 30(2) GDPR)");
    expect(html).toContain('<td class="missing">MISSING: no data protection officer contact in organization.dpo</td>');
  });
});
