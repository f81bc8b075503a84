import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, explain } from "../../src/index.js";
import type { TraceNode } from "../../src/evaluate/types.js";

// What the explanation answers next (issue 18, item 4), on records worked out by hand from document
// 000 (后勤“优质服务示范岗”活动实施办法). Every record below is a party member (党员示范岗, §三(三)) who
// applies on 2026-11-22, within §五(一)'s 11-20..11-25, evaluated on 2026-11-26: so the previous year
// is 2025, the appraisal years 2023–2025, and 近三年 counts back from 2026-11-26.

const rulebook = bundledRulebook("model-post-000");
const AS_OF = "2026-11-26";
const ALL_MET = Object.fromEntries(["requirements.conduct", ...[1, 2, 3].flatMap((level) => [1, 2, 3].map((item) => `party.${level}.${item}`))].map((id) => [id, "met"])) as Record<
  string,
  string
>;

type Overrides = Record<string, unknown>;
const partyMember = (overrides: Overrides = {}): Record<string, unknown> => ({
  id: "P-100",
  name: "测试党员",
  logisticsStartDate: "2015-09-01",
  partyMember: true,
  role: "staff",
  annualAppraisals: { 2023: "excellent", 2024: "excellent", 2025: "excellent" },
  honours: [],
  complaints: [],
  misconductRecords: [],
  attestations: ALL_MET,
  application: { category: "party", date: "2026-11-22" },
  revokedInPreviousRound: false,
  ...overrides,
});
const explained = (record: Record<string, unknown>, language: "zh" | "en" = "zh", asOf = AS_OF): string => explain(evaluate(rulebook, record, { asOf }), { language });
/** The lines under a heading, up to the next blank line. */
const section = (text: string, heading: string): string[] => {
  const lines = text.split("\n");
  const start = lines.indexOf(`== ${heading} ==`);
  if (start === -1) return [];
  const end = lines.indexOf("", start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
};
const leafOf = (node: TraceNode, id: string): TraceNode | undefined =>
  node.id === id ? node : node.children.map((child) => leafOf(child, id)).find((found) => found !== undefined);

describe("what the next level needs", () => {
  test("qualified at level 3 by §四(一)3(6)② (one 优秀, the others 称职): level 2 needs only §四(一)2(6)①, the 2025 school-level title", () => {
    // 2023 称职, 2024 称职, 2025 优秀, no honour: (1)–(5) hold at every level; level 3 (6)② holds (优秀 once,
    // others 称职); level 2 (6) needs both ① a school-level individual title in 2025 (none) and ② 2025 优秀
    // with the others 称职 (holds); level 1 (6) ①② need honours, ③ two 优秀 (one only).
    const record = partyMember({ annualAppraisals: { 2023: "competent", 2024: "competent", 2025: "excellent" } });
    expect(evaluate(rulebook, record, { asOf: AS_OF })).toMatchObject({ status: "qualified", category: "party", level: 3 });
    const text = explained(record);
    expect(section(text, "达到二级示范岗尚需满足以下任一组条件")).toEqual(["  (1) 上一年度获得校级以上个人先进称号 (000 §四(一)2(6)①)"]);
    expect(text).not.toContain("达到一级示范岗");
    expect(section(explained(record, "en"), "To reach level-2 model post, any one of these sets")).toHaveLength(1);
  });

  test("qualified at level 1 (优秀 ×3, §四(一)1(6)③): there is no next level to say", () => {
    const text = explained(partyMember());
    expect(text).toContain("结论：符合党员示范岗一级示范岗条件");
    expect(text).not.toContain("尚需满足以下任一组条件");
  });
});

describe("the date a blocking record leaves its window", () => {
  // a verified complaint of 2024-01-10: 近三年内无被投诉记录 (§四(一)1(4), 2(4), 3(4)) fails at every level;
  // 近三年 counts dated events after the evaluation date minus 3 years, so from 2027-01-10 on the
  // complaint is outside: 2024-01-10 + 3 years.
  const record = partyMember({ complaints: [{ date: "2024-01-10", verified: true }] });

  test("not qualified: the entry level (三级) needs the complaint gone, which happens on 2027-01-10", () => {
    const zh = explained(record);
    expect(section(zh, "达到三级示范岗尚需满足以下任一组条件")).toEqual(["  (1) 近三年内无被投诉记录（自 2027-01-10 起该记录移出期限，不再构成阻碍） (000 §四(一)3(4))"]);
    expect(explained(record, "en")).toContain("(the blocking record leaves its window on 2027-01-10) (000 §四(一)3(4))");
  });

  test("the date is right: the condition still fails on 2027-01-09 and holds on 2027-01-10", () => {
    const statusOn = (asOf: string): string | undefined => {
      const level = evaluate(rulebook, record, { asOf })
        .categories.find((category) => category.id === "party")!
        .levels.find((entry) => entry.level === 3)!;
      return leafOf(level.conditions, "party.3.4")?.status;
    };
    expect(statusOn("2027-01-09")).toBe("fail");
    expect(statusOn("2027-01-10")).toBe("pass");
  });
});

describe("the decisive failure when it is the shared requirement", () => {
  test("conduct (§三(一)) attested not met: every level is decided by it alone, not by its own conditions that hold", () => {
    // 优秀 ×3 and a city-level individual title of 2025: every level's own (1)–(6) hold (level 2 (6)① and ②
    // both hold); only the shared requirement 能遵纪守法，有较强的工作责任心和奉献精神 fails.
    const record = partyMember({
      attestations: { ...ALL_MET, "requirements.conduct": "notMet" },
      honours: [{ kind: "individualAdvanced", scope: "city", date: "2025-03-12" }],
    });
    const text = explained(record);
    const decisive = text.split("\n").filter((line) => line.startsWith("决定因素："));
    expect(decisive).toEqual(Array(3).fill("决定因素：能遵纪守法，有较强的工作责任心和奉献精神 (000 §三(一))"));
    expect(section(text, "达到三级示范岗尚需满足以下任一组条件")).toEqual(["  (1) 能遵纪守法，有较强的工作责任心和奉献精神 (000 §三(一))"]);
  });
});

describe("which year a failing appraisal pattern needed", () => {
  test("2025 合格: level 2's 上一年度优秀 (§四(一)2(6)②) says it needed 2025 优秀 and got 合格", () => {
    const record = partyMember({ annualAppraisals: { 2023: "excellent", 2024: "excellent", 2025: "qualified" } });
    expect(explained(record)).toMatch(/上一年度考核“优秀”且其他都为“称职”：.*需要 2025 年度考核为优秀，实为合格 ✗ \(000 §四\(一\)2\(6\)②\)/);
    expect(explained(record, "en")).toContain("needs excellent in 2025, got qualified ✗ (000 §四(一)2(6)②)");
  });

  test("one 优秀 (2024): level 1's 优秀 two or more (§四(一)1(6)③) says it needed 2 and had 1, in 2024", () => {
    const record = partyMember({ annualAppraisals: { 2023: "competent", 2024: "excellent", 2025: "competent" } });
    const text = explained(record);
    expect(text).toMatch(/近三年考核获得“优秀”两次以上且其他为“称职”：.*须有 2 次优秀，实有 1 次（2024） ✗ \(000 §四\(一\)1\(6\)③\)/);
    expect(text).toContain("需要 2025 年度考核为优秀，实为称职 ✗ (000 §四(一)2(6)②)");
  });

  test("2024 基本称职 is below the floor 称职 that “其他为称职” sets", () => {
    const record = partyMember({ annualAppraisals: { 2023: "excellent", 2024: "basicallyCompetent", 2025: "excellent" } });
    expect(explained(record)).toContain("2024 年度考核为基本称职，低于称职 ✗ (000 §四(一)1(6)③)");
  });
});

describe("categories not applied for, kept apart", () => {
  // fixtures/000/nonparty-manager-management-l1-beats-staff-l2.json: a non-party manager applying for the
  // management post; the staff post (§三(三): 后勤全体群众员工) is open to him too. Worked out in its
  // description from the document: staff level 1 fails (§四(二)1(6): no option holds), levels 2 and 3 hold.
  const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "000", "nonparty-manager-management-l1-beats-staff-l2.json"), "utf8")) as {
    input: Record<string, unknown>;
  };
  const result = evaluate(rulebook, fixture.input, { asOf: AS_OF });

  test("the staff post is one line under 未申报的类别; the party post under 不符合申报对象的类别", () => {
    const text = explain(result, { language: "zh" });
    expect(section(text, "未申报的类别")).toEqual(["  员工示范岗：一级示范岗 不符合；二级示范岗 符合；三级示范岗 符合"]);
    expect(section(text, "不符合申报对象的类别")).toEqual(["  申报对象为后勤全体党员：党员：否 ✗ (000 §三(三))"]);
    expect(text).toContain("== 管理示范岗 ==");
    expect(text).not.toContain("== 员工示范岗 ==");
    expect(text).not.toContain("一级员工示范岗基本条件");
  });

  test("in full on request (allCategories), and in full when nobody applied", () => {
    expect(explain(result, { language: "zh", allCategories: true })).toContain("== 员工示范岗 ==");
    const unapplied = { ...fixture.input };
    delete unapplied.application;
    const text = explain(evaluate(rulebook, unapplied, { asOf: AS_OF }), { language: "zh" });
    expect(text).toContain("== 员工示范岗 ==");
    expect(text).not.toContain("未申报的类别");
  });
});
