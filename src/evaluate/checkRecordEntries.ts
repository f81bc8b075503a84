import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import type { CandidateRecord } from "../schema/recordTypes.js";
import { keptOf } from "../records/keptRecords.js";
import { nearest } from "../text/nearest.js";
import type { ParamsOf } from "../messages/catalog.js";
import { issueOf } from "../messages/issueOf.js";

/** A key the rulebook does not know, naming the nearest valid keys. */
const unknownKey = (
  code: Issue["code"],
  field: ParamsOf<"record.unknownKey">["field"],
  key: string,
  valid: Iterable<string>,
  rulebook: string,
  path: (string | number)[] = [field, key],
): Issue =>
  // a key of the record (not a value naming one, as application.award) is named in `keys` too, as every unknown key is
  issueOf(code, path, "record.unknownKey", { field, key, rulebook, nearest: nearest(key, valid) }, path.at(-1) === key ? { keys: [key] } : {});

/** A declared measure's value outside its declared range or not whole when it must be. */
function measureProblem(name: string, value: number, declared: { min?: number; max?: number; integer?: boolean; unit: string; label?: { zh: string } }): Issue | null {
  const path = ["measures", name];
  const given = { name, label: declared.label?.zh ?? name, unit: declared.unit, got: value };
  if (declared.integer === true && !Number.isInteger(value)) return issueOf("invalid_record", path, "record.measureNotWhole", given);
  if (declared.min !== undefined && value < declared.min) return issueOf("invalid_record", path, "record.measureBelow", { ...given, min: declared.min });
  if (declared.max !== undefined && value > declared.max) return issueOf("invalid_record", path, "record.measureAbove", { ...given, max: declared.max });
  return null;
}

/** The record's attestations, measures and flags against what the rulebook reads and declares. */
function checkDeclared(compiled: CompiledRulebook, record: CandidateRecord, issues: Issue[]): void {
  const { id } = compiled.rulebook;
  for (const key of Object.keys(record.attestations ?? {})) {
    if (!compiled.attestationKeys.has(key)) issues.push(unknownKey("unknown_attestation", "attestations", key, compiled.attestationKeys, id));
  }
  const measures = compiled.rulebook.measures ?? {};
  for (const [key, value] of Object.entries(record.measures ?? {})) {
    const declared = Object.hasOwn(measures, key) ? measures[key] : undefined;
    const problem = declared === undefined ? unknownKey("unknown_measure", "measures", key, Object.keys(measures), id) : measureProblem(key, value, declared);
    if (problem !== null) issues.push(problem);
  }
  const flags = compiled.rulebook.flags ?? {};
  for (const key of Object.keys(record.flags ?? {})) {
    if (!Object.hasOwn(flags, key)) issues.push(unknownKey("unknown_flag", "flags", key, Object.keys(flags), id));
  }
}

/** The record's maps keyed by award id: a key that names no award would be read by nothing (a rank keyed by year, a misspelt id). */
function checkAwardKeys(compiled: CompiledRulebook, record: CandidateRecord, issues: Issue[]): void {
  const { id } = compiled.rulebook;
  const awardIds = [...compiled.awards.map((entry) => entry.award.id), ...compiled.scoredAwards.map((entry) => entry.award.id)];
  for (const key of Object.keys(record.committeeRank ?? {})) {
    if (!awardIds.includes(key)) issues.push(unknownKey("unknown_award", "committeeRank", key, awardIds, id));
  }
  const scoredIds = compiled.scoredAwards.map((entry) => entry.award.id);
  for (const key of Object.keys(record.scores ?? {})) {
    if (!scoredIds.includes(key)) issues.push(unknownKey("unknown_award", "scores", key, scoredIds, id));
  }
  const applied = record.application?.award;
  if (applied !== undefined && !awardIds.includes(applied)) issues.push(unknownKey("unknown_award", "application", applied, awardIds, id, ["application", "award"]));
}

/**
 * Every keyed entry of a record must be one the rulebook knows, or it would be dropped silently:
 * an attestation key no condition reads is `unknown_attestation`, a measure or flag the rulebook
 * does not declare is `unknown_measure` / `unknown_flag`, a `committeeRank` or `scores` key (or
 * `application.award`) that names no award of the rulebook is `unknown_award`, each naming the
 * nearest valid keys; a
 * measure outside its declared range (or not whole, for a count) is `invalid_record`. A parsed
 * (kept) record that passed is remembered, so it is checked again only against another rulebook.
 *
 * @example
 * ```ts
 * checkRecordEntries(bundledRulebook(), { id: "T-1", attestations: { "staff.9.9": "met" } });
 * // throws: unknown_attestation at attestations.staff.9.9 (nearest: staff.1.1, staff.2.1, staff.3.1)
 * ```
 */
export function checkRecordEntries(compiled: CompiledRulebook, record: CandidateRecord): void {
  const kept = keptOf(record);
  if (kept !== undefined && kept.checkedBy === compiled) return;
  const issues: Issue[] = [];
  checkDeclared(compiled, record, issues);
  checkAwardKeys(compiled, record, issues);
  if (issues.length > 0) throw new AwardRulesError(issues);
  if (kept !== undefined) kept.checkedBy = compiled;
}
