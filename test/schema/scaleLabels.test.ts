import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { valueLabels } from "../../src/validate/valueHints.js";

const rulesDir = join(import.meta.dirname, "..", "..", "rules");
const file = join(rulesDir, "schema", "scale-labels.json");

type Scales = Record<string, { values?: { value: string; label?: { zh?: string } }[] }>;

/** Chinese label → value over the scales of every rule file in rules/ (the bundled ones), in file order, the first label winning. */
function gathered(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(rulesDir)
    .filter((entry) => entry.endsWith(".json"))
    .sort()) {
    const scales = (JSON.parse(readFileSync(join(rulesDir, name), "utf8")) as { scales?: Scales }).scales ?? {};
    for (const scale of Object.values(scales)) {
      for (const entry of scale.values ?? []) if (entry.label?.zh && !Object.hasOwn(found, entry.label.zh)) found[entry.label.zh] = entry.value;
    }
  }
  return found;
}

describe("rules/schema/scale-labels.json: the Chinese names of the bundled scales' values (regenerate: npm run schema)", () => {
  test("is what the bundled rule files say", () => {
    const text = `${JSON.stringify(gathered(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === "1") writeFileSync(file, text);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  test("every label of it is a hint for a record's value, with the candidate schema's own names", () => {
    const labels = valueLabels();
    for (const [label, value] of Object.entries(gathered())) expect(labels.get(label), label).toBe(value);
    expect(labels.get("优秀")).toBe("excellent");
    expect(labels.get("班组")).toBe("team");
  });
});
