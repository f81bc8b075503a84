import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateCohort, loadRulebook, type CohortResult } from "../../src/index.js";
import { RoundExpectationSchema } from "../../src/schema/index.js";
import { compareRound } from "../../src/policyTests/compareRound.js";
import { Differences } from "../../src/policyTests/differences.js";

// compareRound, kind by kind. The round is the authoring guide's (fixtures/authoring/tests/
// round-records.json, 005 第一条: level 1 holds 2, level 2 holds 4): at level 1; R-03
// (ranked 3rd, level 1 full) moved to level 2 with; R-06 (a complaint in 近一年)
// qualifies for nothing. Ranks separate everyone: the round is final, no tie.

const root = join(import.meta.dirname, "..", "..");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
const cleaner = loadRulebook(readJson("fixtures/authoring/rules/005-excellent-cleaner.json"));
const round = evaluateCohort(cleaner, readJson("fixtures/authoring/tests/round-records.json") as unknown[], { asOf: "2026-12-15", award: "excellent-cleaner" });

function compare(expected: unknown, result: CohortResult = round, prefix = "expected") {
  const differences = new Differences();
  compareRound(RoundExpectationSchema.parse(expected), result, differences, prefix);
  return differences.failures;
}
const brief = (failures: ReturnType<typeof compare>) => failures.map((failure) => [failure.path, failure.expected, failure.actual]);

describe("compareRound: the round as worked out", () => {
  test("the guide's round-level1-full expectations give no failure", () => {
    const test = readJson("fixtures/authoring/tests/round-level1-full.json") as { expected: unknown };
    expect(compare(test.expected)).toEqual([]);
  });

  test("rank: R-01 is 1st of the 3 level-1 contenders", () => {
    expect(compare({ placements: { "R-01": { rank: 1, status: "placed", level: 1, grade: null } } })).toEqual([]);
  });
});

const cases: [string, unknown, [string, unknown, unknown][]][] = [
  ["roundStatus", { roundStatus: "provisional" }, [["expected.roundStatus", "provisional", "final"]]],
  ["placements: a level", { placements: { "R-03": { status: "placed", level: 1 } } }, [["expected.placements.R-03.level", 1, 2]]],
  ["placements: a status", { placements: { "R-06": { status: "placed" } } }, [["expected.placements.R-06.status", "placed", "notQualified"]]],
  ["placements: a rank", { placements: { "R-01": { rank: 2 } } }, [["expected.placements.R-01.rank", 2, 1]]],
  ["placements: a grade (a level award's is null)", { placements: { "R-01": { grade: "excellent" } } }, [["expected.placements.R-01.grade", "excellent", null]]],
  ["placements: someone not in the round", { placements: { "R-99": { status: "placed" } } }, [["expected.placements.R-99", { status: "placed" }, undefined]]],
  ["placedCount", { placedCount: 6 }, [["expected.placedCount", 6, 5]]],
  [
    "quotas: the places of a level",
    { quotas: [{ key: "level 1", quota: 3, placed: 2 }] },
    [["expected.quotas.0", { key: "level 1", quota: 3, placed: 2 }, { key: "level 1", quota: 2, placed: 2 }]],
  ],
  // Only the fields given are compared: here `placed`, not `quota`.
  [
    "quotas: places given",
    {
      quotas: [
        { key: "level 2", quota: 4, placed: 3 },
        { key: "level 2", placed: 4 },
      ],
    },
    [["expected.quotas.1", { key: "level 2", placed: 4 }, { key: "level 2", placed: 3 }]],
  ],
  ["quotas: a line the round does not have", { quotas: [{ key: "level 9" }] }, [["expected.quotas.0", { key: "level 9" }, null]]],
  ["ties", { ties: [{ key: "level 1", places: 2, candidates: ["R-01", "R-02"] }] }, [["expected.ties", [{ candidates: ["R-01", "R-02"], key: "level 1", places: 2 }], []]]],
];

describe("compareRound: one mismatch per kind, one failure naming the field", () => {
  test.each(cases)("%s", (_kind, expected, failures) => {
    expect(brief(compare(expected))).toEqual(failures);
  });

  test("the prefix names where the expectation sits (a next round's)", () => {
    expect(brief(compare({ placedCount: 4 }, round, "afterRound.nextRound.expected"))).toEqual([["afterRound.nextRound.expected.placedCount", 4, 5]]);
  });

  test("a placement's words name the record and the field, in both languages", () => {
    expect(compare({ placements: { "R-03": { level: 1 } } })[0]?.message).toEqual({ zh: "R-03 的等级：应为 1，实为 2", en: "R-03's level: expected 1, got 2" });
  });
});

describe("compareRound: ties are compared whole, the candidates as a set", () => {
  // 000 §六(二): level 1 holds 3; T-01–T-04 pass level 1 and no rank separates them → one tie.
  const tieTest = readJson("fixtures/rounds/000-round-level1-tie-without-ranks.json") as { records: unknown[]; asOf: string; award: string; round: object; expected: unknown };
  const tied = evaluateCohort(bundledRulebook("model-post-000"), tieTest.records, { asOf: tieTest.asOf, award: tieTest.award, ...tieTest.round });

  test("the fixture's tie, the candidates in any order", () => {
    expect(compare(tieTest.expected, tied)).toEqual([]);
    expect(compare({ roundStatus: "provisional", ties: [{ key: "level 1", places: 3, candidates: ["T-04", "T-02", "T-03", "T-01"] }] }, tied)).toEqual([]);
  });

  test("a candidate missing, a wrong number of places, or no tie expected: a failure at expected.ties", () => {
    expect(brief(compare({ ties: [{ key: "level 1", places: 3, candidates: ["T-01", "T-02", "T-03"] }] }, tied)).map(([path]) => path)).toEqual(["expected.ties"]);
    expect(brief(compare({ ties: [{ key: "level 1", places: 2, candidates: ["T-01", "T-02", "T-03", "T-04"] }] }, tied)).map(([path]) => path)).toEqual(["expected.ties"]);
    expect(brief(compare({ ties: [] }, tied))).toEqual([["expected.ties", [], [{ candidates: ["T-01", "T-02", "T-03", "T-04"], key: "level 1", places: 3 }]]]);
  });
});
