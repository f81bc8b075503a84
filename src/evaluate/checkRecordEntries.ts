import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import type { CandidateRecord } from "../schema/candidate.js";
import { keptOf } from "../records/keptRecords.js";
import { nearest } from "../text/nearest.js";

const WHAT_ZH: Readonly<Record<string, string>> = {
  attestations: "没有条件读取审核认定",
  measures: "没有声明数据项",
  flags: "没有声明情况项",
  committeeRank: "没有奖项",
  scores: "没有评分类奖项",
  application: "没有奖项",
};

const unknownKey = (
  code: Issue["code"],
  field: string,
  key: string,
  what: string,
  valid: Iterable<string>,
  rulebookId: string,
  path: (string | number)[] = [field, key],
): Issue => {
  const offers = nearest(key, valid);
  return {
    code,
    path,
    message: `rulebook ${rulebookId} ${what} ${JSON.stringify(key)}${offers.length > 0 ? ` (nearest: ${offers.join(", ")})` : " (it has none)"}`,
    zh: `规则中${WHAT_ZH[field] ?? "没有"}“${key}”${offers.length > 0 ? `（最接近的：${offers.map((offer) => `\`${offer}\``).join("、")}）` : "（规则中没有此类项目）"}`,
  };
};

/** A declared measure's value outside its declared range or not whole when it must be. */
function measureProblem(name: string, value: number, declared: { min?: number; max?: number; integer?: boolean; unit: string; label?: { zh: string } }): Issue | null {
  const path = ["measures", name];
  const label = declared.label?.zh ?? name;
  if (declared.integer === true && !Number.isInteger(value))
    return { code: "invalid_record", path, message: `measure ${name} counts whole ${declared.unit}; got ${value}`, zh: `“${label}”应为整数，实为 ${value}` };
  if (declared.min !== undefined && value < declared.min)
    return {
      code: "invalid_record",
      path,
      message: `measure ${name} is at least ${declared.min} (${declared.unit}); got ${value}`,
      zh: `“${label}”至少为 ${declared.min}，实为 ${value}`,
    };
  if (declared.max !== undefined && value > declared.max)
    return {
      code: "invalid_record",
      path,
      message: `measure ${name} is at most ${declared.max} (${declared.unit}); got ${value}`,
      zh: `“${label}”至多为 ${declared.max}，实为 ${value}`,
    };
  return null;
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
  const { id } = compiled.rulebook;
  for (const key of Object.keys(record.attestations ?? {})) {
    if (!compiled.attestationKeys.has(key))
      issues.push(unknownKey("unknown_attestation", "attestations", key, "has no condition reading the attestation", compiled.attestationKeys, id));
  }
  const measures = compiled.rulebook.measures ?? {};
  for (const [key, value] of Object.entries(record.measures ?? {})) {
    const declared = Object.hasOwn(measures, key) ? measures[key] : undefined;
    if (declared === undefined) issues.push(unknownKey("unknown_measure", "measures", key, "declares no measure", Object.keys(measures), id));
    else {
      const problem = measureProblem(key, value, declared);
      if (problem !== null) issues.push(problem);
    }
  }
  const flags = compiled.rulebook.flags ?? {};
  for (const key of Object.keys(record.flags ?? {})) {
    if (!Object.hasOwn(flags, key)) issues.push(unknownKey("unknown_flag", "flags", key, "declares no flag", Object.keys(flags), id));
  }
  // maps keyed by award id: a key that names no award would be read by nothing (a rank keyed by year, a misspelt id)
  const awardIds = [...compiled.awards.map((entry) => entry.award.id), ...compiled.scoredAwards.map((entry) => entry.award.id)];
  for (const key of Object.keys(record.committeeRank ?? {})) {
    if (!awardIds.includes(key)) issues.push(unknownKey("unknown_award", "committeeRank", key, "has no award", awardIds, id));
  }
  const scoredIds = compiled.scoredAwards.map((entry) => entry.award.id);
  for (const key of Object.keys(record.scores ?? {})) {
    if (!scoredIds.includes(key)) issues.push(unknownKey("unknown_award", "scores", key, "has no scored award", scoredIds, id));
  }
  const applied = record.application?.award;
  if (applied !== undefined && !awardIds.includes(applied))
    issues.push(unknownKey("unknown_award", "application", applied, "has no award", awardIds, id, ["application", "award"]));
  if (issues.length > 0) throw new AwardRulesError(issues);
  if (kept !== undefined) kept.checkedBy = compiled;
}
