import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateAll, safeEvaluateAll } from "../../src/index.js";
import { loadFixtures } from "../support/fixtures.js";

const rulebook = bundledRulebook();
const fixture = loadFixtures("000").find((entry) => entry.file === "staff-complaint-two-and-half-years.json")!;

describe("evaluateAll", () => {
  test("gives one result per award, the same as evaluate for that award", () => {
    const results = evaluateAll(rulebook, fixture.input, { asOf: fixture.asOf });
    expect(results.map((result) => result.awardId)).toEqual(rulebook.awards.map((award) => award.award.id));
    expect(results[0]).toEqual(evaluate(rulebook, fixture.input, { asOf: fixture.asOf, award: "model-post" }));
    expect(results[0]?.level).toBe(fixture.expected.level);
  });

  test("a bad record is one typed error", () => {
    const result = safeEvaluateAll(rulebook, { id: "" }, { asOf: fixture.asOf });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]).toMatchObject({ code: "invalid_record", path: ["id"] });
  });
});
