// Prints the size of the embed bundle and fails the build when it is over its gzip budget.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const budget = 35 * 1024;
const file = new URL("../dist/datamap-widgets.js", import.meta.url);
const raw = readFileSync(file);
const gzip = gzipSync(raw, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist/datamap-widgets.js: ${kb(raw.length)} raw, ${kb(gzip)} gzip (budget ${kb(budget)})`);
if (gzip > budget) {
  console.error(`Over budget by ${kb(gzip - budget)}.`);
  process.exit(1);
}
