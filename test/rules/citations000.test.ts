import { describe, expect, test } from "vitest";
import { bundledRulebook } from "../../src/index.js";
import { sources } from "../support/sources.js";
import { quoteParts, seedsPresent, seedText, SKIPPED_WITHOUT_SEEDS } from "../support/seeds.js";

const { rulebook } = bundledRulebook();


const cited = sources(rulebook);

// The clauses of 000 that state a rule, read off the document's own numbering.
const levelItems = (section: string, items: number): string[] =>
  [1, 2, 3].flatMap((level) => Array.from({ length: items }, (_, index) => `${section}${level}(${index + 1})`));
const RULE_CLAUSES = [
  "§二",
  "§三(一)",
  "§三(二)",
  "§三(三)",
  ...levelItems("§四(一)", 6),
  ...levelItems("§四(二)", 6),
  ...levelItems("§四(三)", 7),
  ...["①", "②", "③"].map((option) => `§四(一)1(6)${option}`),
  ...["①", "②", "③", "④", "⑤"].map((option) => `§四(二)1(6)${option}`),
  ...["①", "②", "③", "④"].map((option) => `§四(二)2(6)${option}`),
  ...["①", "②", "③"].map((option) => `§四(二)3(6)${option}`),
  ...[1, 2, 3].flatMap((level) => ["①", "②", "③", "④"].map((option) => `§四(三)${level}(7)${option}`)),
  "§五(一)",
  "§五(二)",
  "§五(三)",
  "§六(二)",
  "§六(四)",
  "§六(七)",
];

describe("the 000 rulebook against its document", () => {
  test("every rule item cites document 000", () => {
    expect(cited.length).toBeGreaterThan(100);
    for (const source of cited) expect(source.document).toBe("000");
  });

  test.each(RULE_CLAUSES)("clause %s is cited by a rule item", (clause) => {
    expect(cited.some((source) => source.clause === clause || source.clause.split("、").includes(clause))).toBe(true);
  });

  test.skipIf(!seedsPresent)(`every quoted passage appears in the seed document (ellipses mark cuts)${SKIPPED_WITHOUT_SEEDS}`, () => {
    const text = seedText("000");
    const quotes = cited.filter((source) => source.quote !== undefined);
    expect(quotes.length).toBeGreaterThan(20);
    for (const source of quotes) {
      for (const part of quoteParts(source.quote as string)) expect(text, `${source.clause}: ${part}`).toContain(part);
    }
  });
});
