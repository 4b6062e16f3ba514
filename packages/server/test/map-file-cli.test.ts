import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDataMap, serializeDataMap } from "@datamap/core";
import { describe, expect, it } from "vitest";
import { runDatamap } from "../src/testing/run-datamap.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "datamap-file-cli-"));
const example = "examples/fortrabbit/datamap.yaml";

/** Runs `datamap <args>` on a database of its own in `dir`, as a script would. */
const datamap = (...args: string[]) =>
  runDatamap(args, { cwd: root, env: { DATAMAP_DATA_DIR: join(dir, "db"), DATABASE_URL: "", NODE_ENV: "production" } });

const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const invalid = file("invalid.yaml", "version: 1\nvendors:\n  - slug: mailer\n    name: Mailer\n    role: processor\n    webiste: https://mailer.example\n");
const smaller = file("smaller.yaml", readFileSync(join(root, example), "utf8").replace(/\n {2}- slug: keycdn\n[\s\S]*?(?=\n\n# Flows)/, "").replace(/\n {2}- from: \w[\w-]*\n {4}to: keycdn\n(?: {4}.*\n)+/g, "\n"));

// The commands run on a PGlite of their own in both projects; once is enough.
describe("datamap import, export and diff", { timeout: 180_000 }, () => {
  it("lists the commands, each with its --help", async () => {
    const { stdout } = await datamap("--help");
    for (const command of ["import [options] <file>", "export [options]", "diff [options] <a> <b>", "fideslang"]) expect(stdout).toContain(command);
    const help = await datamap("import", "--help");
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining("--dry-run") });
  });

  it("exits 2 for an invalid file, with file:line:column and the closest key", async () => {
    const { code, stderr } = await datamap("import", invalid);
    expect(code).toBe(2);
    expect(stderr).toContain(`${invalid}:6:5 vendors[0].webiste: unknown key "webiste"; did you mean "website"?`);
  });

  it("dry-runs, imports and exports the example, which then exports the same bytes", async () => {
    const dry = await datamap("import", example, "--dry-run", "--json");
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, written: { create: 72 } });
    expect((await datamap("export")).stdout).toBe("version: 1\n");

    const imported = await datamap("import", example);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("+ Vendor added: KeyCDN");
    const exported = await datamap("export");
    const map = parseDataMap(readFileSync(join(root, example), "utf8"));
    expect(map.ok && exported.stdout).toBe(map.ok && serializeDataMap(map.map, "yaml"));
    const pruned = await datamap("import", smaller, "--prune", "--json");
    expect(JSON.parse(pruned.stdout).changes).toContainEqual(expect.objectContaining({ type: "ended", id: "keycdn" }));
  });

  it("diffs two files: 0 when the same, 1 when they differ, 2 when one is invalid", async () => {
    expect(await datamap("diff", example, example)).toMatchObject({ code: 0, stdout: "No changes.\n" });
    const differ = await datamap("diff", example, smaller);
    expect(differ.code).toBe(1);
    expect(differ.stdout).toContain("- Vendor removed: KeyCDN");
    const json = await datamap("diff", example, smaller, "--json");
    expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ type: "removed", entity: "vendor", id: "keycdn", effect: "immediate" }));
    expect((await datamap("diff", example, invalid)).code).toBe(2);
  });

  it("writes fideslang and reads it back as a data-map file", async () => {
    const fides = join(dir, "fides.yaml");
    expect((await datamap("fideslang", "export", "--file", example, "--out", fides)).code).toBe(0);
    const back = await datamap("fideslang", "import", fides, "--out", join(dir, "from-fides.yaml"));
    expect(back.code).toBe(0);
    expect(parseDataMap(readFileSync(join(dir, "from-fides.yaml"), "utf8")).ok).toBe(true);
  });
});
