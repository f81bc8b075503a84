import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, loadRulebook, parseCandidate } from "../../src/index.js";
import { perUnknownKey } from "../../src/messages/unknownKeys.js";
import { thrownIssues } from "../support/issuesOf.js";

describe("perUnknownKey: zod's one issue for an object's unknown keys becomes one issue per key", () => {
  test("each at the key, naming it alone", () => {
    const split = perUnknownKey({ messageId: "schema.unrecognizedKeys", params: { keys: ["a", "b"] }, path: ["awards", 0] });
    expect(split.map((found) => [found.path, found.params, found.keys])).toEqual([
      [["awards", 0, "a"], { keys: ["a"] }, ["a"]],
      [["awards", 0, "b"], { keys: ["b"] }, ["b"]],
    ]);
  });

  test("any other issue is given back as it is", () => {
    const found = { messageId: "schema.invalidKey" as const, params: {}, path: ["x"] };
    expect(perUnknownKey(found)).toEqual([found]);
  });
});

describe("record, rule-file and option doors say an unknown key alike", () => {
  const json = JSON.parse(JSON.stringify(bundledRulebook().rulebook)) as { awards: Record<string, unknown>[] };
  const rulebook = loadRulebook(json);

  test("a rule file: one issue per key, its path absolute from the file's root", () => {
    json.awards[0] = { ...json.awards[0], levelz: 1, extra: 2 };
    const issues = thrownIssues(() => loadRulebook(json));
    expect(issues.map((issue) => [issue.code, issue.path, issue.keys])).toEqual([
      ["invalid_rulebook", ["awards", 0, "levelz"], ["levelz"]],
      ["invalid_rulebook", ["awards", 0, "extra"], ["extra"]],
    ]);
    expect(issues[0]?.zh).toContain("levelz");
  });

  test("a record: at the key inside the list item", () => {
    const issues = thrownIssues(() => parseCandidate({ id: "R-1", honours: [{ kind: "other", scope: "school", date: "2025-01-01", extra: 1 }] }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.keys])).toEqual([["invalid_record", ["honours", 0, "extra"], ["extra"]]]);
  });

  test("a record's measure the rulebook does not declare: at the key, in keys", () => {
    const issues = thrownIssues(() => evaluate(rulebook, { id: "R-1", measures: { nosuch: 1 } }, { asOf: "2026-11-26" }));
    expect(issues.map((issue) => [issue.code, issue.path, issue.keys])).toEqual([["unknown_measure", ["measures", "nosuch"], ["nosuch"]]]);
  });

  test("an option: at the key, in keys", () => {
    const issues = thrownIssues(() => evaluate(rulebook, { id: "R-1" }, { asOf: "2026-11-26", awrd: "x" } as never));
    expect(issues.map((issue) => [issue.code, issue.path.at(-1), issue.keys])).toEqual([["invalid_option", "awrd", ["awrd"]]]);
    expect(issues[0]?.zh).toMatch(/awrd/);
  });
});
