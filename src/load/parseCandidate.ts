import { AwardRulesError, toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import type { CandidateRecord } from "../schema/candidate.js";
import { validateInput } from "../validate/validators.js";
import { RECORD_LIMITS } from "./guard.js";

const parsedRecords = new WeakSet<object>();

/** Freezes a parsed record and everything in it, so a remembered record cannot change after its check. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks a candidate record against `CandidateRecordSchema` (through the validator compiled from its
 * JSON Schema, so zod is not loaded), reading the input once. Every problem is reported at once,
 * each with its path, in one `AwardRulesError` (code `invalid_record`); unknown keys are refused,
 * nothing is coerced. The returned record is a new, deeply frozen object, remembered so that
 * evaluating it again skips the check.
 *
 * @example
 * ```ts
 * const record = parseCandidate({ id: "T-001", partyMember: true });
 * parseCandidate({ id: "T-002", partyMember: "yes" }); // throws: invalid_record at partyMember
 * ```
 */
export function parseCandidate(input: unknown): CandidateRecord {
  if (typeof input === "object" && input !== null && parsedRecords.has(input)) return input as CandidateRecord;
  const result = validateInput<CandidateRecord>("candidate", input, RECORD_LIMITS, "invalid_record");
  if (!result.success) throw new AwardRulesError(result.issues);
  const record = deepFreeze(result.data);
  parsedRecords.add(record);
  return record;
}

/**
 * `parseCandidate` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseCandidate({ id: "" });
 * if (!result.success) console.log(result.error.issues); // [{ code: "invalid_record", path: ["id"], … }]
 * ```
 */
export function safeParseCandidate(input: unknown): SafeResult<CandidateRecord> {
  return toSafe(() => parseCandidate(input));
}
