import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError, toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import { evaluate } from "../evaluate/evaluate.js";
import { evaluateVerdicts } from "../evaluate/evaluateVerdicts.js";
import { evaluateScored } from "../evaluate/scored/evaluateScored.js";
import { parseCandidate } from "../load/parseCandidate.js";
import type { CandidateRecord } from "../schema/candidate.js";
import { allocateLevels, type LevelEntry } from "./allocateLevels.js";
import { allocateScored, type ScoredEntry } from "./allocateScored.js";
import type { CohortOptions, CohortResult, Placement } from "./types.js";
import { checkAsOf, checkIterable, checkObject } from "../evaluate/checkOptions.js";

const blank = (recordId: string): Placement => ({
  recordId, status: "notQualified", qualifiedLevel: null, level: null, score: null, grade: null, bucket: null, rank: null, reasons: [],
});

/** A 53-bit hash of a text (cyrb53), so a round keeps a short key per person, not a copy of the record. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, "0");
}

/** The order in which two applications of one person are taken: earlier date, then category, then content. */
function applicationKey(record: CandidateRecord): string {
  return `${record.application?.date ?? "9999-99-99"}\u0000${record.application?.category ?? ""}\u0000${hash(JSON.stringify(record))}`;
}

function withPreviousRound(record: CandidateRecord, options: CohortOptions): { record: CandidateRecord; note?: Placement["reasons"][number] } {
  if (!options.previousRound) return { record };
  const revoked = options.previousRound.revoked.includes(record.id);
  const note =
    record.revokedInPreviousRound !== undefined && record.revokedInPreviousRound !== revoked
      ? { zh: `记录称上一轮${record.revokedInPreviousRound ? "" : "未"}被撤销，以上一轮结果为准`, en: `the record says ${record.revokedInPreviousRound ? "" : "not "}revoked last round; the previous round's results decide` }
      : undefined;
  return { record: { ...record, revokedInPreviousRound: revoked }, ...(note ? { note } : {}) };
}

/**
 * Evaluates a whole round: every candidate of an iterable (read once, one at a time; only a
 * compact entry per candidate is kept), one application per person (a second is refused, §三(二)),
 * the previous round's revocations applied (§六(七)), then the award's places given out under its
 * quotas with the ranking its rule file sets. Each placement says where a quota decided it.
 * Throws `AwardRulesError` for a bad record, with the record's position first in the path.
 *
 * @example
 * ```ts
 * const round = evaluateCohort(bundledRulebook(), records, { asOf: "2026-11-30" });
 * round.placements.filter((placement) => placement.status === "placed").length; // ≤ 12
 * ```
 */
export function evaluateCohort(compiled: CompiledRulebook, records: Iterable<unknown>, options: CohortOptions): CohortResult {
  checkObject(options, "options");
  checkAsOf(options.asOf);
  checkIterable(records, "records");
  const levelAward = options.award === undefined ? compiled.awards[0] : compiled.awards.find((entry) => entry.award.id === options.award);
  const scoredAward = levelAward ? undefined : compiled.scoredAwards.find((entry) => entry.award.id === options.award);
  if (!levelAward && !scoredAward) {
    throw new AwardRulesError([{ code: "unknown_award", path: ["award"], message: `no award ${JSON.stringify(options.award)} in rulebook ${compiled.rulebook.id}` }]);
  }
  // Applications a person may make in a round: the level award's rule (000 §三(二): 1); one record a candidate otherwise.
  const perPerson = levelAward?.award.applicationsPerPersonPerRound.value ?? 1;
  const kept = new Map<string, { key: string; entry: LevelEntry | ScoredEntry }[]>();
  const refused: Placement[] = [];
  let index = 0;
  for (const input of records) {
    let parsed: CandidateRecord;
    try {
      parsed = parseCandidate(input);
    } catch (error) {
      if (error instanceof AwardRulesError) throw new AwardRulesError(error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
      throw error;
    }
    index += 1;
    const { record, note } = withPreviousRound(parsed, options);
    const placement = blank(record.id);
    if (note) placement.reasons.push(note);
    let entry: LevelEntry | ScoredEntry;
    if (levelAward) {
      const awardId = levelAward.award.id;
      // Verdicts alone decide the allocation; the full trace is built only when asked for, or to word a refusal.
      const verdict = options.onResult ? undefined : evaluateVerdicts(compiled, record, { asOf: options.asOf, award: awardId });
      const result = verdict === undefined || verdict.status === "refused" ? evaluate(compiled, record, { asOf: options.asOf, award: awardId }) : undefined;
      if (result) options.onResult?.(result);
      const status = result?.status ?? verdict!.status;
      placement.status = status === "qualified" ? "notPlaced" : status;
      placement.qualifiedLevel = result?.level ?? verdict!.level;
      if (result?.status === "refused") placement.reasons.push(...result.refusal.map((entry) => entry.reason));
      if (status === "notQualified") placement.reasons.push({ zh: "不符合任何等级的条件", en: "qualifies for no level" });
      if (status === "pendingReview") placement.reasons.push({ zh: "待审核：尚有条件未定", en: "pending review: some conditions are not yet known" });
      const category = result?.category ?? verdict!.category;
      const statuses = category === null ? [] : result ? (result.categories.find((entry) => entry.id === category)?.levels.map((level) => level.status) ?? []) : (verdict!.levels[category] ?? []);
      const levelNumbers = levelAward.categories.find((entry) => entry.id === category)?.levels.map((level) => level.level) ?? [];
      const passing = levelNumbers.filter((_, position) => statuses[position] === "pass");
      entry = { keys: { id: record.id, score: null, committeeRank: record.committeeRank?.[awardId] ?? null }, passing, placement };
    } else {
      const award = scoredAward!.award;
      const result = evaluateScored(compiled, record, { asOf: options.asOf, award: award.id, ...(options.deployment ? { deployment: options.deployment } : {}) });
      options.onResult?.(result);
      const ungraded = result.status === "scored" && award.grades !== undefined && result.grade === null;
      placement.status = ungraded ? "pendingReview" : result.status === "scored" ? "placed" : result.status;
      placement.score = result.score;
      placement.grade = result.grade;
      if (result.status !== "scored") placement.reasons.push(result.summary);
      if (ungraded) placement.reasons.push({ zh: `得分 ${result.score} 不在任何等次范围内，须另定等次`, en: `score ${result.score} falls in no band: the grade must be decided` });
      entry = {
        keys: { id: record.id, score: result.score, committeeRank: record.committeeRank?.[award.id] ?? null },
        department: record.department ?? null,
        category: record.application?.category ?? record.department ?? null,
        placement,
      };
    }
    const key = applicationKey(record);
    const standing = [...(kept.get(record.id) ?? []), { key, entry }].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    kept.set(record.id, standing.slice(0, perPerson));
    for (const { entry: loser } of standing.slice(perPerson)) {
      loser.placement.status = "refused";
      loser.placement.reasons.push({
        zh: `每人每轮只能申报 ${perPerson} 次：本人其他申报在先，本份不予受理 (000 §三(二))`,
        en: `${perPerson} application(s) per person per round: this person's earlier application stands; this one is refused (000 §三(二))`,
      });
      refused.push(loser.placement);
    }
  }
  const entries = [...kept.values()].flat().map((value) => value.entry);
  const quotas = levelAward
    ? allocateLevels(levelAward.award, (entries as LevelEntry[]).filter((entry) => entry.placement.status === "notPlaced" && entry.passing.length > 0), options.whenLevelFull ?? levelAward.award.allocation.whenLevelFull)
    : allocateScored(scoredAward!.award, entries as ScoredEntry[], options, entries.length);
  const order = (placement: Placement): string => `${placement.recordId}\u0000${placement.status}\u0000${JSON.stringify(placement)}`;
  const placements = [...entries.map((entry) => entry.placement), ...refused].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { awardId: levelAward?.award.id ?? scoredAward!.award.id, asOf: options.asOf, candidates: index, placements, quotas };
}

/**
 * `evaluateCohort` returning `{ success, data | error }` instead of throwing.
 *
 * @example
 * ```ts
 * const round = safeEvaluateCohort(bundledRulebook(), records, { asOf: "2026-11-30" });
 * ```
 */
export function safeEvaluateCohort(compiled: CompiledRulebook, records: Iterable<unknown>, options: CohortOptions): SafeResult<CohortResult> {
  return toSafe(() => evaluateCohort(compiled, records, options));
}
