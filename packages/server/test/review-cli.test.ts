import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { controllerColumns } from "@datamap/core";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { headerText } from "../src/exports/ropa-table.ts";
import { runDatamap } from "../src/testing/run-datamap.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "datamap-review-"));

/** Runs `datamap <args>` as CI would, from the repository root. */
const datamap = (...args: string[]) => runDatamap(args, { cwd: root });

function mapFile(name: string, vendor: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `version: 1
subjects: [{ slug: customers, name: Customers }]
systems: [{ slug: platform, name: Platform, countries: [DE] }]
vendors:
${vendor}
flows:
  - { from: customers, to: platform, categories: [user.contact.email], purposes: [essential.service], legalBasis: contract, retention: 30 days }
  - { from: platform, to: mailer, categories: [user.contact.email], purposes: [essential.service], retention: 30 days, mechanisms: [scc-2] }
`,
  );
  return path;
}

const clean = mapFile("clean.yaml", "  - { slug: mailer, name: Mailer, role: processor, processingCountries: [US], dpa: https://mailer.example/dpa }");
const withError = mapFile("error.yaml", "  - { slug: mailer, name: Mailer, role: processor, processingCountries: [US] }");
const invalid = join(dir, "invalid.yaml");
writeFileSync(invalid, "version: 1\nvendors:\n  - { slug: Not A Slug, name: X, role: processor }\n");

// Spawning the CLI takes seconds and needs no database: run it in the PGlite project only.
describe("datamap review", { timeout: 120_000 }, () => {
  it("exits 0 for a map without error-level findings", async () => {
    const { code, stdout } = await datamap("review", clean);
    expect(stdout).toContain("0 findings");
    expect(code).toBe(0);
  });

  it("exits 1 while an error-level finding is open, and prints it in every format", async () => {
    const [text, json, github] = await Promise.all([
      datamap("review", withError),
      datamap("review", withError, "--format", "json"),
      datamap("review", withError, "--format", "github"),
    ]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("ERROR processor-without-dpa (Art. 28(3))");
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).findings).toEqual([expect.objectContaining({ id: "processor-without-dpa:mailer", severity: "error", line: 5 })]);
    expect(github.stdout).toMatch(/^::error file=.*error\.yaml,line=5,title=Processor with no data-processing agreement \(Art. 28\(3\)\)::Mailer is a processor/);
  });

  it("exits 2 with the problems for a file that is not a valid map", async () => {
    const { code, stderr } = await datamap("review", invalid);
    expect(code).toBe(2);
    expect(stderr).toContain('vendors[0].slug: must be a slug');
  });

  it("exports the records of processing from a file", async () => {
    const out = join(dir, "ropa.csv");
    const { code } = await datamap("ropa", "--file", "examples/fortrabbit/datamap.yaml", "--out", out);
    expect(code).toBe(0);
    const [header, ...rows] = parse(readFileSync(out, "utf8"), { bom: true }) as string[][];
    expect(header).toEqual(controllerColumns.map(headerText));
    expect(rows.map((row) => row[3])).toContain("Employment Recruitment (employment.recruitment)");
  });

  it("keeps examples/fortrabbit/REVIEW.md up to date", async () => {
    const marker = "<!-- Generated below this line";
    const committed = readFileSync(join(root, "examples/fortrabbit/REVIEW.md"), "utf8");
    const generated = committed.slice(committed.indexOf("\n", committed.indexOf(marker)) + 1);
    const { stdout } = await datamap("review", "examples/fortrabbit/datamap.yaml", "--format", "markdown");
    expect(generated, "regenerate the part of REVIEW.md below the marker with the command it names").toBe(stdout);
  });
});
