import type { CheckProblem } from "../schema/checkMessages.js";
import { conditionShapeProblems, isRealDate, isRealMonthDay, knownAbsentProblems, policyTestProblems, rulebookProblems } from "../schema/checks.js";

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
 * REFINEMENTS.IsoDate?.("2025-02-30"); // [{ path: [], messageId: "format.realDate", params: {} }]
 * ```
 */
export const REFINEMENTS: Readonly<Record<string, Refinement>> = Object.freeze({
  IsoDate: (value) => (isString(value) && !isRealDate(value) ? [{ path: [], messageId: "format.realDate", params: {} }] : NONE),
  MonthDay: (value) => (isString(value) && !isRealMonthDay(value) ? [{ path: [], messageId: "format.realMonthDay", params: {} }] : NONE),
  CandidateRecord: (value) => knownAbsentProblems(value as Record<string, unknown>),
  Condition: (value) => conditionShapeProblems(value as Record<string, unknown>),
  Rulebook: (value) => rulebookProblems(value as Record<string, unknown>),
  PolicyTest: (value) => policyTestProblems(value as Record<string, unknown>),
});
