import { describe, expect, test } from "vitest";
import type { Tri } from "../../src/compile/context.js";
import { generateAwardDecide } from "../../src/compile/generateDecide.js";
import { decideVerdicts } from "../../src/evaluate/decideVerdicts.js";
import { bundledRulebook, loadRulebook } from "../../src/index.js";
import { mulberry32 } from "../bench/generate.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const awards = [
  bundledRulebook().awards[0]!,
  loadRulebook(JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/authoring/rules/005-excellent-cleaner.json"), "utf8"))).awards[0]!,
];

describe("the generated decision decides as decideVerdicts", () => {
  test.each(awards.map((award) => [award.award.id, award] as const))("%s: random verdicts, every applied category and none", (_id, award) => {
    const random = mulberry32(5);
    const size = 2 + award.categories.reduce((total, category) => total + 1 + category.levels.length, 0);
    const applied = [undefined, ...award.categories.map((category) => category.id)];
    for (let round = 0; round < 5000; round += 1) {
      // mostly one value, so that whole categories pass, fail or wait together
      const bias = Math.floor(random() * 3);
      const verdicts = Array.from({ length: size }, () => (random() < 0.6 ? bias : Math.floor(random() * 3)) as Tri);
      for (const category of applied) expect(award.decide(verdicts, category)).toEqual(decideVerdicts(award, verdicts, category));
    }
  });

  test("no decider where code cannot be generated (the general one is used)", () => {
    const original = globalThis.Function;
    try {
      (globalThis as { Function: unknown }).Function = function Forbidden() {
        throw new EvalError("code generation is not allowed here");
      };
      expect(generateAwardDecide(awards[0]!)).toBeUndefined();
    } finally {
      (globalThis as { Function: unknown }).Function = original;
    }
  });

  test("category ids are written as literals, whatever they hold", () => {
    const decide = generateAwardDecide({ categories: [{ id: 'a"}; throw 1; //', levels: [{ level: 1 }] }] })!;
    expect(decide([1, 1, 1, 1], undefined)).toEqual({ status: "qualified", category: 'a"}; throw 1; //', level: 1, levels: { 'a"}; throw 1; //': ["pass"] } });
  });
});
