import { z } from "zod";
import { CandidateRecordSchema } from "./candidate.js";
import { PolicyTestSchema } from "./policyTest.js";
import { RulebookSchema } from "./rulebook.js";

/**
 * The JSON Schema of rule files, generated from `RulebookSchema` (zod is the one source of
 * truth). It is shipped as `rules/schema/rulebook.schema.json`, which rule files name in
 * `$schema` so editors check them.
 *
 * @example
 * ```ts
 * const schema = rulebookJsonSchema();
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function rulebookJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(RulebookSchema, { io: "input", unrepresentable: "any" }), title: "award-rules rulebook" };
}

/**
 * The JSON Schema of a candidate record, generated from `CandidateRecordSchema`; shipped as
 * `rules/schema/candidate.schema.json` for HR systems that produce records.
 *
 * @example
 * ```ts
 * const schema = candidateJsonSchema();
 * ```
 */
export function candidateJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(CandidateRecordSchema, { io: "input", unrepresentable: "any" }), title: "award-rules candidate record" };
}

/**
 * The JSON Schema of a policy test file, generated from `PolicyTestSchema`; shipped as
 * `rules/schema/policy-test.schema.json`, which test files name in `$schema` so editors check them
 * and `award-rules test` finds them.
 *
 * @example
 * ```ts
 * const schema = policyTestJsonSchema();
 * ```
 */
export function policyTestJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(PolicyTestSchema, { io: "input", unrepresentable: "any" }), title: "award-rules policy test" };
}
