import { expect } from "vitest";
import { AwardRulesError, type Issue } from "../../src/index.js";

/**
 * The issues of the `AwardRulesError` a call throws; the test fails when it throws anything else,
 * or (unless `orNone`) when it does not throw.
 */
export function thrownIssues(run: () => unknown, orNone = false): Issue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AwardRulesError);
    return (error as AwardRulesError).issues;
  }
  if (orNone) return [];
  throw new Error("did not throw");
}
