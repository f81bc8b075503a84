import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, bundledRulebookIds, type Source } from "../../src/index.js";

const seeds = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
const squash = (text: string): string => text.replace(/\s+/g, "");
const seedOf = (document: string): string => {
  const files = readdirSync(seeds).filter((file) => file.startsWith(`${document}_`));
  const file = files.find((name) => name.endsWith(".readable.txt")) ?? files[0];
  return squash(readFileSync(join(seeds, file ?? "missing"), "utf8"));
};

/** Every `source` in a value, wherever it sits. */
function sources(value: unknown, into: Source[] = []): Source[] {
  if (Array.isArray(value)) value.forEach((item) => sources(item, into));
  else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.document === "string" && typeof record.clause === "string") into.push(record as unknown as Source);
    for (const child of Object.values(record)) sources(child, into);
  }
  return into;
}

describe.each(bundledRulebookIds())("rulebook %s against its document", (id) => {
  const { rulebook } = bundledRulebook(id);
  const cited = sources(rulebook);

  test("every rule item cites the rulebook's own document", () => {
    expect(cited.length).toBeGreaterThan(5);
    for (const source of cited) expect(source.document).toBe(rulebook.document.id);
  });

  test("every quoted passage appears in the seed document (ellipses mark cuts)", () => {
    const text = seedOf(rulebook.document.id);
    for (const source of cited.filter((entry) => entry.quote !== undefined)) {
      for (const part of (source.quote as string).split("……")) expect(text, `${source.clause}: ${part}`).toContain(squash(part));
    }
  });
});
