import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { candidateJsonSchema, policyTestJsonSchema, rulebookJsonSchema } from "../../src/schema/index.js";

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

describe("every property and definition of the emitted JSON Schemas has a description (an editor shows it on hover)", () => {
  type Node = Record<string, unknown>;
  const missing = (schema: Node): string[] => {
    const defs = (schema.$defs ?? {}) as Record<string, Node>;
    const described = (node: Node): boolean => typeof node.description === "string" || (typeof node.$ref === "string" && described(defs[node.$ref.replace("#/$defs/", "")] ?? {}));
    const gaps: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((child, index) => walk(child, `${path}/${index}`));
      if (node === null || typeof node !== "object") return;
      const record = node as Node;
      for (const [key, child] of Object.entries((record.properties ?? {}) as Record<string, Node>)) {
        if (!described(child)) gaps.push(`${path}/properties/${key}`);
      }
      for (const [key, child] of Object.entries(record)) if (key !== "properties") walk(child, `${path}/${key}`);
      for (const [key, child] of Object.entries((record.properties ?? {}) as Record<string, Node>)) walk(child, `${path}/properties/${key}`);
    };
    for (const [name, def] of Object.entries(defs)) if (!name.startsWith("__") && !described(def)) gaps.push(`$defs/${name}`);
    walk(schema, "#");
    return [...new Set(gaps)];
  };

  test.each(emitted)("%s", (_file, make) => {
    expect(missing(make())).toEqual([]);
  });
});
