import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, loadRulebook } from "../../src/index.js";
import { runPolicyTests, type RulebookLookup } from "../../src/policyTests/index.js";
import { ClauseCoverage, type NodeCoverage } from "../../src/policyTests/coverage.js";
import { GUIDE_STEP_10_TESTS } from "../support/cli.js";

// Clause coverage over 005 (fixtures/authoring/rules/005-excellent-cleaner.json): 9 condition
// nodes — basic (all of basic.1, basic.2, basic.3), cleaner.audience, cleaner.1 (any of cleaner.1.1,
// cleaner.1.2) and cleaner.2. What each record decides is worked out by hand below.

const root = join(import.meta.dirname, "..", "..");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
const cleaner = loadRulebook(readJson("fixtures/authoring/rules/005-excellent-cleaner.json"));
const lookup: RulebookLookup = (id) => (id === "excellent-cleaner-005" ? cleaner : id === "logistics-plans-004" ? bundledRulebook(id) : undefined);
const input = (name: string): Record<string, unknown> => (readJson(`fixtures/authoring/tests/${name}.json`) as { input: Record<string, unknown> }).input;
const observe = (coverage: ClauseCoverage, record: unknown, asOf = "2026-12-15") =>
  coverage.observe({ rulebook: "excellent-cleaner-005", award: "excellent-cleaner", asOf, record });
const counts = (coverage: ClauseCoverage): Record<string, [number, number]> =>
  Object.fromEntries((coverage.report()[0]?.nodes ?? []).map((node: NodeCoverage) => [node.id, [node.decidedPass, node.decidedFail]]));

// C-01: all requirements met; 2025 优秀 (第四条(一) passes), 1 verified commendation (第四条(二) fails, 第五条 passes).
const c01 = input("level1-excellent-appraisal");
// C-03: 2025 良好, 1 verified commendation of 3: both options of 第四条 fail; 第五条 passes.
const c03 = input("level2-one-verified-commendation");
// C-04: a complaint in 近一年: basic.2 fails, so the requirements fail.
const c04 = input("fails-complaint-this-year");
// C-11: 第三条(三) attested notMet: basic.3 fails, so the requirements fail.
const c11 = input("attestation-not-met");

describe("ClauseCoverage: which nodes a record decides", () => {
  test("every node of the rulebook is counted, in the file's order", () => {
    const coverage = new ClauseCoverage(lookup);
    observe(coverage, c01);
    const [entry] = coverage.report();
    expect(entry?.rulebook).toBe("excellent-cleaner-005");
    expect(entry?.nodes.map((node) => [node.id, node.clause])).toEqual([
      ["basic", "005 第三条"],
      ["basic.1", "005 第三条(一)"],
      ["basic.2", "005 第三条(二)"],
      ["basic.3", "005 第三条(三)"],
      ["cleaner.audience", "005 第二条"],
      ["cleaner.1", "005 第四条"],
      ["cleaner.1.1", "005 第四条(一)"],
      ["cleaner.1.2", "005 第四条(二)"],
      ["cleaner.2", "005 第五条"],
    ]);
  });

  test("C-01: every passing node that turns its tree decides it passing; the failing option beside a passing one decides nothing", () => {
    const coverage = new ClauseCoverage(lookup);
    observe(coverage, c01);
    expect(counts(coverage)).toEqual({
      basic: [1, 0],
      "basic.1": [1, 0],
      "basic.2": [1, 0],
      "basic.3": [1, 0],
      "cleaner.audience": [1, 0],
      "cleaner.1": [1, 0],
      "cleaner.1.1": [1, 0],
      "cleaner.1.2": [0, 0],
      "cleaner.2": [1, 0],
    });
  });

  test('a node decided only passing is uncovered, missing "fail"; one never decided, missing "both"', () => {
    const coverage = new ClauseCoverage(lookup);
    observe(coverage, c01);
    const [entry] = coverage.report();
    expect(entry?.covered).toBe(0);
    expect(entry?.percent).toBe(0);
    const missing = Object.fromEntries((entry?.uncovered ?? []).map((node) => [node.id, node.missing]));
    expect(missing["basic.1"]).toBe("fail");
    expect(missing["cleaner.2"]).toBe("fail");
    expect(missing["cleaner.1.2"]).toBe("both");
    expect(entry?.uncovered).toHaveLength(9);
  });

  test("inside an any, an option whose sibling passes is not decided by that record", () => {
    // C-01 with 3 verified commendations in 近两年: both options of 第四条 pass; neither alone turns it.
    const both = { ...c01, commendations: [1, 2, 3].map((month) => ({ date: `2026-0${month}-10`, kind: "banner", verified: true })) };
    const coverage = new ClauseCoverage(lookup);
    observe(coverage, both);
    expect(counts(coverage)["cleaner.1"]).toEqual([1, 0]);
    expect(counts(coverage)["cleaner.1.1"]).toEqual([0, 0]);
    expect(counts(coverage)["cleaner.1.2"]).toEqual([0, 0]);
  });

  test("C-03: a failing any: each failing option decides it failing", () => {
    const coverage = new ClauseCoverage(lookup);
    observe(coverage, c03);
    expect(counts(coverage)).toMatchObject({ "cleaner.1": [0, 1], "cleaner.1.1": [0, 1], "cleaner.1.2": [0, 1], "cleaner.2": [1, 0] });
  });

  test("C-04: the requirements fail — only the failing one decides; the levels are not decided at all", () => {
    const coverage = new ClauseCoverage(lookup);
    observe(coverage, c04);
    expect(counts(coverage)).toEqual({
      basic: [0, 1],
      "basic.1": [0, 0],
      "basic.2": [0, 1],
      "basic.3": [0, 0],
      "cleaner.audience": [1, 0],
      "cleaner.1": [0, 0],
      "cleaner.1.1": [0, 0],
      "cleaner.1.2": [0, 0],
      "cleaner.2": [0, 0],
    });
  });

  test("a record that is not a record, or a rulebook the lookup does not know, is not counted", () => {
    const coverage = new ClauseCoverage(lookup);
    observe(coverage, { id: 5, role: "boss" });
    coverage.observe({ rulebook: "nope-000", award: "excellent-cleaner", asOf: "2026-12-15", record: c01 });
    expect(coverage.report()).toEqual([]);
  });

  test("a scored award: its audience is decided", () => {
    const appraisal = readJson("fixtures/004/appraisal-85-excellent.json") as { input: unknown; asOf: string };
    const coverage = new ClauseCoverage(lookup);
    coverage.observe({ rulebook: "logistics-plans-004", award: "staff-appraisal", asOf: appraisal.asOf, record: appraisal.input });
    const node = coverage.report()[0]?.nodes.find((entry) => entry.id === "staff-appraisal.audience");
    expect([node?.decidedPass, node?.decidedFail]).toEqual([1, 0]);
  });
});

describe("ClauseCoverage: percentages, rounded down", () => {
  test("C-01 and C-03: cleaner.1 and cleaner.1.1 decided both ways — 2 of 9 (22.2%)", () => {
    const coverage = new ClauseCoverage(lookup);
    for (const record of [c01, c03]) observe(coverage, record);
    const [entry] = coverage.report();
    expect([entry?.covered, entry?.total, entry?.percent]).toEqual([2, 9, 22.2]);
    expect(Object.fromEntries((entry?.uncovered ?? []).map((node) => [node.id, node.missing]))).toEqual({
      basic: "fail",
      "basic.1": "fail",
      "basic.2": "fail",
      "basic.3": "fail",
      "cleaner.audience": "fail",
      "cleaner.1.2": "pass",
      "cleaner.2": "fail",
    });
  });

  test("+ C-04 and C-11: basic, basic.2 and basic.3 too — 5 of 9 is 55.5% (down from 55.55…)", () => {
    const coverage = new ClauseCoverage(lookup);
    for (const record of [c01, c03, c04, c11]) observe(coverage, record);
    const [entry] = coverage.report();
    expect([entry?.covered, entry?.total, entry?.percent]).toEqual([5, 9, 55.5]);
    expect(entry?.uncovered.map((node) => node.id)).toEqual(["basic.1", "cleaner.audience", "cleaner.1.2", "cleaner.2"]);
  });

  test("the guide's step 10: the first nine tests leave basic.1 and basic.3 never decided by failing — 7 of 9 (77.7%)", () => {
    const names = GUIDE_STEP_10_TESTS;
    const records = readJson("fixtures/authoring/tests/round-records.json") as unknown[];
    const cases = names.map((name) => ({ test: readJson(`fixtures/authoring/tests/${name}.json`), file: name, ...(name.startsWith("round") ? { records } : {}) }));
    const coverage = new ClauseCoverage(lookup);
    const report = runPolicyTests(cases, lookup, { onEvaluation: (evaluation) => coverage.observe(evaluation) });
    expect(report.failed).toBe(0);
    const [entry] = coverage.report();
    expect([entry?.covered, entry?.total, entry?.percent]).toEqual([7, 9, 77.7]);
    expect(entry?.uncovered.map((node) => [node.id, node.missing])).toEqual([
      ["basic.1", "fail"],
      ["basic.3", "fail"],
    ]);
  });
});

describe("ClauseCoverage: a record whose outcome is still unknown", () => {
  // C-06: 第三条(三) not attested → the requirements are unknown (pendingReview); level 1 is unknown.
  const c06 = input("pending-attestation-missing");

  // docs/authoring.md Part 4, "Coverage and the mutation check": a condition counts as deciding an
  // outcome "passing where that made a level (or requirement …) pass". For C-06 nothing passed — the
  // requirements and level 1 are unknown — so basic.1, basic.2, cleaner.1 and cleaner.1.1 decided no pass.
  test("no condition is counted as deciding a pass when no tree passed", () => {
    const coverage = new ClauseCoverage(lookup);
    observe(coverage, c06);
    expect(counts(coverage)).toMatchObject({ basic: [0, 0], "basic.1": [0, 0], "basic.2": [0, 0], "cleaner.1": [0, 0], "cleaner.1.1": [0, 0] });
  });

  test("a failing level stays decided failing (level 2: no verified commendation)", () => {
    const coverage = new ClauseCoverage(lookup);
    observe(coverage, c06);
    expect(counts(coverage)["cleaner.2"]).toEqual([0, 1]);
  });
});
