import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateVerdicts, explain } from "../../src/index.js";
import { loadFixtures, nodesById } from "../support/fixtures.js";

const fixtures = loadFixtures("000");
const rulebook = bundledRulebook();

describe("document 000 scenario fixtures", () => {
  test("there are at least 40, and each of the 9 category-levels is reached by one", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    const reached = new Set(fixtures.filter((f) => f.expected.status === "qualified").map((f) => `${f.expected.category}.${f.expected.level}`));
    for (const category of ["party", "staff", "management"]) {
      for (const level of [1, 2, 3]) expect(reached, `${category}.${level}`).toContain(`${category}.${level}`);
    }
  });

  test.each(fixtures.map((fixture) => [fixture.file, fixture] as const))("%s", (_file, fixture) => {
    const result = evaluate(rulebook, fixture.input, { asOf: fixture.asOf, award: fixture.award });
    const { expected } = fixture;
    expect(result.status).toBe(expected.status);
    expect(result.category).toBe(expected.category);
    expect(result.level).toBe(expected.level);

    const levels = Object.fromEntries(
      result.categories.map((category) => [category.id, Object.fromEntries(category.levels.map((level) => [String(level.level), level.status]))]),
    );
    expect(levels).toEqual(expected.levels);

    const nodes = nodesById(result);
    for (const [id, status] of Object.entries(expected.nodes)) {
      expect(nodes.get(id)?.status, `node ${id}`).toBe(status);
    }
    if (expected.refusal) expect(result.refusal.map((entry) => entry.id).sort()).toEqual([...expected.refusal].sort());
    else expect(result.refusal).toEqual([]);
    for (const missing of expected.missingFacts ?? []) expect(result.missingFacts).toContain(missing);
    if (expected.status === "pendingReview") expect(result.missingFacts.length).toBeGreaterThan(0);

    const verdicts = evaluateVerdicts(rulebook, fixture.input, { asOf: fixture.asOf, award: fixture.award });
    expect({ status: verdicts.status, category: verdicts.category, level: verdicts.level }).toEqual({
      status: result.status,
      category: result.category,
      level: result.level,
    });

    for (const language of ["zh", "en"] as const) {
      for (const format of ["text", "markdown"] as const) {
        const text = explain(result, { language, format });
        expect(text).toContain(result.summary[language]);
        for (const id of Object.keys(expected.nodes)) expect(text, `${language} ${format}: node ${id}`).toContain(nodes.get(id)!.reason[language]);
        for (const missing of result.missingFacts) expect(text).toContain(missing);
      }
    }
  });
});
