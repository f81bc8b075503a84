import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { AwardRulesError, loadRulebook } from "../../src/index.js";
import { type RulebookLookup } from "../../src/policyTests/index.js";
import { checkMutants, type EquivalentMutant } from "../../src/policyTests/mutationCheck.js";
import { GUIDE_STEP_10_TESTS } from "../support/cli.js";

// The mutation check over the minimal award (fixtures/authoring/minimal/006-minimal.json, asOf
// 2026-12-15, 上一年度 = 2025): level 1 is any of l1.honour (an individual title last year, ≥ 1)
// and l1.praise (≥ 3 commendations last year); level 2 is l2 (≥ 1 commendation last year).
//
// Its 11 edits, worked out by hand, against two tests:
//   A: 3 commendations in 2025, no honour → level 1 (by l1.praise)
//   C: 2 commendations in 2025, no honour → level 2 (l1 fails, l2 passes)
//
//  1 window:previousYear years 1 → 0        refused by the loader (a window is ≥ 1 year)
//  2 window:previousYear years 1 → 2        survives: 2024–2025 holds the same commendations
//  3 l1 any → all                           caught by A (no honour → level 2)
//  4 l1 option l1.honour removed            survives: A and C turn on l1.praise alone
//  5 l1 option l1.praise removed            caught by A
//  6 l1.honour value 1 → 0                  caught by C (0 honours ≥ 0 → level 1)
//  7 l1.honour value 1 → 2                  survives
//  8 l1.praise value 3 → 2                  caught by C (2 ≥ 2 → level 1)
//  9 l1.praise value 3 → 4                  caught by A (3 < 4 → level 2)
// 10 l2 value 1 → 0                         survives
// 11 l2 value 1 → 2                         survives
// caught 5, refused 1, survived 5: 5 ÷ (11 − 1) = 50%.

const root = join(import.meta.dirname, "..", "..");
const minimalJson = (): unknown => JSON.parse(readFileSync(join(root, "fixtures/authoring/minimal/006-minimal.json"), "utf8"));
const minimal = loadRulebook(minimalJson());
const lookup: RulebookLookup = (id) => (id === "minimal-006" ? minimal : undefined);

const commendations = (count: number) => Array.from({ length: count }, (_, index) => ({ date: `2025-0${index + 3}-01`, kind: "letter", verified: true }));
const policyTest = (name: string, count: number, level: number) => ({
  test: {
    name,
    description: `${count} commendations in 2025 and no honour: level ${level}.`,
    rulebook: "minimal-006",
    award: "minimal",
    asOf: "2026-12-15",
    input: { id: name, honours: [], commendations: commendations(count) },
    expected: { status: "qualified", level },
  },
});
const testA = policyTest("A", 3, 1);
const testC = policyTest("C", 2, 2);

// In Chinese each survivor names the item by its label and clause and says the change in the clause's words
// (countAtLeast is 不少于); in English by the keys, as the equivalents file matches them.
const window = { zh: "上一年度", en: "the previous year" };
const oneOf = { zh: "满足其一", en: "one of" };
const honour = { zh: "上一年度获个人先进称号", en: "an individual title last year" };
const commended = { zh: "上一年度获表扬", en: "commended last year" };
const survivors = [
  {
    path: "windows.previousYear.years",
    item: "window:previousYear",
    label: window,
    clause: "006 第二条",
    description: { zh: "将「上一年度」（006 第二条）的“年数 1”改为“年数 2”", en: "years 1 → 2" },
  },
  {
    path: "awards.0.categories.0.levels.0.conditions.any",
    item: "l1",
    label: oneOf,
    clause: "006 第二条",
    description: { zh: "删去「满足其一」（006 第二条）的选项「上一年度获个人先进称号」", en: "option l1.honour removed" },
  },
  {
    path: "awards.0.categories.0.levels.0.conditions.any.0.value",
    item: "l1.honour",
    label: honour,
    clause: "006 第二条1",
    description: { zh: "将「上一年度获个人先进称号」（006 第二条1）的“不少于 1”改为“不少于 2”", en: "value 1 → 2" },
  },
  {
    path: "awards.0.categories.0.levels.1.conditions.value",
    item: "l2",
    label: commended,
    clause: "006 第三条",
    description: { zh: "将「上一年度获表扬」（006 第三条）的“不少于 1”改为“不少于 0”", en: "value 1 → 0" },
  },
  {
    path: "awards.0.categories.0.levels.1.conditions.value",
    item: "l2",
    label: commended,
    clause: "006 第三条",
    description: { zh: "将「上一年度获表扬」（006 第三条）的“不少于 1”改为“不少于 2”", en: "value 1 → 2" },
  },
];

describe("checkMutants", () => {
  test("caught, refused by the loader (not counted), and each survivor named with its clause", () => {
    expect(checkMutants([testA, testC], lookup)).toEqual([{ rulebook: "minimal-006", total: 11, caught: 5, refused: 1, survived: survivors, percent: 50 }]);
  });

  test("one test alone catches fewer: A catches 3 of 10 (30%)", () => {
    const [result] = checkMutants([testA], lookup);
    expect([result?.caught, result?.refused, result?.survived.length, result?.percent]).toEqual([3, 1, 7, 30]);
    expect(result?.survived.map((survivor) => `${survivor.item} ${survivor.description.en}`)).toContain("l1.praise value 3 → 2");
  });

  test("an equivalent edit is reported with its reason and left out of the percentage: 5 ÷ (11 − 1 − 1) = 55.5% (rounded down)", () => {
    const reason = "no test of 006 expects level 2 of someone with exactly one commendation";
    const equivalents: EquivalentMutant[] = [{ rulebook: "minimal-006", path: "awards.0.categories.0.levels.1.conditions.value", description: "value 1 → 2", reason }];
    const [result] = checkMutants([testA, testC], lookup, equivalents);
    expect(result?.percent).toBe(55.5);
    expect(result?.caught).toBe(5);
    expect(result?.survived).toEqual([...survivors.slice(0, 4), { ...survivors[4], equivalent: reason }]);
  });

  test("an equivalent's Chinese reason is carried beside the English one", () => {
    const equivalents: EquivalentMutant[] = [
      { rulebook: "minimal-006", path: "awards.0.categories.0.levels.1.conditions.value", description: "value 1 → 2", reason: "r", reasonZh: "理由" },
    ];
    const [result] = checkMutants([testA, testC], lookup, equivalents);
    expect(result?.survived.at(-1)).toEqual({ ...survivors[4], equivalent: "r", equivalentZh: "理由" });
  });

  test("an equivalent is matched on rulebook, path and English description, all three", () => {
    const entry = { rulebook: "minimal-006", path: "awards.0.categories.0.levels.1.conditions.value", description: "value 1 → 2", reason: "r" };
    for (const wrong of [
      { ...entry, rulebook: "model-post-000" },
      { ...entry, path: "awards.0.categories.0.levels.1.conditions" },
      { ...entry, description: "value 1 → 0 " },
    ]) {
      const [result] = checkMutants([testA, testC], lookup, [wrong]);
      expect(result?.percent).toBe(50);
      expect(result?.survived.every((survivor) => survivor.equivalent === undefined)).toBe(true);
    }
  });

  test("every survivor shown equivalent: 100%", () => {
    const equivalents = survivors.map((survivor) => ({ rulebook: "minimal-006", path: survivor.path, description: survivor.description.en, reason: "shown" }));
    expect(checkMutants([testA, testC], lookup, equivalents)[0]?.percent).toBe(100);
  });

  test("the rulebook the lookup gives is left as it was", () => {
    checkMutants([testA, testC], lookup);
    expect(minimal.rulebook).toEqual(loadRulebook(minimalJson()).rulebook);
  });

  test("tests of a rulebook the lookup does not know are skipped; an ill-formed test is refused", () => {
    expect(checkMutants([{ test: { ...testA.test, rulebook: "nope-000" } }], lookup)).toEqual([]);
    expect(() => checkMutants([{ test: { ...testA.test, expected: {} } }], lookup)).toThrow(AwardRulesError);
  });

  test("the guide's step 10: the first nine tests of 005 catch 20 of 25 (80%; 4 refused), the five survivors as listed", () => {
    const cleaner = loadRulebook(JSON.parse(readFileSync(join(root, "fixtures/authoring/rules/005-excellent-cleaner.json"), "utf8")));
    const read = (name: string): unknown => JSON.parse(readFileSync(join(root, "fixtures/authoring/tests", `${name}.json`), "utf8"));
    const records = read("round-records") as unknown[];
    const names = GUIDE_STEP_10_TESTS;
    const cases = names.map((name) => ({ test: read(name), ...(name.startsWith("round") ? { records } : {}) }));
    const [result] = checkMutants(cases, (id) => (id === "excellent-cleaner-005" ? cleaner : undefined));
    expect([result?.total, result?.caught, result?.refused, result?.percent]).toEqual([29, 20, 4, 80]);
    expect(result?.survived.map((survivor) => `${survivor.item} ${survivor.description.en} (${survivor.clause})`)).toEqual([
      "window:twoYears years 2 → 3 (005 第四条(二))",
      "basic.1 greaterThanInclusive → greaterThan (005 第三条(一))",
      "basic.1 value 2 → 1 (005 第三条(一))",
      "basic.1 value 2 → 3 (005 第三条(一))",
      "cleaner.1.2 value 3 → 2 (005 第四条(二))",
    ]);
  });
});
