import candidateSchema from "../../rules/schema/candidate.schema.json" with { type: "json" };
import rulebookSchema from "../../rules/schema/rulebook.schema.json" with { type: "json" };
import type { Issue, IssueCode } from "../errors/AwardRulesError.js";
import type { GuardLimits } from "./limits.js";
import { compileJsonSchema, type Check, type CheckContext } from "./compileJsonSchema.js";
import { compileFastCheck } from "./fastCheck.js";
import { readInput } from "./readInput.js";
import { REFINEMENTS } from "./refinements.js";
import { schemaIssue } from "./valueHints.js";
import { perUnknownKey } from "../messages/unknownKeys.js";
import { embeddedJson } from "../util/embedded.js";

/** What a validator gives: the checked value (defaults filled in), or every issue. */
export type Validated<T> = { success: true; data: T } | { success: false; issues: Issue[] };

/**
 * The shipped JSON Schemas the main entry checks with, each read (parsed) on first use; a condition
 * tree alone is checked by the rule file's own definition of a condition, so every door that takes
 * one checks it alike. Another schema (the policy tests') is given as the function that reads it,
 * by the module that needs it, so a bundle that does not use it does not carry it.
 */
const SCHEMAS = {
  candidate: () => embeddedJson(candidateSchema as Record<string, unknown>),
  rulebook: () => embeddedJson(rulebookSchema as Record<string, unknown>),
  condition: () => ({ $ref: "#/$defs/Condition", $defs: (embeddedJson(rulebookSchema as Record<string, unknown>) as { $defs: unknown }).$defs }),
} as const;

/** A shipped JSON Schema: the name of one the main entry uses, or the function that reads another. */
export type SchemaName = keyof typeof SCHEMAS | (() => Record<string, unknown>);

const schemaOf = (name: SchemaName): Record<string, unknown> => (typeof name === "function" ? name() : SCHEMAS[name]());

const compiled = new Map<SchemaName, Check>();

const checkOf = (name: SchemaName): Check => {
  let check = compiled.get(name);
  if (check === undefined) {
    check = compileJsonSchema(schemaOf(name), REFINEMENTS);
    compiled.set(name, check);
  }
  return check;
};

const fastChecks = new Map<SchemaName, (value: unknown, limits: GuardLimits) => boolean>();

/** The schema's yes-or-don't-know check (see `compileFastCheck`), compiled on first use. */
const fastCheckOf = (name: SchemaName): ((value: unknown, limits: GuardLimits) => boolean) => {
  let check = fastChecks.get(name);
  if (check === undefined) {
    check = compileFastCheck(schemaOf(name), REFINEMENTS);
    fastChecks.set(name, check);
  }
  return check;
};

function run<T>(name: SchemaName, value: unknown, code: IssueCode, prefix: (string | number)[]): Validated<T> {
  const ctx: CheckContext = { issues: [] };
  const data = checkOf(name)(value, [], ctx);
  if (ctx.issues.length === 0) return { success: true, data: data as T };
  // an unknown-keys issue of zod's (at the object) becomes one issue per key, at the key
  return { success: false, issues: ctx.issues.flatMap(perUnknownKey).map((found) => schemaIssue(code, found, value, prefix)) };
}

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
export function validateInput<T>(name: SchemaName, input: unknown, limits: GuardLimits, code: IssueCode, prefix: (string | number)[] = []): Validated<T> {
  return readAndCheck<T>(name, input, limits, code, prefix, true);
}

/** Reads a value once into plain data and checks the copy: the fast yes first where asked, else the full check, which words every issue. */
function readAndCheck<T>(name: SchemaName, input: unknown, limits: GuardLimits, code: IssueCode, prefix: (string | number)[], fastFirst: boolean): Validated<T> {
  const read = readInput(input, limits, code);
  if (read.issues.length > 0) return { success: false, issues: read.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })) };
  // the copy is plain data, as JSON.parse makes it: one that certainly passes as it is needs no walk that records issues
  if (fastFirst && fastCheckOf(name)(read.value, limits)) return { success: true, data: read.value as T };
  return run(name, read.value, code, prefix);
}

/**
 * Checks a value straight from `JSON.parse` (plain data, read by no one else) without copying it:
 * the same checks and issues as `validateInput`, the input's bounds applied while it is walked. A
 * value the fast check passes (see `compileFastCheck`) is given back at once; any other is walked
 * by the full check, which words its issues.
 *
 * @example
 * ```ts
 * validateParsedJson("candidate", JSON.parse(line), RECORD_LIMITS, "invalid_record");
 * ```
 */
export function validateParsedJson<T>(name: SchemaName, parsed: unknown, limits: GuardLimits, code: IssueCode, prefix: (string | number)[] = []): Validated<T> {
  // a value that certainly passes as it is needs no walk that records issues
  if (fastCheckOf(name)(parsed, limits)) return { success: true, data: parsed as T };
  // any other is checked exactly as an object is: the same bounds, the same issues, in the same order
  return readAndCheck<T>(name, parsed, limits, code, prefix, false);
}
