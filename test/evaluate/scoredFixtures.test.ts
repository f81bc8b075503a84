import { describe, expect, test } from "vitest";
import { bundledRulebook, explainScored, safeEvaluateScored } from "../../src/index.js";
import { loadScoredFixtures } from "../support/scoredFixtures.js";

const fixtures = loadScoredFixtures(["001", "002", "003", "004"]);

describe("scored-award fixtures (001–004)", () => {
  test("every document has fixtures", () => {
    for (const document of ["001", "002", "003", "004"]) {
      expect(fixtures.filter((fixture) => fixture.file.startsWith(`${document}/`)).length, document).toBeGreaterThanOrEqual(5);
    }
  });

  test.each(fixtures.map((fixture) => [fixture.file, fixture] as const))("%s", (_file, fixture) => {
    const outcome = safeEvaluateScored(bundledRulebook(fixture.rulebook), fixture.input, {
      asOf: fixture.asOf,
      award: fixture.award,
      ...(fixture.deployment ? { deployment: fixture.deployment } : {}),
    });
    if (fixture.expectedError) {
      expect(outcome.success).toBe(false);
      if (!outcome.success) expect(outcome.error.issues).toContainEqual(expect.objectContaining(fixture.expectedError));
      return;
    }
    if (!outcome.success) throw outcome.error;
    const result = outcome.data;
    const expected = fixture.expected!;
    expect(result.status).toBe(expected.status);
    for (const key of ["score", "rubricTotal", "bonusBeforeCap", "bonusAfterCap", "composite", "grade", "prize"] as const) {
      if (expected[key] !== undefined) expect(result[key], key).toEqual(expected[key]);
    }
    for (const [id, subtotal] of Object.entries(expected.sections ?? {})) {
      expect(result.sections.find((section) => section.id === id)?.subtotal, `section ${id}`).toBe(subtotal);
    }
    for (const [id, status] of Object.entries(expected.vetoes ?? {})) {
      expect(result.vetoes.find((veto) => veto.id === id)?.status, `veto ${id}`).toBe(status);
    }
    for (const step of expected.gradeSteps ?? []) {
      expect(result.gradeSteps, `${step.kind} ${step.id}`).toContainEqual(expect.objectContaining(step));
    }
    for (const missing of expected.missingFacts ?? []) expect(result.missingFacts).toContain(missing);
    for (const language of ["zh", "en"] as const) {
      const text = explainScored(result, { language });
      expect(text).toContain(result.summary[language]);
      expect(text).toMatch(new RegExp(`\\(${fixture.rulebook.slice(-3)} `));
    }
  });
});
