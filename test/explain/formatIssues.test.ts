import { describe, expect, test } from "vitest";
import { AwardRulesError, formatIssues, safeLoadRulebook, safeParseCandidate, toSafe } from "../../src/index.js";
import { bundledRulebook } from "../../src/index.js";

const refused = () => {
  const result = safeParseCandidate({ id: "T-1", partyMember: "yes", nickname: "x" });
  if (result.success) throw new Error("parsed");
  return result.error;
};

describe("formatIssues: an error's issues as lines a person reads", () => {
  test("one line per issue; in English the lines of error.message", () => {
    const error = refused();
    expect(error.issues).toHaveLength(2);
    expect(formatIssues(error, { language: "en" })).toBe(error.message);
  });

  test("in Chinese by default: each issue's own zh, its path's field named in Chinese", () => {
    const error = refused();
    const lines = formatIssues(error).split("\n");
    expect(lines).toHaveLength(2);
    error.issues.forEach((issue, index) => expect(lines[index]).toContain(issue.zh));
    expect(lines[0]).toMatch(/^记录有误：/);
    expect(lines.join("")).not.toContain("partyMember");
    expect(formatIssues(error, { language: "zh" })).toBe(formatIssues(error));
  });

  test("a list of issues, or the JSON copy of an error, reads the same", () => {
    const error = refused();
    expect(formatIssues(error.issues)).toBe(formatIssues(error));
    expect(formatIssues(JSON.parse(JSON.stringify(error.issues)) as never)).toBe(formatIssues(error));
    expect(formatIssues({ issues: JSON.parse(JSON.stringify(error.issues)) } as never, { language: "en" })).toBe(error.message);
  });

  test("a rule file's issues name the rule and clause", () => {
    const json = JSON.parse(JSON.stringify(bundledRulebook().rulebook)) as { awards: { requirements: { all: { fact?: string }[] } }[] };
    const leaf = json.awards[0]?.requirements.all.find((node) => node.fact !== undefined);
    if (leaf === undefined) throw new Error("no leaf");
    leaf.fact = "grievances";
    const loaded = safeLoadRulebook(json);
    if (loaded.success) throw new Error("loaded");
    const zh = formatIssues(loaded.error);
    expect(zh).toContain("grievances");
    expect(zh).toMatch(/（规则 `[^`]+`，.+）$/);
  });

  test.each([
    [42, undefined],
    [[{ code: "x" }], undefined],
    [{ issues: "no" }, undefined],
    [[], { language: "fr" }],
    [[], { lang: "en" }],
  ])("what is not issues, or a wrong option, is a typed error: %j %j", (issues, options) => {
    const result = toSafe(() => formatIssues(issues as never, options as never));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toBeInstanceOf(AwardRulesError);
  });
});
