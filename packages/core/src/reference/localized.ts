import { z } from "zod";

/** An English and a German text, both required in the reference data. */
export const englishAndGerman = z.strictObject({ en: z.string().min(1), de: z.string().min(1) });
export type EnglishAndGerman = z.output<typeof englishAndGerman>;
