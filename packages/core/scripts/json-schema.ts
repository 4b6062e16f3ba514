import { mkdirSync, writeFileSync } from "node:fs";
import { dataMapJsonSchema } from "../src/file/json-schema.ts";

/** Writes generated/datamap.schema.json, which the example maps point their editors at. */
const target = new URL("../generated/datamap.schema.json", import.meta.url);
mkdirSync(new URL(".", target), { recursive: true });
writeFileSync(target, `${JSON.stringify(dataMapJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
