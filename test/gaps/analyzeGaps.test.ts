import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeGaps, analyzeScoreGap, bundledRulebook, evaluate, evaluateScored } from "../../src/index.js";
import { loadFixtures } from "../support/fixtures.js";
import { fixtureJson } from "../support/templates.js";

const rulebook = bundledRulebook();

// The expected gap sets of the 000 fixtures (worked out by hand) are in the fixtures themselves
// (expected.gaps) and checked by the policy-test runner; here: what the words say.
describe("gap analysis on 000 fixtures", () => {
  test("at least 15 fixtures state their gaps", () => {
    expect(loadFixtures("000").filter((fixture) => (fixture.expected.gaps ?? []).length > 0).length).toBeGreaterThanOrEqual(15);
  });

  test.each(
    loadFixtures("000")
      .filter((fixture) => fixture.expected.gaps !== undefined)
      .map((fixture) => [fixture.file, fixture] as const),
  )("%s: every step's clause is in the words, both languages", (_file, fixture) => {
    const gaps = analyzeGaps(evaluate(rulebook, fixture.input, { asOf: fixture.asOf }), rulebook);
    for (const entry of fixture.expected.gaps ?? []) {
      const gap = gaps.find((candidate) => candidate.category === entry.category && candidate.level === entry.level)!;
      for (const language of ["zh", "en"] as const) {
        for (const step of gap.options.flat()) expect(gap.words[language]).toContain(step.citation);
      }
    }
  });

  test("a level that passes is not reported", () => {
    const fixture = fixtureJson("000/staff-complaint-two-and-half-years.json");
    const gaps = analyzeGaps(evaluate(rulebook, fixture.input, { asOf: fixture.asOf }), rulebook);
    expect(gaps.map((gap) => `${gap.category}.${gap.level}`)).toEqual(["staff.1"]);
    expect(gaps[0]?.words.en).toContain("the blocking record leaves its window on 2027-05-20");
  });
});

describe("score gaps (004 篇11, 001)", () => {
  const plans = bundledRulebook("logistics-plans-004");

  test("84 points, 合格: 1 more point for 优秀 (85~100), with the room on the one item", () => {
    const fixture = fixtureJson("004/appraisal-84-qualified.json");
    const gap = analyzeScoreGap(evaluateScored(plans, fixture.input, { asOf: fixture.asOf, award: "staff-appraisal" }), plans);
    expect(gap).toMatchObject({ grade: "qualified", nextGrade: { grade: "excellent" }, pointsNeeded: 1, strictly: false, blockers: [] });
    expect(gap.rooms).toEqual([expect.objectContaining({ id: "total", room: 16 })]);
  });

  test("a cap that holds is a blocker, whatever the points", () => {
    const fixture = fixtureJson("004/appraisal-cap-leave-11-days.json");
    const gap = analyzeScoreGap(evaluateScored(plans, fixture.input, { asOf: fixture.asOf, award: "staff-appraisal" }), plans);
    expect(gap.blockers.map((blocker) => blocker.id)).toEqual(["cap.leave"]);
  });

  test("001: points still open on items and under the bonus cap", () => {
    const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "001", "star-bonus-exactly-at-cap.json"), "utf8"));
    const scored = evaluateScored(bundledRulebook("service-model-post-001"), fixture.input, { asOf: fixture.asOf, award: "service-star" });
    const gap = analyzeScoreGap(scored, bundledRulebook("service-model-post-001"));
    expect(gap.nextGrade).toBeNull();
    const itemRoom = scored.sections.flatMap((section) => section.items).reduce((total, item) => total + item.max - (item.score ?? 0), 0);
    expect(gap.rooms.reduce((total, room) => total + room.room, 0)).toBe(itemRoom);
  });
});
