import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatFinding, lintTotals } from "../../src/lint/formatFindings.js";
import { lintRulebook } from "../../src/lint/lintRulebook.js";
import type { LintCode, LintFinding } from "../../src/lint/types.js";
import { englishWords } from "./englishWords.js";

// Lint findings in Chinese: each bundled finding, and one broken rule file per kind of problem,
// built here from the bundled 000 file. Allowed English: the rule file's own ids and names (the
// input), and code in backticks.
const root = join(import.meta.dirname, "..", "..");
const raw = (): Record<string, any> => JSON.parse(readFileSync(join(root, "rules", "000-model-post.json"), "utf8"));

function broken(): { name: string; json: unknown }[] {
  const unknownFact = raw();
  unknownFact.awards[0].requirements.all[1].fact = "yearsInLogistics";
  const noClause = raw();
  noClause.awards[0].requirements.all[1].source.clause = " ";
  const twice = raw();
  twice.awards[0].categories[1].id = twice.awards[0].categories[0].id;
  const window = raw();
  window.awards[0].requirements.all[1].params = { ...window.awards[0].requirements.all[1].params, window: "fourYears" };
  const schema = raw();
  schema.awards[0].label = 5;
  const otherDocument = raw();
  otherDocument.awards[0].requirements.all[1].source.document = "003";
  return [
    { name: "unknown fact", json: unknownFact },
    { name: "missing clause", json: noClause },
    { name: "category twice", json: twice },
    { name: "unknown window", json: window },
    { name: "schema", json: schema },
    { name: "another document", json: otherDocument },
  ];
}

const ownWords = (json: unknown): string[] => {
  // the rule file's ids, names and keys (the author's own words)
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === "string") found.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object")
      for (const [key, value] of Object.entries(node)) if (key !== "en" && key !== "reading" && key !== "reason" && key !== "quote") walk(value);
  };
  walk(json);
  return found;
};

describe("lint findings in Chinese", () => {
  test("the bundled files' warnings: what is wrong in Chinese, the path with its keys named", () => {
    const findings = lintRulebook(raw());
    expect(findings).toHaveLength(1);
    expect(formatFinding("rules/000-model-post.json", findings[0] as LintFinding, "zh")).toBe(
      "rules/000-model-post.json：警告 奖项.第 1 项.类别.第 1 项.等级.第 2 项.条件.全部满足.第 6 项（`party.2.6`）：第 2 级在此处的要求比第 1 级更严：符合第 1 级的记录可能不符合第 2 级",
    );
    expect(lintTotals(0, 3, "zh")).toBe("0 个错误，3 个警告");
    expect(lintTotals(0, 3, "en")).toBe("0 error(s), 3 warning(s)");
  });

  test.each(broken().map((entry) => [entry.name, entry.json] as const))("%s: no English word beyond the file's own", (_name, json) => {
    const findings = lintRulebook(json);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const line = formatFinding("x.json", finding, "zh");
      expect(englishWords(line, ["x.json", ...ownWords(json)]), line).toEqual([]);
      expect(formatFinding("x.json", finding, "en")).toBe(
        `x.json: ${finding.severity} ${finding.code} at ${finding.path.join(".") || "(root)"}${finding.ruleId ? ` [${finding.ruleId}]` : ""}: ${finding.message}`,
      );
    }
  });

  test("specifics kept: the unknown fact named, the windows the file defines listed", () => {
    const [fact] = broken();
    const line = formatFinding("x.json", lintRulebook(fact?.json).find((finding) => finding.code === "unknown_fact") as LintFinding, "zh");
    expect(line).toContain("引用了未定义的事实 `yearsInLogistics`");
    const window = lintRulebook(broken()[3]?.json).find((finding) => finding.code === "unknown_window") as LintFinding;
    expect(formatFinding("x.json", window, "zh")).toMatch(/引用了未定义的时间范围 `fourYears`（规则中定义的：`\w+`(、`\w+`)*）/);
  });

  test("every finding code has a Chinese sentence", () => {
    const codes: LintCode[] = [
      "invalid_rulebook",
      "unknown_fact",
      "unknown_operator",
      "unknown_window",
      "unknown_scale",
      "bad_value",
      "duplicate_id",
      "invalid_option",
      "missing_citation",
      "wrong_document",
      "unreachable_level",
      "unsatisfiable_condition",
      "lower_level_stricter",
      "printed_section_total",
      "printed_total",
      "printed_sections_sum",
      "band_gap",
      "band_overlap",
      "compile_failed",
    ];
    for (const code of codes) {
      const line = formatFinding("x.json", { code, severity: "error", path: [], message: "some English words" }, "zh");
      expect(englishWords(line, ["x.json"]), code).toEqual([]);
    }
  });
});
