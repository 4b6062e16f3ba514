/**
 * `pnpm bench`: runs the suite at full size and writes BENCHMARKS.md at the repository's root.
 * `pnpm bench graph widgets` runs only the measures named and prints their tables instead.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { machine } from "./machine.ts";
import { markdown } from "./report.ts";
import { full, measures, runSuite, type Measure } from "./suite.ts";

const file = fileURLToPath(new URL("../../../BENCHMARKS.md", import.meta.url));
const header = machine();
const named = process.argv.slice(2);
const unknown = named.filter((name) => !measures.includes(name as Measure));
if (unknown.length > 0) {
  console.error(`unknown measure ${unknown.join(", ")}: choose from ${measures.join(", ")}`);
  process.exit(2);
}
const only = named.length > 0 ? (named as Measure[]) : measures;
const sections = await runSuite(full, (line) => console.log(line), only);
if (named.length > 0) console.log(markdown(header, sections));
else {
  writeFileSync(file, markdown(header, sections));
  console.log(`wrote ${file}`);
}
process.exit(0);
