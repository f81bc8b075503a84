import { conditionShapeProblems, isRealDate, isRealMonthDay, knownAbsentProblems, policyTestProblems, rulebookProblems, type CheckProblem } from "../schema/checks.js";

/** A check beyond field types, run on a named definition's value once its fields are sound. */
export type Refinement = (value: unknown) => CheckProblem[];

const isString = (value: unknown): value is string => typeof value === "string";
const NONE: CheckProblem[] = [];

/**
 * The refinements of the zod schemas, by the name their JSON Schema definition carries: the same
 * functions the zod schemas call (`src/schema/checks.ts`), so both say the same.
 *
 * @example
 * ```ts
 * REFINEMENTS.IsoDate?.("2025-02-30"); // [{ path: [], message: "not a real calendar date" }]
 * ```
 */
export const REFINEMENTS: Readonly<Record<string, Refinement>> = Object.freeze({
  IsoDate: (value) => (isString(value) && !isRealDate(value) ? [{ path: [], message: "not a real calendar date" }] : NONE),
  MonthDay: (value) => (isString(value) && !isRealMonthDay(value) ? [{ path: [], message: "not a real day of the year" }] : NONE),
  CandidateRecord: (value) => knownAbsentProblems(value as Record<string, unknown>),
  Condition: (value) => conditionShapeProblems(value as Record<string, unknown>),
  Rulebook: (value) => rulebookProblems(value as Record<string, unknown>),
  PolicyTest: (value) => policyTestProblems(value as Record<string, unknown>),
});

/**
 * Messages the zod schemas give a pattern in place of zod's own ("Invalid string: must match
 * pattern …"), by the pattern; `abort` stops the checks after it, as in zod.
 *
 * @example
 * ```ts
 * PATTERN_MESSAGES["^\\d{4}-\\d{2}-\\d{2}$"]; // { message: "expected a date written YYYY-MM-DD", abort: true }
 * ```
 */
export const PATTERN_MESSAGES: Readonly<Record<string, { message: string; abort?: boolean }>> = Object.freeze({
  "^\\d{4}-\\d{2}-\\d{2}$": { message: "expected a date written YYYY-MM-DD", abort: true },
  "^(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$": { message: "expected a day of the year written MM-DD", abort: true },
  "^(19|20|21)\\d{2}$": { message: "expected a four-digit year between 1900 and 2199" },
  "^\\d{3}$": { message: "expected a three-digit document number such as 000" },
  "^[A-Za-z0-9_.-]+$": { message: "ids use letters, digits, '.', '_' and '-'" },
  "^([01]\\d|2[0-3]):[0-5]\\d$": { message: "expected a time of day written HH:MM" },
});
