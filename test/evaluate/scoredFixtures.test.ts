import { describe, expect, test } from "vitest";
import { bundledRulebook, explainScored, safeEvaluateScored } from "../../src/index.js";
import { loadFixtures } from "../support/fixtures.js";

// The outcomes are checked by the policy-test runner (test/fixtures); here: every document has
// fixtures, and each explanation carries the summary and cites its document, in both languages.
const fixtures = ["001", "002", "003", "004"].flatMap((document) => loadFixtures(document).map((fixture) => ({ ...fixture, file: `${document}/${fixture.file}` })));

describe("scored-award fixtures (001–004): explanations", () => {
  test("every document has fixtures", () => {
    for (const document of ["001", "002", "003", "004"]) {
      expect(fixtures.filter((fixture) => fixture.file.startsWith(`${document}/`)).length, document).toBeGreaterThanOrEqual(5);
    }
  });

  test.each(fixtures.filter((fixture) => fixture.expected.error === undefined && fixture.expected.errors === undefined).map((fixture) => [fixture.file, fixture] as const))(
    "%s",
    (_file, fixture) => {
      const outcome = safeEvaluateScored(bundledRulebook(fixture.rulebook), fixture.input, {
        asOf: fixture.asOf,
        award: fixture.award,
        ...(fixture.deployment ? { deployment: fixture.deployment } : {}),
      });
      if (!outcome.success) throw outcome.error;
      for (const language of ["zh", "en"] as const) {
        const text = explainScored(outcome.data, { language });
        expect(text).toContain(outcome.data.summary[language]);
        expect(text).toMatch(new RegExp(`\\(${fixture.rulebook.slice(-3)} `));
      }
    },
  );
});
