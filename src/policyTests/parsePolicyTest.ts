import policyTestSchema from "../../rules/schema/policy-test.schema.json" with { type: "json" };
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { embeddedJson } from "../util/embedded.js";
import type { PolicyTest } from "../schema/policyTestTypes.js";
import { RULEBOOK_LIMITS } from "../validate/limits.js";
import { validateInput } from "../validate/validators.js";

/** A policy test may hold a round of records: it gets the bounds of a rule file. */
const TEST_LIMITS = RULEBOOK_LIMITS;

/**
 * The policy tests' JSON Schema, read on first use: imported here, not with the main entry's
 * schemas, so a bundle of the main entry does not carry it.
 *
 * @example
 * ```ts
 * validateInput(POLICY_TEST_SCHEMA, JSON.parse(text), RULEBOOK_LIMITS, "invalid_test");
 * ```
 */
export const POLICY_TEST_SCHEMA = (): Record<string, unknown> => embeddedJson(policyTestSchema as Record<string, unknown>);

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
  const parsed = validateInput<PolicyTest>(POLICY_TEST_SCHEMA, input, TEST_LIMITS, "invalid_test");
  if (!parsed.success) throw new AwardRulesError(parsed.issues);
  return parsed.data;
}
