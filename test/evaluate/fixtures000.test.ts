import { describe, expect, test } from "vitest";
import { bundledRulebook, evaluate, evaluateVerdicts, explain } from "../../src/index.js";
import { loadFixtures, nodesById } from "../support/fixtures.js";

// The outcomes are checked by the policy-test runner (test/fixtures); here: the fast path agrees
// with the full evaluation, and explanations carry what they must, on every 000 fixture.
const fixtures = loadFixtures("000");
const rulebook = bundledRulebook();

describe("document 000 fixtures: verdicts and explanations", () => {
  test("there are at least 40, and each of the 9 category-levels is reached by one", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    const reached = new Set(fixtures.filter((f) => f.expected.status === "qualified").map((f) => `${f.expected.category}.${f.expected.level}`));
    for (const category of ["party", "staff", "management"]) {
      for (const level of [1, 2, 3]) expect(reached, `${category}.${level}`).toContain(`${category}.${level}`);
    }
  });

  test.each(fixtures.map((fixture) => [fixture.file, fixture] as const))("%s", (_file, fixture) => {
    const result = evaluate(rulebook, fixture.input, { asOf: fixture.asOf, award: fixture.award });
    if (result.status === "pendingReview") expect(result.missingFacts.length).toBeGreaterThan(0);
    const verdicts = evaluateVerdicts(rulebook, fixture.input, { asOf: fixture.asOf, award: fixture.award });
    expect({ status: verdicts.status, category: verdicts.category, level: verdicts.level }).toEqual({
      status: result.status,
      category: result.category,
      level: result.level,
    });
    const nodes = nodesById(result);
    for (const language of ["zh", "en"] as const) {
      for (const format of ["text", "markdown"] as const) {
        // every category in full: by default a category not applied for is one line (test/explain/nextQuestion.test.ts)
        const text = explain(result, { language, format, allCategories: true });
        expect(text).toContain(result.summary[language]);
        for (const id of Object.keys(fixture.expected.conditions ?? {})) expect(text, `${language} ${format}: node ${id}`).toContain(nodes.get(id)!.reason[language]);
      }
    }
  });
});
