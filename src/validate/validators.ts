import candidateSchema from "../../rules/schema/candidate.schema.json" with { type: "json" };
import policyTestSchema from "../../rules/schema/policy-test.schema.json" with { type: "json" };
import rulebookSchema from "../../rules/schema/rulebook.schema.json" with { type: "json" };
import type { Issue, IssueCode } from "../errors/AwardRulesError.js";
import type { GuardLimits } from "../load/guard.js";
import { compileJsonSchema, type Check } from "./compileJsonSchema.js";
import type { SchemaIssue } from "./messages.js";
import { readInput } from "./readInput.js";
import { REFINEMENTS } from "./refinements.js";

/** What a validator gives: the checked value (defaults filled in), or every issue. */
export type Validated<T> = { success: true; data: T } | { success: false; issues: Issue[] };

const SCHEMAS = { candidate: candidateSchema, rulebook: rulebookSchema, policyTest: policyTestSchema } as const;
const compiled = new Map<keyof typeof SCHEMAS, Check>();

const checkOf = (name: keyof typeof SCHEMAS): Check => {
  let check = compiled.get(name);
  if (check === undefined) {
    check = compileJsonSchema(SCHEMAS[name] as Record<string, unknown>, REFINEMENTS);
    compiled.set(name, check);
  }
  return check;
};

/**
 * Reads an input once into plain data and checks it against a shipped JSON Schema (candidate,
 * rulebook or policy test), compiled on first use from the schema emitted from the zod schemas,
 * with the same refinements: the output and the issues are zod's, without loading zod.
 *
 * @example
 * ```ts
 * const result = validateInput("candidate", { id: "T-1" }, RECORD_LIMITS, "invalid_record");
 * if (result.success) result.data; // { id: "T-1" }
 * ```
 */
export function validateInput<T>(name: keyof typeof SCHEMAS, input: unknown, limits: GuardLimits, code: IssueCode, prefix: (string | number)[] = []): Validated<T> {
  const read = readInput(input, limits, code);
  if (read.issues.length > 0) return { success: false, issues: read.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })) };
  const issues: SchemaIssue[] = [];
  const data = checkOf(name)(read.value, [], issues);
  if (issues.length === 0) return { success: true, data: data as T };
  return { success: false, issues: issues.map((issue) => ({ code, path: [...prefix, ...issue.path], message: issue.message })) };
}
