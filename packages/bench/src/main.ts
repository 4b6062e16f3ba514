/** `pnpm bench`: runs the suite at full size and writes BENCHMARKS.md at the repository's root. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { machine } from "./machine.ts";
import { markdown } from "./report.ts";
import { full, runSuite } from "./suite.ts";

const file = fileURLToPath(new URL("../../../BENCHMARKS.md", import.meta.url));
const header = machine();
const sections = await runSuite(full, (line) => console.log(line));
writeFileSync(file, markdown(header, sections));
console.log(`wrote ${file}`);
process.exit(0);
