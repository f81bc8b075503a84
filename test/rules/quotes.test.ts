import { describe, expect, test } from "vitest";
import { bundledRulebook, bundledRulebookIds } from "../../src/index.js";
import { sources } from "../support/sources.js";
import { quoteParts, seedsPresent, seedText, SKIPPED_WITHOUT_SEEDS } from "../support/seeds.js";

describe.each(bundledRulebookIds())("rulebook %s against its document", (id) => {
  const { rulebook } = bundledRulebook(id);
  const cited = sources(rulebook);

  test("every rule item cites the rulebook's own document", () => {
    expect(cited.length).toBeGreaterThan(5);
    for (const source of cited) expect(source.document).toBe(rulebook.document.id);
  });

  test.skipIf(!seedsPresent)(`every quoted passage appears in the seed document (ellipses mark cuts)${SKIPPED_WITHOUT_SEEDS}`, () => {
    const text = seedText(rulebook.document.id);
    for (const source of cited.filter((entry) => entry.quote !== undefined)) {
      for (const part of quoteParts(source.quote as string)) expect(text, `${source.clause}: ${part}`).toContain(part);
    }
  });
});
