// `pnpm build`: the server as one bundle, which bin/datamap.js runs while it is newer than its
// sources (loading some hundred modules through tsx took seconds of every start), and the empty
// database that new embedded databases start from (see src/db/template.ts).
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { writeTemplate } from "../src/db/write-template.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

const { metafile, outputFiles } = await build({
  absWorkingDir: root,
  entryPoints: ["src/cli/index.ts"],
  // Two folders deep, like src/cli/index.ts, so paths relative to a module's own URL (the
  // migrations, the templates, the widgets' bundle) resolve to the same files.
  outfile: "dist/cli/index.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // PGlite reads its WebAssembly and data files from beside its own module.
  external: ["@electric-sql/pglite"],
  // CommonJS dependencies call require() for Node's own modules.
  banner: { js: 'import { createRequire as bundleRequire } from "node:module"; const require = bundleRequire(import.meta.url);' },
  metafile: true,
  // Written below by rename, so that a datamap starting meanwhile (tests, the benchmark) never
  // loads half a bundle.
  write: false,
  logLevel: "warning",
});
mkdirSync(`${root}/dist/cli`, { recursive: true });
writeFileSync(`${root}/dist/cli/inputs.json`, `${JSON.stringify(Object.keys(metafile.inputs))}\n`);
for (const { path, contents } of outputFiles) {
  writeFileSync(`${path}.${process.pid}`, contents);
  renameSync(`${path}.${process.pid}`, path);
}
console.log("bundle: dist/cli/index.js");

console.log(`empty database: ${await writeTemplate()}`);
