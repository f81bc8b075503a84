import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluateCohort, safeEvaluateCohort, type CohortResult } from "../../src/index.js";
import { from } from "../support/templates.js";

const byId = (round: CohortResult) => new Map(round.placements.map((placement) => [placement.recordId, placement]));
const month = bundledRulebook("service-month-2017-003");
const plans = bundledRulebook("logistics-plans-004");

describe("003: shares per department that do not divide evenly (10%, rounded down: one reading for every “按 N% 比例”)", () => {
  const individuals = [
    ...[1, 2, 3].map((n) => from("003/individual-eligible-scored.json", `P${n}`, { department: "property", committeeRank: { "excellent-individual": n } })),
    ...[1, 2].map((n) => from("003/individual-eligible-scored.json", `Q${n}`, { department: "catering", committeeRank: { "excellent-individual": n } })),
  ];

  test("15 staff give 1 place (1.5 → 1), 20 give 2", () => {
    const round = evaluateCohort(month, individuals, { asOf: "2017-12-30", award: "excellent-individual", populations: { byDepartment: { property: 15, catering: 20 } } });
    expect(["P1", "P2", "P3", "Q1", "Q2"].map((name) => byId(round).get(name)?.status)).toEqual(["placed", "notPlaced", "notPlaced", "placed", "placed"]);
    expect(round.quotas.map(({ key, quota, placed, empty, cut }) => ({ key, quota, placed, empty, cut }))).toEqual([
      { key: "catering", quota: 2, placed: 2, empty: 0, cut: null },
      { key: "property", quota: 1, placed: 1, empty: 0, cut: null },
    ]);
    expect(round.quotas.map((quota) => quota.label.zh)).toEqual(["饮食服务科", "物业管理科"]);
    expect(round.status).toBe("final");
  });

  test("without the committee's ranks, qualifiers beyond a department's places tie: provisional, the committee decides", () => {
    const unranked = individuals.map(({ committeeRank: _rank, ...record }) => record);
    const round = evaluateCohort(month, unranked, { asOf: "2017-12-30", award: "excellent-individual", populations: { byDepartment: { property: 15, catering: 20 } } });
    expect(round.status).toBe("provisional");
    expect(round.ties.map((tie) => [tie.key, tie.places, tie.candidates])).toEqual([["property", 1, ["P1", "P2", "P3"]]]);
    expect(["P1", "P2", "P3", "Q1", "Q2"].map((name) => byId(round).get(name)?.status)).toEqual(["provisional", "provisional", "provisional", "placed", "placed"]);
    expect(byId(round).get("P1")?.reasons.at(-1)?.en).toContain("it depends on how the committee breaks the tie (property)");
    expect(round.ties[0]?.reason.en).toContain("provisional — the committee decides (003 附1 三、2)");
  });

  test("a share quota without the department's headcount is a typed error naming it", () => {
    const result = safeEvaluateCohort(month, individuals, { asOf: "2017-12-30", award: "excellent-individual", populations: { byDepartment: { property: 15 } } });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(["populations", "byDepartment", "catering"]);
  });
});

describe("003: 7 excellent teams by the 40 / 30 / 30 score", () => {
  // the canteen's seven teams (附2) stand for A–G, the flower team for H
  const teamId = (name: string): string => ("ABCDEFG".includes(name) ? `catering-${"ABCDEFG".indexOf(name) + 1}` : "property-1");
  const teams = (scores: Record<string, number>, ranks: Record<string, number> = {}) =>
    Object.entries(scores).map(([name, score]) =>
      from("003/team-composite-40-30-30.json", teamId(name), {
        scores: { "excellent-team": { components: { work: score, inspection: score, satisfaction: score } } },
        ...(ranks[name] === undefined ? {} : { committeeRank: { "excellent-team": ranks[name] } }),
      }),
    );

  test("eight teams: the lowest score is cut; two equal scores that both fit are both placed", () => {
    const round = evaluateCohort(month, teams({ A: 90, B: 89, C: 88, D: 87, E: 86, G: 85, F: 85, H: 84 }), { asOf: "2017-12-30", award: "excellent-team" });
    const placed = round.placements.filter((placement) => placement.status === "placed").map((placement) => placement.recordId);
    expect(placed).toEqual(["catering-1", "catering-2", "catering-3", "catering-4", "catering-5", "catering-6", "catering-7"]);
    expect(byId(round).get("property-1")?.reasons.at(-1)?.en).toBe("8th of 8 excellent team contenders; 7 place(s): quota full, not placed");
    expect(round).toMatchObject({ status: "final", ties: [] });
  });

  test("three equal scores for the last two places: a tie the committee decides; its ranks settle it", () => {
    const scores = { A: 90, B: 89, C: 88, D: 87, E: 86, F: 85, G: 85, H: 85 };
    const round = evaluateCohort(month, teams(scores), { asOf: "2017-12-30", award: "excellent-team" });
    expect(round.status).toBe("provisional");
    expect(round.ties.map((tie) => [tie.places, [...tie.candidates].sort()])).toEqual([[2, ["catering-6", "catering-7", "property-1"]]]);
    expect(["catering-6", "catering-7", "property-1"].map((name) => byId(round).get(name)?.status)).toEqual(["provisional", "provisional", "provisional"]);
    const ranked = evaluateCohort(month, teams(scores, { H: 1, F: 2, G: 3 }), { asOf: "2017-12-30", award: "excellent-team" });
    expect(ranked.status).toBe("final");
    expect(["catering-6", "catering-7", "property-1"].map((name) => byId(ranked).get(name)?.status)).toEqual(["placed", "notPlaced", "placed"]);
  });
});

describe("004 篇11: 优秀 at most 12% (rounded down); beyond it, 合格", () => {
  const staff = [95, 90, 88, 86, 85, 70].map((score, index) =>
    from("004/appraisal-85-excellent.json", `S${index + 1}`, { scores: { "staff-appraisal": { items: { total: score } } } }),
  );

  test("30 appraised give 3 优秀 places (3.6 → 3): the 4th and 5th 优秀 by score are graded 合格", () => {
    const round = evaluateCohort(plans, staff, { asOf: "2024-07-15", award: "staff-appraisal", populations: { total: 30 } });
    expect(["S1", "S2", "S3", "S4", "S5", "S6"].map((name) => byId(round).get(name)?.grade)).toEqual([
      "excellent",
      "excellent",
      "excellent",
      "qualified",
      "qualified",
      "qualified",
    ]);
    expect(byId(round).get("S4")?.reasons.at(-1)?.en).toContain("over the quota, graded qualified");
  });

  test("without a headcount, those appraised are the population: 12% of 6 is 0 places", () => {
    const round = evaluateCohort(plans, staff, { asOf: "2024-07-15", award: "staff-appraisal" });
    expect(round.placements.filter((placement) => placement.grade === "excellent")).toEqual([]);
  });
});

describe("004 篇14: 4 + 2 + 2 service units, 2 nominees per unit", () => {
  test("five property units for 4 places; one shop for 2", () => {
    const units = [90, 85, 80, 75, 70].map((score, index) =>
      from("004/service-unit-composite-30-30-40.json", `unit-0${index + 1}`, {
        scores: { "excellent-service-unit": { components: { leadingGroup: score, logisticsOffice: score, teachersStudents: score } } },
      }),
    );
    const shop = from("004/service-unit-composite-30-30-40.json", "unit-13", { department: "shops" });
    const round = evaluateCohort(plans, [...units, shop], { asOf: "2016-12-10", award: "excellent-service-unit" });
    expect(["unit-01", "unit-02", "unit-03", "unit-04", "unit-05", "unit-13"].map((name) => byId(round).get(name)?.status)).toEqual([
      "placed",
      "placed",
      "placed",
      "placed",
      "notPlaced",
      "placed",
    ]);
    // catering has 2 places and nobody put forward: its line says so
    expect(round.quotas.find((quota) => quota.key === "catering")).toMatchObject({
      quota: 2,
      placed: 0,
      empty: 2,
      note: { en: "nobody put forward or qualified: 2 place(s) stay empty" },
    });
  });

  test("a nominee from a unit the document does not list is refused (篇14 二(二))", () => {
    const outsider = from("004/service-star-composite-30-30-40.json", "X-1", { department: "unit-99" });
    const round = evaluateCohort(plans, [outsider], { asOf: "2016-12-10", award: "service-star" });
    expect(round.placements[0]).toMatchObject({ status: "refused" });
    expect(round.placements[0]?.reasons[0]?.en).toContain(
      'department "unit-99" is not among the units that take part the document lists, so it does not compete (004 篇14 二(二))',
    );
  });

  test("a unit's third nominee is refused (the best two by score stand)", () => {
    const stars = [80, 95, 90].map((score, index) =>
      from("004/service-star-composite-30-30-40.json", `N${index + 1}`, {
        department: "unit-01",
        scores: { "service-star": { components: { leadingGroup: score, logisticsOffice: score, teachersStudents: score } } },
      }),
    );
    const round = evaluateCohort(plans, stars, { asOf: "2016-12-10", award: "service-star" });
    expect(["N1", "N2", "N3"].map((name) => byId(round).get(name)?.status)).toEqual(["refused", "placed", "placed"]);
  });
});
