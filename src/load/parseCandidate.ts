import { keepRecord, keptOf } from "../records/keptRecords.js";
import { jsonSyntaxParams } from "../messages/jsonSyntaxParams.js";
import { isCheckedRecord } from "../records/trustedRecord.js";
import { AwardRulesError, type SafeResult } from "../errors/AwardRulesError.js";
import { toSafe } from "../messages/issueOf.js";
import { raise } from "../messages/issueOf.js";
import type { CandidateRecord } from "../schema/recordTypes.js";
import type { ParsedRecord } from "../schema/rulebookIds.js";
import { validateInput, validateParsedJson } from "../validate/validators.js";
import { RECORD_LIMITS } from "../validate/limits.js";
import { deepFreeze } from "../util/deepFreeze.js";

/**
 * Checks a candidate record against `CandidateRecordSchema` (through the validator compiled from its
 * JSON Schema, so zod is not loaded), reading the input once. Every problem is reported at once,
 * each with its path, in one `AwardRulesError` (code `invalid_record`); unknown keys are refused,
 * nothing is coerced. The returned record is a new, deeply frozen object, remembered so that
 * evaluating it again skips the check. JSON text given instead of an object (`'{"id":…}'`) is
 * refused saying so, naming `parseCandidateJson`, which takes text.
 *
 * @example
 * ```ts
 * const record = parseCandidate({ id: "T-001", partyMember: true });
 * parseCandidate({ id: "T-002", partyMember: "yes" }); // throws: invalid_record at partyMember
 * ```
 */
export function parseCandidate(input: unknown): ParsedRecord {
  if (keptOf(input) !== undefined) return input as ParsedRecord;
  // text that looks like a JSON object or list: the caller meant the record it holds
  if (typeof input === "string" && /^\s*[[{]/.test(input)) raise("invalid_record", [], "record.jsonText", { length: input.length });
  const result = validateInput<CandidateRecord>("candidate", input, RECORD_LIMITS, "invalid_record");
  if (!result.success) throw new AwardRulesError(result.issues);
  const record = deepFreeze(result.data);
  keepRecord(record);
  return record as ParsedRecord;
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
export function safeParseCandidate(input: unknown): SafeResult<ParsedRecord> {
  return toSafe(() => parseCandidate(input));
}

/** The longest record text read (an engineering bound, not a policy value). */
const MAX_RECORD_TEXT = 10_000_000;

/**
 * Reads a candidate record from JSON text (an HR export, one NDJSON line): parsed, then checked
 * as `parseCandidate` checks a record, in one pass over the parsed value (no copy: nothing else
 * holds it). Text that is not JSON, or too long, is an `invalid_record` error too.
 *
 * @example
 * ```ts
 * const record = parseCandidateJson('{"id":"T-001","partyMember":true}');
 * evaluateVerdicts(bundledRulebook(), record, { asOf: "2026-11-26" });
 * ```
 */
export function parseCandidateJson(text: unknown): ParsedRecord {
  if (typeof text !== "string") raise("invalid_record", [], "text.notText", { got: text === null ? "null" : typeof text });
  const record = deepFreeze(readRecordText(text));
  keepRecord(record);
  return record as ParsedRecord;
}

/** A record from JSON text, checked, for this evaluation only (nobody else holds it: not frozen, not remembered). */
function readRecordText(text: string): CandidateRecord {
  if (text.length > MAX_RECORD_TEXT) raise("invalid_record", [], "text.tooLong", { length: text.length, max: MAX_RECORD_TEXT });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    raise("invalid_record", [], "text.jsonSyntax", jsonSyntaxParams(text, error instanceof Error ? error.message : String(error)));
  }
  const result = validateParsedJson<CandidateRecord>("candidate", parsed, RECORD_LIMITS, "invalid_record");
  if (!result.success) throw new AwardRulesError(result.issues);
  return result.data;
}

/**
 * The record an evaluation reads: a record `parseCandidate` returned, as it is; any other object,
 * read once and checked into a copy for this evaluation alone; or JSON text, parsed and checked.
 *
 * @example
 * ```ts
 * recordOf('{"id":"T-1"}'); // { id: "T-1" }
 * ```
 */
export function recordOf(input: unknown): CandidateRecord {
  if (typeof input === "string") return readRecordText(input);
  if (keptOf(input) !== undefined || isCheckedRecord(input)) return input as CandidateRecord;
  // a record given as an object is read once into a copy this evaluation alone holds: not frozen, not remembered
  const result = validateInput<CandidateRecord>("candidate", input, RECORD_LIMITS, "invalid_record");
  if (!result.success) throw new AwardRulesError(result.issues);
  return result.data;
}

/**
 * `parseCandidateJson` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseCandidateJson("{ not json");
 * if (!result.success) result.error.issues[0]?.message; // "not JSON: …"
 * ```
 */
export function safeParseCandidateJson(text: unknown): SafeResult<ParsedRecord> {
  return toSafe(() => parseCandidateJson(text));
}
