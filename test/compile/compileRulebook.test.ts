import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { AwardRulesError, loadRulebook, parseCandidate, safeLoadRulebook } from "../../src/index.js";

const source = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "rules", "000-model-post.json"), "utf8"));
const copy = (): typeof source => structuredClone(source);

function issues(json: unknown): AwardRulesError["issues"] {
  const result = safeLoadRulebook(json);
  if (result.success) throw new Error("expected the rulebook to be refused");
  return result.error.issues;
}

describe("compileRulebook: structure the schema cannot see", () => {
  test("the bundled rule file compiles", () => {
    expect(loadRulebook(copy()).awards.map((award) => award.award.id)).toEqual(["model-post"]);
  });

  test("a duplicate category id is refused at the repeated id", () => {
    const json = copy();
    json.awards[0].categories[1].id = "party";
    expect(issues(json)).toContainEqual(expect.objectContaining({ code: "duplicate_id", path: ["awards", 0, "categories", 1, "id"] }));
  });

  test("a level defined twice in a category, and a level the award does not define, are both reported", () => {
    const json = copy();
    json.awards[0].categories[0].levels[1].level = 1;
    json.awards[0].categories[2].levels[2].level = 4;
    const found = issues(json);
    expect(found).toContainEqual(expect.objectContaining({ code: "duplicate_id", path: ["awards", 0, "categories", 0, "levels", 1, "level"] }));
    expect(found).toContainEqual(expect.objectContaining({ code: "bad_value", path: ["awards", 0, "categories", 2, "levels", 2, "level"] }));
  });

  test("an award level defined twice is refused", () => {
    const json = copy();
    json.awards[0].levels[2].level = 2;
    expect(issues(json)).toContainEqual(expect.objectContaining({ code: "duplicate_id", path: ["awards", 0, "levels", 2, "level"] }));
  });
});

describe("parseCandidate returns a frozen record", () => {
  test("a remembered record cannot be changed after its check", () => {
    const record = parseCandidate({ id: "F-1", annualAppraisals: { "2025": "excellent" }, honours: [] });
    expect(Object.isFrozen(record)).toBe(true);
    expect(() => {
      (record.annualAppraisals as Record<string, string>)["2024"] = "great";
    }).toThrow(TypeError);
    expect(() => (record.honours as unknown[]).push({})).toThrow(TypeError);
  });
});
