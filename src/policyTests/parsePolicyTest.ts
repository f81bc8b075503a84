import { AwardRulesError } from "../errors/AwardRulesError.js";
import type { PolicyTest } from "../schema/policyTest.js";
import { RULEBOOK_LIMITS } from "../validate/limits.js";
import { validateInput } from "../validate/validators.js";

/** A policy test may hold a round of records: it gets the bounds of a rule file. */
const TEST_LIMITS = RULEBOOK_LIMITS;

/** A test to run: the test itself, the file it came from, and the records of its `recordsFile`. */
export interface TestCase {
  test: unknown;
  file?: string;
  records?: unknown[];
}

/**
 * Checks a policy test against its schema: a typed `invalid_test` error listing every problem with
 * its path, or the test.
 *
 * @example
 * ```ts
 * const test = parsePolicyTest(JSON.parse(text));
 * ```
 */
export function parsePolicyTest(input: unknown): PolicyTest {
  const parsed = validateInput<PolicyTest>("policyTest", input, TEST_LIMITS, "invalid_test");
  if (!parsed.success) throw new AwardRulesError(parsed.issues);
  return parsed.data;
}
