import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { candidateJsonSchema, policyTestJsonSchema, rulebookJsonSchema } from "../../src/index.js";

const rulesDir = join(import.meta.dirname, "..", "..", "rules");
const emitted = [
  ["rulebook.schema.json", rulebookJsonSchema],
  ["candidate.schema.json", candidateJsonSchema],
  ["policy-test.schema.json", policyTestJsonSchema],
] as const;

describe("emitted JSON Schemas", () => {
  test.each(emitted)("rules/schema/%s is up to date with the zod schema (npm run schema rewrites it)", (file, make) => {
    const path = join(rulesDir, "schema", file);
    const text = `${JSON.stringify(make(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === "1") writeFileSync(path, text);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(text);
  });

  test("every rule file names the emitted schema in $schema", () => {
    const files = readdirSync(rulesDir).filter((file) => file.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(rulesDir, file), "utf8")) as { $schema?: string };
      expect(json.$schema, file).toBe("./schema/rulebook.schema.json");
    }
  });

  test("the rulebook schema describes conditions recursively and refuses unknown keys", () => {
    const text = JSON.stringify(rulebookJsonSchema());
    expect(text).toContain('"additionalProperties":false');
    expect(text).toMatch(/"\$ref":"#\/(\$defs|definitions)\//);
  });
});
