import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { AwardRulesError, bundledRulebook, bundledRulebookIds, loadRulebook, type PolicyTest } from "../../src/index.js";
import { parsePolicyTest, runPolicyTest, runPolicyTests, safeRunPolicyTests, type ObservedEvaluation, type RulebookLookup } from "../../src/policyTests/index.js";

// Unit tests of runPolicyTest / runPolicyTests: one record, a pay rule, a round and what follows
// it, errors expected and unexpected. Every expected value below is worked out from the rule files
// (fixtures/authoring/rules/005-excellent-cleaner.json, rules/000, rules/004) and the fixtures'
// records, not read back from the code.

const root = join(import.meta.dirname, "..", "..");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
const raw = (path: string): Record<string, unknown> => readJson(path) as Record<string, unknown>;
const cleaner = loadRulebook(readJson("fixtures/authoring/rules/005-excellent-cleaner.json"));
const lookup: RulebookLookup = (id) => (id === "excellent-cleaner-005" ? cleaner : bundledRulebookIds().includes(id) ? bundledRulebook(id) : undefined);
const roundRecords = readJson("fixtures/authoring/tests/round-records.json") as unknown[];

/** A fixture test with its `expected` (or any other field) replaced. */
const withChanges = (path: string, changes: Record<string, unknown>): PolicyTest => parsePolicyTest({ ...raw(path), ...changes });
const level2 = "fixtures/authoring/tests/level2-one-verified-commendation.json";
const typo = "fixtures/authoring/tests/error-attestation-key-typo.json";
const payOk = "fixtures/004/pay-performance-upper-tier-two-faults.json";
const payRefused = "fixtures/004/pay-fault-deduction-9-refused.json";
const cycle = "fixtures/rounds/000-cycle-review-revoke-next-round.json";
const brief = (result: ReturnType<typeof runPolicyTest>) => result.failures.map((failure) => [failure.path, failure.expected, failure.actual]);

describe("runPolicyTest: one record", () => {
  test("a test whose expectations the rules meet passes with no failures", () => {
    // C-03: 7 years in logistics, no complaint, 第三条(三) met, 2025 good, 1 verified commendation of 3:
    // level 1 fails both options, level 2 (第五条, 1 verified) passes — as the test expects.
    const result = runPolicyTest(parsePolicyTest(readJson(level2)), lookup);
    expect(result).toEqual({ name: "二等：经查属实的表扬只有 1 次", rulebook: "excellent-cleaner-005", award: "excellent-cleaner", passed: true, failures: [] });
  });

  test("a failing test lists every difference: where, expected, actual, in Chinese and English", () => {
    const test = withChanges(level2, { expected: { status: "qualified", level: 1, conditions: { "cleaner.1.2": "pass" } } });
    const result = runPolicyTest(test, lookup);
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual([
      { path: "expected.level", expected: 1, actual: 2, message: { zh: "等级：应为 1，实为 2", en: "level: expected 1, got 2" }, shownZh: { expected: "1", actual: "2" } },
      {
        path: "expected.conditions.cleaner.1.2",
        expected: "pass",
        actual: "fail",
        // a condition's status in the library's words (符合 / 不符合), not as JSON
        message: { zh: "条件“近两年内服务对象表扬经查属实3次以上”（005 第四条(二)）：应为 符合，实为 不符合", en: 'condition cleaner.1.2: expected "pass", got "fail"' },
        shownZh: { expected: "符合", actual: "不符合" },
      },
    ]);
  });

  test("a rulebook id no lookup knows is a failure naming it", () => {
    const result = runPolicyTest(withChanges(level2, { rulebook: "nope-999" }), lookup);
    expect(result.passed).toBe(false);
    // the id the test file typed, in a code span in Chinese; nothing found is —
    expect(result.failures).toEqual([
      {
        path: "rulebook",
        expected: "nope-999",
        actual: undefined,
        message: { zh: "找不到规则文件 `nope-999`", en: "no rulebook nope-999" },
        shownZh: { expected: "`nope-999`", actual: "—" },
      },
    ]);
  });

  test("an evaluation that fails where a result is expected shows the issue in full", () => {
    // The typo'd attestation key basic3 is refused (unknown_attestation); this test expects a status.
    const result = runPolicyTest(withChanges(typo, { expected: { status: "qualified" } }), lookup);
    expect(result.failures).toHaveLength(1);
    const [failure] = result.failures;
    expect(failure?.path).toBe("expected");
    expect(failure?.expected).toBe("a result");
    expect(failure?.actual).toEqual(expect.arrayContaining([expect.objectContaining({ code: "unknown_attestation", path: ["attestations", "basic3"] })]));
    expect(failure?.message.en).toMatch(/^the evaluation failed: unknown_attestation at attestations\.basic3: /);
    // the key the record typed (basic3) in a code span, as the catalog shows rule-file keys
    expect(failure?.message.zh).toMatch(/^评审出错：审核认定引用了规则中没有的条件：审核认定\.`basic3`：/);
  });
});

describe("runPolicyTest: expected errors (error / errors)", () => {
  test("the expected error is met: pass", () => {
    expect(runPolicyTest(parsePolicyTest(readJson(typo)), lookup).failures).toEqual([]);
    expect(runPolicyTest(parsePolicyTest(readJson(payRefused)), lookup).failures).toEqual([]);
  });

  test("the right code at another path: a failure at expected.errors.0 listing the issues given", () => {
    // 篇1 五3: a fault of 9 yuan is refused at faultDeductions[0], not [1].
    const test = withChanges(payRefused, { expected: { error: { code: "invalid_option", path: ["inputs", "faultDeductions", 1] } } });
    const result = runPolicyTest(test, lookup);
    expect(result.failures.map((failure) => failure.path)).toEqual(["expected.errors.0"]);
    expect(result.failures[0]?.expected).toEqual({ code: "invalid_option", path: ["inputs", "faultDeductions", 1] });
    expect(result.failures[0]?.actual).toContainEqual({ code: "invalid_option", path: ["inputs", "faultDeductions", 0] });
    expect(result.failures[0]?.message.en).toMatch(/^expected the error invalid_option at inputs\.faultDeductions\.1, got /);
  });

  test('an error expected of a record the rules accept: actual is "success"', () => {
    const test = withChanges(level2, { expected: { error: { code: "unknown_attestation", path: ["attestations", "basic3"] } } });
    expect(runPolicyTest(test, lookup).failures).toEqual([
      {
        path: "expected.errors.0",
        expected: { code: "unknown_attestation", path: ["attestations", "basic3"] },
        actual: "success",
        message: {
          zh: "应以错误 `unknown_attestation`（位置 审核认定.`basic3`）拒绝，实为 评定成功，未报错",
          en: 'expected the error unknown_attestation at attestations.basic3, got "success"',
        },
        shownZh: { expected: "错误 `unknown_attestation`（位置 审核认定.`basic3`）", actual: "评定成功，未报错" },
      },
    ]);
  });

  test("errors: every one must be among the issues; error comes first, then errors, each numbered", () => {
    const test = withChanges(typo, {
      expected: {
        error: { code: "unknown_attestation", path: ["attestations", "basic3"] },
        errors: [
          { code: "unknown_attestation", path: ["attestations", "basic3"] },
          { code: "invalid_record", path: ["id"] },
        ],
      },
    });
    expect(brief(runPolicyTest(test, lookup)).map(([path]) => path)).toEqual(["expected.errors.2"]);
  });
});

describe("runPolicyTest: a pay rule's values", () => {
  test("the values worked out by hand pass", () => {
    // 篇1 四/五2: post pool 60000 − 9000 + 600 = 51600; 2520 / 2670 a tier; reward 500 + 2670 − 100 = 3070.
    expect(runPolicyTest(parsePolicyTest(readJson(payOk)), lookup).failures).toEqual([]);
  });

  test("a wrong value, and a value the rule does not compute, are failures naming each", () => {
    const test = withChanges(payOk, { expected: { values: { postPool: 51600, reward: 3000, bonus: 1 } } });
    const result = runPolicyTest(test, lookup);
    expect(brief(result)).toEqual([
      ["expected.values.reward", 3000, 3070],
      ["expected.values.bonus", 1, null],
    ]);
    expect(result.failures[0]?.message).toEqual({ zh: "计算项 `reward`：应为 3000，实为 3070", en: "value reward: expected 3000, got 3070" });
  });

  test("a pay input the rule refuses, where values are expected, is an evaluation failure", () => {
    const test = withChanges(payRefused, { expected: { values: { deductions: 9 } } });
    const result = runPolicyTest(test, lookup);
    expect(result.failures.map((failure) => failure.path)).toEqual(["expected"]);
    expect(result.failures[0]?.message.en).toContain("invalid_option at inputs.faultDeductions.0");
  });
});

describe("runPolicyTest: a round", () => {
  const roundTest = "fixtures/authoring/tests/round-level1-full.json";

  test("recordsFile: the records are the caller's; without them, a failure naming the file", () => {
    const test = parsePolicyTest(readJson(roundTest));
    expect(runPolicyTest(test, lookup, { records: roundRecords }).failures).toEqual([]);
    expect(runPolicyTest(test, lookup).failures).toEqual([
      {
        path: "recordsFile",
        expected: "round-records.json",
        actual: undefined,
        message: { zh: "未读入记录文件 round-records.json", en: "the records file round-records.json was not read" },
        shownZh: { expected: "`round-records.json`", actual: "—" },
      },
    ]);
  });

  test("an error expected of a round that succeeds: a failure at expected.error", () => {
    const { recordsFile: _file, ...rest } = raw(roundTest);
    const test = parsePolicyTest({ ...rest, records: roundRecords, expected: { error: { code: "invalid_record", path: [0] } } });
    expect(brief(runPolicyTest(test, lookup))).toEqual([["expected.error", { code: "invalid_record", path: [0] }, "success"]]);
  });
});

describe("runPolicyTest: after the round (afterRound)", () => {
  test("the ledger and the next round of the 000 cycle fixture pass as written", () => {
    expect(runPolicyTest(parsePolicyTest(readJson(cycle)), lookup).failures).toEqual([]);
  });

  type Cycle = { afterRound: { expected: Record<string, unknown>; nextRound: { expected: { placements: Record<string, unknown>; placedCount: number } } } };
  const cases: [string, (test: Cycle) => void, [string, unknown, unknown]][] = [
    // §六(七): C-02 failed the May review → revoked, not holding.
    ["holders", (test) => void (test.afterRound.expected.holders = { "C-02": "holding" }), ["afterRound.expected.holders.C-02", "holding", "revoked"]],
    ["barredFromNextRound", (test) => void (test.afterRound.expected.barredFromNextRound = []), ["afterRound.expected.barredFromNextRound", [], ["C-02"]]],
    // §六(八): C-02's (revoked) and C-03's (left) places stay empty.
    ["vacancies", (test) => void (test.afterRound.expected.vacancies = ["C-02"]), ["afterRound.expected.vacancies", ["C-02"], ["C-02", "C-03"]]],
    ["refilled", (test) => void (test.afterRound.expected.refilled = true), ["afterRound.expected.refilled", true, false]],
    // §五(三): reviews every half year, 30 May and 30 Nov 2027.
    ["reviewsDue", (test) => void (test.afterRound.expected.reviewsDue = ["2027-05-30"]), ["afterRound.expected.reviewsDue", ["2027-05-30"], ["2027-05-30", "2027-11-30"]]],
    // Round 2027: N-01 is placed at level 1; 4 placed in all.
    [
      "nextRound placements",
      (test) => void (test.afterRound.nextRound.expected.placements = { "N-01": { level: 2 } }),
      ["afterRound.nextRound.expected.placements.N-01.level", 2, 1],
    ],
    ["nextRound placedCount", (test) => void (test.afterRound.nextRound.expected.placedCount = 5), ["afterRound.nextRound.expected.placedCount", 5, 4]],
  ];

  test.each(cases)("%s: one mismatch is one failure naming the field", (_kind, change, failure) => {
    const test = structuredClone(raw(cycle)) as unknown as Cycle;
    change(test);
    expect(brief(runPolicyTest(parsePolicyTest(test), lookup))).toEqual([failure]);
  });
});

describe("runPolicyTest: what the observer sees", () => {
  test("one record: its record, rulebook, award and date; an error test: nothing", () => {
    const seen: ObservedEvaluation[] = [];
    const test = parsePolicyTest(readJson(level2));
    runPolicyTest(test, lookup, { onEvaluation: (evaluation) => seen.push(evaluation) });
    expect(seen).toEqual([{ rulebook: "excellent-cleaner-005", award: "excellent-cleaner", asOf: "2026-12-15", record: test.input }]);
    runPolicyTest(parsePolicyTest(readJson(typo)), lookup, { onEvaluation: (evaluation) => seen.push(evaluation) });
    expect(seen).toHaveLength(1);
  });

  test("a round: each record; after the round, each record of the next round at its own date", () => {
    const seen: ObservedEvaluation[] = [];
    runPolicyTest(parsePolicyTest(readJson(cycle)), lookup, { onEvaluation: (evaluation) => seen.push(evaluation) });
    expect(seen.map((evaluation) => `${evaluation.asOf} ${(evaluation.record as { id: string }).id}`)).toEqual([
      "2026-11-26 C-01",
      "2026-11-26 C-02",
      "2026-11-26 C-03",
      "2026-11-26 C-04",
      "2026-11-26 C-05",
      "2026-11-26 C-06",
      "2027-11-26 C-02",
      "2027-11-26 C-01",
      "2027-11-26 N-01",
      "2027-11-26 N-02",
      "2027-11-26 N-03",
      "2027-11-26 N-04",
    ]);
  });

  test("a pay test with a record: the record", () => {
    const seen: ObservedEvaluation[] = [];
    runPolicyTest(parsePolicyTest(readJson(payOk)), lookup, { onEvaluation: (evaluation) => seen.push(evaluation) });
    expect(seen.map((evaluation) => [evaluation.award, (evaluation.record as { id: string }).id])).toEqual([["performance-pay", "T-101"]]);
  });
});

describe("runPolicyTests", () => {
  test("counts passed and failed, and keeps each test's file", () => {
    const failing = { ...raw(level2), expected: { level: 1 } };
    const report = runPolicyTests(
      [
        { test: readJson(level2), file: "a.json" },
        { test: failing, file: "b.json" },
        { test: readJson("fixtures/authoring/tests/round-level1-full.json"), file: "c.json", records: roundRecords },
      ],
      lookup,
    );
    expect([report.passed, report.failed]).toEqual([2, 1]);
    expect(report.results.map((result) => [result.file, result.passed])).toEqual([
      ["a.json", true],
      ["b.json", false],
      ["c.json", true],
    ]);
  });

  test("a test that does not fit the schema stops everything: invalid_test at its file and path", () => {
    const cases = [
      { test: readJson(level2), file: "good.json" },
      { test: { ...raw(level2), asOf: "15/12/2026" }, file: "bad.json" },
    ];
    let thrown: unknown;
    try {
      runPolicyTests(cases, lookup);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AwardRulesError);
    expect((thrown as AwardRulesError).issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_test", ["bad.json", "asOf"]]]);
  });

  test("without a file, the test is named by its position", () => {
    const result = safeRunPolicyTests([{ test: readJson(level2) }, { test: { ...raw(level2), name: "" } }], lookup);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((issue) => issue.path)).toEqual([[1, "name"]]);
  });

  test("two ways to give the records, or none: invalid_test", () => {
    const both = { ...raw(level2), records: roundRecords };
    const result = safeRunPolicyTests([{ test: both, file: "both.json" }], lookup);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path[0]).toBe("both.json");
  });

  test("a lookup that is not a function is refused", () => {
    const result = safeRunPolicyTests([], "model-post-000" as unknown as RulebookLookup);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]).toMatchObject({ code: "invalid_option", path: ["lookup"] });
  });
});
