import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, bundledRulebookIds } from "../../src/index.js";
import { sources } from "../support/sources.js";

const seeds = join(import.meta.dirname, "..", "..", "..", "shared", "seeds");
const squash = (text: string): string => text.replace(/\s+/g, "");
const seedOf = (document: string): string => {
  const files = readdirSync(seeds).filter((file) => file.startsWith(`${document}_`));
  const file = files.find((name) => name.endsWith(".readable.txt")) ?? files[0];
  return squash(readFileSync(join(seeds, file ?? "missing"), "utf8"));
};


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
