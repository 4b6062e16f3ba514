// `pnpm build`: the empty database that new embedded databases start from (see src/db/template.ts).
import { writeTemplate } from "../src/db/write-template.ts";

console.log(`empty database: ${await writeTemplate()}`);
