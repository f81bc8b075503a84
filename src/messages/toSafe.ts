import { AwardRulesError, type SafeResult } from "../errors/AwardRulesError.js";
import { issueOf } from "./issueOf.js";

/**
 * Runs a throwing function and returns `{ success, data | error }`; errors other than
 * `AwardRulesError` are bugs and are rethrown.
 *
 * @example
 * ```ts
 * const result = toSafe(() => parseCandidate(input));
 * ```
 */
export function toSafe<T>(run: () => T): SafeResult<T> {
  if (typeof run !== "function") {
    const error = new AwardRulesError([issueOf("invalid_option", ["run"], "option.notFunction", { path: "run", got: run === null ? "null" : typeof run })]);
    return { success: false, error };
  }
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof AwardRulesError) return { success: false, error };
    throw error;
  }
}
