import { describe, expect, test } from "vitest";
import { parsePolicyTest } from "../../src/policyTests/index.js";
import { PolicyTestSchema } from "../../src/schema/policyTest.js";
import { thrownIssues } from "../support/issuesOf.js";

const base = { name: "t", description: "d", rulebook: "model-post-000", award: "model-post", asOf: "2026-11-26", input: { id: "T-1" } };

const issuesOf = (json: unknown) => thrownIssues(() => parsePolicyTest(json), true);

describe("a wrong value in expected is named at its path, with its problem", () => {
  test.each([
    [{ level: "two" }, ["expected", "level"], /expected number, received string/],
    [{ status: "won" }, ["expected", "status"], /qualified/],
    [{ conditions: { "staff.1.1": "yes" } }, ["expected", "conditions", "staff.1.1"], /pass|fail|unknown/],
  ] as const)("%j", (expected, path, message) => {
    const issues = issuesOf({ ...base, expected });
    expect(issues).toEqual([expect.objectContaining({ path, message: expect.stringMatching(message) })]);
    expect(issues.map((issue) => issue.message).join(" ")).not.toMatch(/Unrecognized key|Invalid input$/);
    // zod says the same
    expect(PolicyTestSchema.safeParse({ ...base, expected }).error?.issues.map((issue) => issue.path)).toEqual([path]);
  });

  test("a round's field in a one-record test is still refused", () => {
    expect(issuesOf({ ...base, expected: { placedCount: 2 } }).length).toBeGreaterThan(0);
  });

  test("a key neither kind of test knows is refused as unrecognized, at the key under expected", () => {
    expect(issuesOf({ ...base, expected: { levle: 2 } })).toContainEqual(expect.objectContaining({ path: ["expected", "levle"], message: expect.stringMatching(/levle/) }));
  });
});

describe("numbers in a test's options have ranges", () => {
  const round = { name: "t", description: "d", rulebook: "model-post-000", award: "model-post", asOf: "2026-11-26", records: [{ id: "T-1" }], expected: { placedCount: 0 } };
  test.each([
    [{ round: { populations: { total: 1e12 } } }, ["round", "populations", "total"]],
    [{ round: { populations: { byDepartment: { a: -1 } } } }, ["round", "populations", "byDepartment", "a"]],
    [{ round: { departmentLimits: { a: 2.5 } } }, ["round", "departmentLimits", "a"]],
    [{ deployment: { bonusMaxima: { "18": 1e9 } } }, ["deployment", "bonusMaxima", "18"]],
  ] as const)("%j", (extra, path) => {
    expect(issuesOf({ ...round, ...extra }).map((issue) => issue.path)).toContainEqual(path);
  });
});
