import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, type NodeStatus, type TraceNode } from "../../src/index.js";
import { nodesById } from "../support/fixtures.js";

const rulebook = bundledRulebook();
const AS_OF = "2026-11-26"; // the 2026 round: appraisal years 2023–2025, 上一年度 = 2025

/** A party member and manager (party and management categories open) who started in 2010. */
const base = { id: "OP-1", logisticsStartDate: "2010-09-01", partyMember: true, role: "manager" };

function node(input: Record<string, unknown>, id: string, asOf = AS_OF): TraceNode {
  const found = nodesById(evaluate(rulebook, { ...base, ...input } as Record<string, unknown>, { asOf })).get(id);
  if (found === undefined) throw new Error(`node ${id} not in the trace`);
  return found;
}
const status = (input: Record<string, unknown>, id: string, asOf = AS_OF): NodeStatus => node(input, id, asOf).status;
const ratings = (r2023?: string, r2024?: string, r2025?: string) => ({
  annualAppraisals: Object.fromEntries(Object.entries({ 2023: r2023, 2024: r2024, 2025: r2025 }).filter((entry): entry is [string, string] => entry[1] !== undefined)),
});

describe("appraisalPattern: ≥2 优秀, others ≥ 称职 (party.1.6.3, §四(一)1(6)③)", () => {
  test.each([
    ["excellent", "excellent", "competent", "pass"],
    ["excellent", "excellent", "excellent", "pass"], // 两次以上 includes three
    ["excellent", "excellent", "good", "pass"], // 良好 is above 称职
    ["excellent", "excellent", "qualified", "pass"], // 合格 ranks with 称职
    ["qualified", "excellent", "excellent", "pass"],
    ["excellent", "competent", "competent", "fail"], // only once
    ["excellent", "excellent", "basicallyCompetent", "fail"], // other below 称职
    ["incompetent", "excellent", "excellent", "fail"],
  ])("%s / %s / %s → %s", (a, b, c, expected) => {
    expect(status(ratings(a, b, c), "party.1.6.3")).toBe(expected);
  });

  test.each([
    [["excellent", "excellent", undefined], "unknown"], // the missing year may be below 称职
    [["excellent", undefined, "competent"], "unknown"], // the missing year may be the second 优秀
    [[undefined, undefined, undefined], "unknown"],
    [["basicallyCompetent", undefined, "excellent"], "fail"], // a known failing year decides
    [["competent", "competent", undefined], "fail"], // at most one 优秀 is possible
  ] as [(string | undefined)[], NodeStatus][])("served years with a missing rating: %j → %s", (years, expected) => {
    expect(status(ratings(...years), "party.1.6.3")).toBe(expected);
  });

  test("an unknown pattern names each missing served year", () => {
    expect(node(ratings("excellent", undefined, undefined), "party.1.6.3").missing.sort()).toEqual(["annualAppraisals[2024]", "annualAppraisals[2025]"]);
    expect(node({}, "party.1.6.3").missing.sort()).toEqual(["annualAppraisals[2023]", "annualAppraisals[2024]", "annualAppraisals[2025]"]);
  });

  test.each([
    ["2024-03-01", ratings(undefined, "excellent", "excellent"), "pass"], // 2023 precedes the start: not counted
    ["2024-03-01", ratings(undefined, undefined, "excellent"), "unknown"], // 2024 was served (start year), rating missing
    ["2025-01-01", ratings(undefined, undefined, "excellent"), "fail"], // only 2025 served: one 优秀 at most
    ["2026-01-01", {}, "fail"], // no year of the window was served
    ["2024-03-01", ratings("excellent", undefined, "excellent"), "unknown"], // a rating before the start still counts; 2024 is open
  ] as [string, Record<string, unknown>, NodeStatus][])("start %s, %j → %s", (start, input, expected) => {
    expect(status({ ...input, logisticsStartDate: start }, "party.1.6.3")).toBe(expected);
  });

  test.each([
    ["excellent", "excellent", "qualified", "fail"], // staff others must be ≥ 良好: 合格 is not
    ["excellent", "excellent", "competent", "fail"],
    ["excellent", "excellent", "good", "pass"],
  ])("staff.1.6.5 (others ≥ 良好): %s / %s / %s → %s", (a, b, c, expected) => {
    expect(status({ ...ratings(a, b, c), partyMember: false }, "staff.1.6.5")).toBe(expected);
  });
});

describe("appraisalPattern includingLatestYear: 上一年度 优秀, others ≥ 称职 (party.2.6.2)", () => {
  test.each([
    [["competent", "competent", "excellent"], "pass"],
    [["excellent", "competent", "competent"], "fail"], // 优秀 but not in 2025
    [["excellent", "excellent", "competent"], "fail"],
    [["basicallyCompetent", "competent", "excellent"], "fail"],
    [["competent", "competent", undefined], "unknown"], // 2025 may be 优秀
    [["excellent", "competent", undefined], "unknown"],
  ] as [(string | undefined)[], NodeStatus][])("%j → %s", (years, expected) => {
    expect(status(ratings(...years), "party.2.6.2")).toBe(expected);
  });

  test("the same ratings pass the pattern without includingLatestYear (party.3.6.2)", () => {
    expect(status(ratings("excellent", "competent", "competent"), "party.3.6.2")).toBe("pass");
  });

  test("no served year in the window → fail", () => {
    expect(status({ logisticsStartDate: "2026-02-01" }, "party.2.6.2")).toBe("fail");
  });
});

describe("countAtMost / countAtLeast at window edges (asOf 2026-11-26)", () => {
  test.each([
    ["party.1.4", "complaints", [], "pass"],
    ["party.1.4", "complaints", undefined, "unknown"], // not given ≠ none
    ["party.1.4", "complaints", ["2023-11-26"], "pass"], // exactly 3 years before: outside
    ["party.1.4", "complaints", ["2023-11-27"], "fail"],
    ["party.1.4", "complaints", ["2026-11-26"], "fail"], // the as-of day is inside
    ["party.1.4", "complaints", ["2026-11-27"], "pass"], // after the as-of day
    ["party.1.5", "misconductRecords", ["1990-01-01"], "fail"], // untilAsOf reaches back without limit
    ["party.1.5", "misconductRecords", ["2026-11-27"], "pass"],
  ] as [string, string, string[] | undefined, NodeStatus][])("%s %s %j → %s", (id, field, dates, expected) => {
    const input = dates === undefined ? {} : { [field]: dates.map((date) => ({ date })) };
    expect(status(input, id)).toBe(expected);
  });

  test.each([
    ["2024-11-26", "pass"],
    ["2024-11-27", "fail"],
  ])("staff.2.3 (近两年): complaint on %s → %s", (date, expected) => {
    expect(status({ partyMember: false, complaints: [{ date }] }, "staff.2.3")).toBe(expected);
  });

  const honour = (date: string, scope = "school", kind = "individualAdvanced") => ({ honours: [{ kind, scope, date }] });
  test.each([
    [honour("2025-01-01"), "pass"],
    [honour("2025-12-31"), "pass"],
    [honour("2024-12-31"), "fail"], // before 上一年度
    [honour("2026-01-01"), "fail"], // the round's own year
    [honour("2025-06-01", "logistics"), "fail"], // below 校级
    [honour("2025-06-01", "city"), "pass"], // 校级以上
    [honour("2025-06-01", "school", "other"), "fail"],
    [{ honours: [] }, "fail"],
    [{}, "unknown"],
  ] as [Record<string, unknown>, NodeStatus][])("party.1.6.2 (上一年度 校级以上个人先进) %j → %s", (input, expected) => {
    expect(status(input, "party.1.6.2")).toBe(expected);
  });

  test.each([
    ["staff.1.6.1.a", 2, "pass"], // 后勤 二等奖以上
    ["staff.1.6.1.a", 3, "fail"],
    ["staff.2.6.1.a", 3, "pass"], // 三等奖以上
  ] as const)("%s: logistics prize, place %i → %s", (id, place, expected) => {
    const input = { partyMember: false, competitionPrizes: [{ organiserTier: "logistics", place, date: "2025-05-01" }] };
    expect(status(input, id)).toBe(expected);
  });
});

describe("economicTargetExcess: 超额完成经济指标 N% 以上, 上一年度 = 2025", () => {
  const targets = (entries: Record<string, [number, number]>) => ({
    economicTargets: Object.fromEntries(Object.entries(entries).map(([year, [target, actual]]) => [year, { target, actual }])),
  });
  test.each([
    ["management.1.7.2", { 2025: [100, 120] }, "pass"], // exactly 20%
    ["management.1.7.2", { 2025: [30, 36] }, "pass"], // 6 / 30 is exactly 20% too
    ["management.1.7.2", { 2025: [3, 3.6] }, "pass"], // 3.6 − 3 is not exact in binary, still 20%
    ["management.1.7.2", { 2025: [100, 119.99] }, "fail"],
    ["management.2.7.2", { 2025: [10, 11] }, "pass"], // exactly 10%
    ["management.3.7.2", { 2025: [20, 21] }, "pass"], // exactly 5%
    ["management.3.7.2", { 2025: [100, 104.9] }, "fail"],
    ["management.1.7.2", { 2024: [100, 200] }, "unknown"], // 2025 not given
    ["management.1.7.2", { 2026: [100, 200] }, "unknown"],
  ] as [string, Record<string, [number, number]>, NodeStatus][])("%s %j → %s", (id, entries, expected) => {
    expect(status(targets(entries), id)).toBe(expected);
  });

  test("no economicTargets at all → unknown, naming economicTargets[2025]", () => {
    expect(node({}, "management.1.7.2").missing).toEqual(["economicTargets[2025]"]);
  });
});

describe("logisticsServiceYears ≥ 1: 在后勤工作满一年以上 (requirements.tenure, §三(一))", () => {
  test.each([
    ["2025-11-26", AS_OF, "pass"], // the first anniversary is a full year
    ["2025-11-27", AS_OF, "fail"], // one day short
    ["2026-11-26", AS_OF, "fail"],
    ["2024-02-29", "2025-02-28", "fail"], // a 29 Feb start completes its year on 1 Mar in a common year
    ["2024-02-29", "2025-03-01", "pass"],
    ["2023-02-28", "2024-02-29", "pass"],
  ])("started %s, as of %s → %s", (start, asOf, expected) => {
    expect(status({ logisticsStartDate: start }, "requirements.tenure", asOf)).toBe(expected);
  });
});

describe("withinRoundWindow: applications 20–25 Nov of the round's year, both included (admission.window)", () => {
  test.each([
    ["2026-11-20", AS_OF, "pass"],
    ["2026-11-25", AS_OF, "pass"],
    ["2026-11-19", AS_OF, "fail"],
    ["2026-11-26", AS_OF, "fail"],
    ["2025-11-22", AS_OF, "fail"], // last year's round
    ["2026-11-22", "2026-11-30", "pass"], // evaluated later in the same round year
  ])("lodged %s, as of %s → %s", (date, asOf, expected) => {
    expect(status({ application: { category: "party", date } }, "admission.window", asOf)).toBe(expected);
  });
});
