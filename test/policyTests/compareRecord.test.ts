import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateScored, loadRulebook, type CompiledRulebook, type EvaluationResult, type ScoredResult } from "../../src/index.js";
import { RecordExpectationSchema } from "../../src/schema/index.js";
import { compareRecord, treesOf } from "../../src/policyTests/compareRecord.js";
import { Differences } from "../../src/policyTests/differences.js";

// compareRecord, kind by kind: each expectation a record test may give is compared, and a wrong one
// is one failure at `expected.<field>`. The actual values are worked out from 005 (the authoring
// guide's 优秀保洁员) and 004 篇11 by hand, from the records of the fixtures.

const root = join(import.meta.dirname, "..", "..");
const readJson = (path: string): { input: Record<string, unknown>; asOf: string; award: string; expected: unknown } => JSON.parse(readFileSync(join(root, path), "utf8"));
const cleaner = loadRulebook(JSON.parse(readFileSync(join(root, "fixtures/authoring/rules/005-excellent-cleaner.json"), "utf8")));
const plans = bundledRulebook("logistics-plans-004");

const evaluated = (path: string): EvaluationResult => {
  const fixture = readJson(path);
  return evaluate(cleaner, fixture.input, { asOf: fixture.asOf, award: fixture.award });
};
// C-03: level 2 only (2025 good; 1 verified commendation of 3).
const c03 = evaluated("fixtures/authoring/tests/level2-one-verified-commendation.json");
// C-04: a complaint on 2026-03-02, inside 近一年 → basic.2 fails; it leaves the window on 2027-03-02.
const c04 = evaluated("fixtures/authoring/tests/fails-complaint-this-year.json");
// ST-01: 篇11 appraisal score 85 → 优秀 (85~100), no cap, no forced grade.
const appraisal = readJson("fixtures/004/appraisal-85-excellent.json");
const st01 = evaluateScored(plans, appraisal.input, { asOf: appraisal.asOf, award: appraisal.award });

function compare(expected: unknown, result: EvaluationResult | ScoredResult, compiled: CompiledRulebook = cleaner) {
  const differences = new Differences();
  compareRecord(RecordExpectationSchema.parse(expected), result, differences, compiled);
  return differences.failures;
}

describe("compareRecord: what the rules give, as the tests expect", () => {
  test("the fixtures' own expectations give no failure", () => {
    expect(compare(readJson("fixtures/authoring/tests/level2-one-verified-commendation.json").expected, c03)).toEqual([]);
    expect(compare(readJson("fixtures/authoring/tests/fails-complaint-this-year.json").expected, c04)).toEqual([]);
    expect(compare(appraisal.expected, st01, plans)).toEqual([]);
  });

  test("only what is named is compared: {} gives nothing", () => {
    expect(compare({}, c03)).toEqual([]);
  });

  test("missingFacts: each named must be missing, others may be too", () => {
    const pending = readJson("fixtures/authoring/tests/pending-attestation-missing.json");
    const result = evaluate(cleaner, pending.input, { asOf: pending.asOf, award: pending.award });
    expect(compare({ missingFacts: ["attestation[basic.3]"] }, result)).toEqual([]);
  });
});

// [kind, expected, the result, path, expected value, actual value]
const level: [string, unknown, EvaluationResult, string, unknown, unknown][] = [
  ["status", { status: "notQualified" }, c03, "expected.status", "notQualified", "qualified"],
  ["category", { category: null }, c03, "expected.category", null, "cleaner"],
  ["level", { level: 1 }, c03, "expected.level", 1, 2],
  ["reward", { reward: { value: 600, unit: "CNY per person" } }, c03, "expected.reward", { value: 600, unit: "CNY per person" }, { value: 300, unit: "CNY per person" }],
  ["levels", { levels: { cleaner: { "1": "pass", "2": "pass" } } }, c03, "expected.levels", { cleaner: { "1": "pass", "2": "pass" } }, { cleaner: { "1": "fail", "2": "pass" } }],
  ["conditions", { conditions: { "cleaner.2": "fail" } }, c03, "expected.conditions.cleaner.2", "fail", "pass"],
  ["conditions (an id not in the result)", { conditions: { "cleaner.9": "pass" } }, c03, "expected.conditions.cleaner.9", "pass", null],
  ["refusal", { refusal: ["cleaner.audience"] }, c03, "expected.refusal", ["cleaner.audience"], []],
  ["missingFacts", { missingFacts: ["attestation[basic.3]"] }, c03, "expected.missingFacts", "attestation[basic.3]", []],
  // Deciding reasons of C-03: the requirements (第三条(一)–(三)), the audience (第二条), level 1's
  // two failing options (第四条(一)(二)) and level 2 (第五条). The quota clause 第一条 is none of them.
  [
    "cites",
    { cites: ["005 第五条", "005 第一条"] },
    c03,
    "expected.cites",
    "005 第一条",
    ["005 第三条(一)", "005 第三条(三)", "005 第三条(二)", "005 第二条", "005 第五条", "005 第四条(一)", "005 第四条(二)"],
  ],
  // Level 1 of C-03 would need either option of 第四条: two options, one condition each.
  ["gaps (options)", { gaps: [{ category: "cleaner", level: 1, options: [["cleaner.1.2"]] }] }, c03, "expected.gaps.0.options", ["cleaner.1.2"], ["cleaner.1.1", "cleaner.1.2"]],
  ["gaps (a level reached)", { gaps: [{ category: "cleaner", level: 2, options: [] }] }, c03, "expected.gaps.0", { category: "cleaner", level: 2, options: [] }, null],
  // The complaint of 2026-03-02 leaves 近一年 (counted back from the evaluation date) on 2027-03-02.
  [
    "gaps (clearsOn)",
    { gaps: [{ category: "cleaner", level: 1, options: [["basic.2"]], clearsOn: { "basic.2": "2027-03-01" } }] },
    c04,
    "expected.gaps.0.clearsOn",
    { "basic.2": "2027-03-01" },
    { "basic.2": "2027-03-02" },
  ],
  ["score (a level award has none)", { score: 85 }, c03, "expected.score", 85, null],
];

describe("compareRecord: one mismatch per kind (level award), one failure naming the field", () => {
  test.each(level)("%s", (_kind, expected, result, path, want, got) => {
    const failures = compare(expected, result);
    expect(failures.map((failure) => [failure.path, failure.expected, failure.actual])).toEqual([[path, want, got]]);
    expect(failures[0]?.message.en).toMatch(/\S/);
    expect(failures[0]?.message.zh).toMatch(/\S/);
  });
});

const scored: [string, unknown, string, unknown, unknown][] = [
  ["status", { status: "vetoed" }, "expected.status", "vetoed", "scored"],
  ["score", { score: 84 }, "expected.score", 84, 85],
  ["rubricTotal", { rubricTotal: 100 }, "expected.rubricTotal", 100, 85],
  ["grade", { grade: "qualified" }, "expected.grade", "qualified", "excellent"],
  ["sections", { sections: { total: 80 } }, "expected.sections.total", 80, 85],
  // 篇11 第四条: 优秀、合格 receive the bonus; the bonus is stopped only for 不合格.
  ["consequences", { consequences: { "bonus-stopped": "pass" } }, "expected.consequences.bonus-stopped", "pass", "fail"],
  ["vetoes (the appraisal has none)", { vetoes: { "school.veto.1": "fail" } }, "expected.vetoes.school.veto.1", "fail", null],
  ["level (a scored award has none)", { level: 1 }, "expected.level", 1, null],
];

describe("compareRecord: one mismatch per kind (scored award), one failure naming the field", () => {
  test.each(scored)("%s", (_kind, expected, path, want, got) => {
    expect(compare(expected, st01, plans).map((failure) => [failure.path, failure.expected, failure.actual])).toEqual([[path, want, got]]);
  });

  test("gradeSteps: a step not among the result's is a failure listing the steps taken", () => {
    // No leave in the school year: the leave cap (over 10 days, 第四条) does not apply.
    const failures = compare(
      {
        gradeSteps: [
          { kind: "band", id: "excellent", status: "pass" },
          { kind: "cap", id: "cap.leave", status: "pass" },
        ],
      },
      st01,
      plans,
    );
    expect(failures.map((failure) => failure.path)).toEqual(["expected.gradeSteps.1"]);
    expect(failures[0]?.actual).toContainEqual({ kind: "cap", id: "cap.leave", status: "fail" });
    expect(failures[0]?.message.en).toBe("grade steps should include cap cap.leave pass");
  });

  test("cites of a scored result: the band taken is cited, a cap that does not apply is not", () => {
    expect(compare({ cites: ["004 篇11 第五条4"] }, st01, plans)).toEqual([]);
    expect(compare({ cites: ["004 篇11 第四条 不能确定为优秀 1"] }, st01, plans).map((failure) => failure.path)).toEqual(["expected.cites"]);
  });
});

describe("compareRecord: the words of a condition's failure", () => {
  test("Chinese names the condition by its words and clause, English by its id", () => {
    const [failure] = compare({ conditions: { "cleaner.2": "fail" } }, c03);
    expect(failure?.message).toEqual({
      zh: "条件“近两年内服务对象表扬经查属实1次以上”（005 第五条）：应为 不符合，实为 符合",
      en: 'condition cleaner.2: expected "fail", got "pass"',
    });
  });
});

describe("treesOf", () => {
  test("a level result: the requirements, the audience and each level's tree", () => {
    expect(treesOf(c03).map((tree) => tree.id)).toEqual(["basic", "cleaner.audience", "cleaner.1", "cleaner.2"]);
  });
});
