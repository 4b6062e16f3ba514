import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { dataMapJsonSchema } from "../src/index.ts";

const example = parse(readFileSync(new URL("../../../examples/fortrabbit/datamap.yaml", import.meta.url), "utf8")) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true, keywords: ["enumDescriptions"] });
addFormats.default(ajv);
const validate = ajv.compile(dataMapJsonSchema());

const errorsOf = (file: unknown) => (validate(file) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`));

describe("the data-map file's JSON Schema", () => {
  it("accepts the example map", () => {
    expect(errorsOf(example)).toEqual([]);
  });

  it("accepts $schema, which editors use to find it", () => {
    expect(errorsOf({ $schema: "https://example.com/datamap.schema.json", version: 1 })).toEqual([]);
  });

  it("rejects what the parser rejects: unknown keys, codes and keys outside the vocabularies", () => {
    const vendor = { slug: "mailer", name: "Mailer", role: "processor" };
    expect(errorsOf({ version: 1, vendors: [{ ...vendor, webiste: "https://x.example" }] })).toEqual(["/vendors/0 must NOT have additional properties"]);
    expect(errorsOf({ version: 1, vendors: [{ ...vendor, processingCountries: ["UK"] }] })).toEqual(["/vendors/0/processingCountries/0 must be equal to one of the allowed values"]);
    expect(errorsOf({ version: 1, flows: [{ from: "a", to: "b", categories: ["user.colour"] }] })).toEqual(["/flows/0/categories/0 must be equal to one of the allowed values"]);
    expect(errorsOf({ version: 2 })).toEqual(["/version must be equal to constant"]);
  });

  it("describes fields for editors' hover text and names each code", () => {
    const schema = dataMapJsonSchema() as { $defs: { countryCode: { enum: string[]; enumDescriptions: string[] } } };
    const countries = schema.$defs.countryCode;
    expect(countries.enumDescriptions[countries.enum.indexOf("IE")]).toBe("Ireland");
    expect(JSON.stringify(dataMapJsonSchema())).toContain("Stable identity: lower-case letters");
  });
});
