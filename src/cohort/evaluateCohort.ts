import type { CompiledAward, CompiledRulebook } from "../compile/compileRulebook.js";
import type { CompiledScoredAward } from "../compile/compileScored.js";
import { AwardRulesError, toSafe, type SafeResult } from "../errors/AwardRulesError.js";
import { evaluate } from "../evaluate/evaluate.js";
import { evaluateVerdicts } from "../evaluate/evaluateVerdicts.js";
import { evaluateScored } from "../evaluate/scored/evaluateScored.js";
import { recordOf } from "../load/parseCandidate.js";
import type { CandidateRecord } from "../schema/candidate.js";
import type { BilingualText } from "../schema/primitives.js";
import { allocateLevels } from "./allocateLevels.js";
import { allocateScored } from "./allocateScored.js";
import { LevelEntry, ScoredEntry, sharedPassing, type AnyEntry, type Applied } from "./entries.js";
import { limitPerUnit } from "./limitPerUnit.js";
import { compareBy } from "./ranking.js";
import { addReason, NO_REASONS } from "./reasons.js";
import { Roster } from "./roster.js";
import { placementSource } from "./eachPlacement.js";
import { boundedRecords, checkMaxRecords } from "./boundedRecords.js";
import { checkPopulations, checkPreviousRound } from "./roundInputs.js";
import type { CohortOptions, CohortResult, Placement, RoundTie } from "./types.js";
import { checkAsOf, checkIterable, checkObject } from "../evaluate/checkOptions.js";
import { checkCompiled, checkFunction, checkText, readOptions } from "../util/door.js";
import { describeValue } from "../util/describeValue.js";
import { unknownAnyAwardZh } from "../evaluate/unknownAward.js";
import { readPlainFields } from "../util/plainData.js";

/** Words many placements share (one object, not one a candidate). */
const NO_LEVEL: BilingualText = Object.freeze({ zh: "不符合任何等级的条件", en: "qualifies for no level" });
const PENDING: BilingualText = Object.freeze({ zh: "待审核：尚有条件未定", en: "pending review: some conditions are not yet known" });

const blank = (recordId: string): Placement => ({
  recordId, status: "notQualified", qualifiedLevel: null, level: null, score: null, grade: null, bucket: null, rank: null, reasons: NO_REASONS as Placement["reasons"],
});



/**
 * A string of its own: a short id read from JSON is kept in the engine's table of shared strings
 * (an entry per id, outside the heap); a round keeps a copy, and the table's entry goes with the record.
 */
const ownCopy = (text: string): string => `${text} `.slice(0, -1);

/** The ids the previous round barred (its ledger, or a list of revoked ids), or undefined when not given. */
function barredIds(options: CohortOptions): Set<string> | undefined {
  const previous = options.previousRound;
  if (previous === undefined) return undefined;
  checkPreviousRound(previous);
  return new Set([...(previous.ledger?.barredFromNextRound ?? []), ...(previous.revoked ?? [])]);
}

function withPreviousRound(record: CandidateRecord, barred: Set<string> | undefined): { record: CandidateRecord; note?: BilingualText } {
  if (barred === undefined) return { record };
  const revoked = barred.has(record.id);
  const note =
    record.revokedInPreviousRound !== undefined && record.revokedInPreviousRound !== revoked
      ? {
          zh: `记录称上一轮${record.revokedInPreviousRound ? "" : "未"}被撤销，以上一轮结果为准`,
          en: `the record says ${record.revokedInPreviousRound ? "" : "not "}revoked last round; the previous round's results decide`,
        }
      : undefined;
  return { record: { ...record, revokedInPreviousRound: revoked }, ...(note ? { note } : {}) };
}

function levelEntry(
  compiled: CompiledRulebook,
  award: CompiledAward,
  record: CandidateRecord,
  placement: Placement,
  options: CohortOptions,
  words: (reason: BilingualText) => BilingualText,
  applied: Applied,
): LevelEntry {
  const awardId = award.award.id;
  // Verdicts alone decide the allocation; the full trace is built only when asked for, or to word a refusal.
  const verdict = options.onResult ? undefined : evaluateVerdicts(compiled, record, { asOf: options.asOf, award: awardId });
  const result = verdict === undefined || verdict.status === "refused" ? evaluate(compiled, record, { asOf: options.asOf, award: awardId }) : undefined;
  if (result) options.onResult?.(result);
  const outcome = result ?? (verdict as NonNullable<typeof verdict>);
  placement.status = outcome.status === "qualified" ? "notPlaced" : outcome.status;
  placement.qualifiedLevel = outcome.level;
  if (result?.status === "refused") for (const entry of result.refusal) addReason(placement, words(entry.reason));
  if (outcome.status === "notQualified") addReason(placement, NO_LEVEL);
  if (outcome.status === "pendingReview") addReason(placement, PENDING);
  const category = outcome.category;
  const statuses =
    category === null ? [] : result ? (result.categories.find((entry) => entry.id === category)?.levels.map((level) => level.status) ?? []) : (verdict?.levels[category] ?? []);
  const levelNumbers = award.categories.find((entry) => entry.id === category)?.levels.map((level) => level.level) ?? [];
  const passing = sharedPassing(levelNumbers.filter((_, position) => statuses[position] === "pass"));
  return new LevelEntry(placement.recordId, record.committeeRank?.[awardId] ?? null, applied, record.department ?? null, placement, passing);
}

function scoredEntry(compiled: CompiledRulebook, scored: CompiledScoredAward, record: CandidateRecord, placement: Placement, options: CohortOptions, applied: Applied): ScoredEntry {
  const award = scored.award;
  const result = evaluateScored(compiled, record, { asOf: options.asOf, award: award.id, ...(options.deployment ? { deployment: options.deployment } : {}) });
  options.onResult?.(result);
  const ungraded = result.status === "scored" && award.grades !== undefined && result.grade === null;
  placement.status = ungraded ? "pendingReview" : result.status === "scored" ? "placed" : result.status;
  placement.score = result.score;
  placement.grade = result.grade;
  if (result.status !== "scored") addReason(placement, result.summary);
  if (ungraded) addReason(placement, { zh: `得分 ${result.score} 不在任何等次范围内，须另定等次`, en: `score ${result.score} falls in no band: the grade must be decided` });
  return new ScoredEntry(placement.recordId, result.score, record.committeeRank?.[award.id] ?? null, applied, record.department ?? null, placement, record.application?.category ?? record.department ?? null);
}

/**
 * Evaluates a whole round: every candidate of an iterable (read once, one at a time; only a
 * compact entry per candidate is kept), one application per person (a second is refused, §三(二)),
 * the previous round's revocations applied (§六(七): its ledger from `reviewHolders`, or a list of
 * revoked ids), then the award's places given out under its quotas with the ranking its rule file
 * sets. Contenders the ranking cannot separate at a cut are `provisional` — the committee decides —
 * and the round's status says so. Each placement says where a quota decided it. Throws
 * `AwardRulesError` for a bad record, with the record's position first in the path.
 *
 * @example
 * ```ts
 * const round = evaluateCohort(bundledRulebook(), records, { asOf: "2026-11-30" });
 * round.status; // "final", or "provisional" while the committee's ranks are missing at a cut
 * round.placements.filter((placement) => placement.status === "placed").length; // ≤ 12
 * ```
 */
export function evaluateCohort(compiled: CompiledRulebook, records: Iterable<unknown>, options: CohortOptions): CohortResult {
  checkCompiled(compiled);
  options = readOptions(options, "options", { required: true }) as unknown as CohortOptions;
  checkText(options.award, ["award"], { optional: true });
  if (options.onResult !== undefined) checkFunction(options.onResult, ["onResult"]);
  checkText(options.whenLevelFull, ["whenLevelFull"], { optional: true, allowed: ["placeAtLowerLevel", "leaveOut"] });
  readPlainFields(options, ["previousRound", "populations", "deployment", "departmentLimits"]);
  checkAsOf(options.asOf);
  checkIterable(records, "records");
  const maxRecords = checkMaxRecords(options.maxRecords);
  if (options.populations !== undefined) checkPopulations(options.populations);
  const levelAward = options.award === undefined ? compiled.awards[0] : compiled.awards.find((entry) => entry.award.id === options.award);
  const scoredAward = levelAward ? undefined : compiled.scoredAwards.find((entry) => entry.award.id === options.award);
  if (!levelAward && !scoredAward) {
    const known = [...compiled.awards.map((entry) => entry.award.id), ...compiled.scoredAwards.map((entry) => entry.award.id)];
    throw new AwardRulesError([{ code: "unknown_award", path: ["award"], message: `no award ${describeValue(options.award)} in rulebook ${compiled.rulebook.id} (has ${known.join(", ")})`, zh: unknownAnyAwardZh(compiled, options.award) }]);
  }
  const barred = barredIds(options);
  // Applications a person may make in a round: the level award's rule (000 §三(二): 1); one record a candidate otherwise.
  const perPerson = levelAward?.applicationsPerPerson ?? scoredAward?.award.applicationsPerPersonPerRound?.value ?? 1;
  const perPersonSource = levelAward?.award.applicationsPerPersonPerRound?.source ?? scoredAward?.award.applicationsPerPersonPerRound?.source;
  // only what allocation needs is kept of each candidate: contenders as objects, the settled in columns
  const clause = perPersonSource ? ` (${perPersonSource.document} ${perPersonSource.clause})` : "";
  const roster = new Roster(perPerson, clause);
  // the same words given to many candidates (a refusal's reasons) are kept once
  const said = new Map<string, BilingualText>();
  const words = (reason: BilingualText): BilingualText => {
    const key = `${reason.zh}\u0000${reason.en}`;
    const found = said.get(key);
    if (found !== undefined) return found;
    if (said.size < 10_000) said.set(key, reason);
    return reason;
  };
  // who can still be moved by the allocation (a pending application counts against a department's number)
  const contends = (status: Placement["status"]): boolean =>
    status === "notPlaced" || status === "placed" || (status === "pendingReview" && levelAward !== undefined && options.departmentLimits !== undefined);
  // application dates and categories repeat across a round: one string each
  const strings = new Map<string, string>();
  const interned = (text: string): string => {
    const found = strings.get(text);
    if (found !== undefined) return found;
    if (strings.size < 10_000) strings.set(text, text);
    return text;
  };
  // contenders alike join one crowd (see Crowds): not when the ranking or a department's number tells them apart
  const crowds = levelAward !== undefined && options.departmentLimits === undefined && !levelAward.ranking.some((key) => key.by === "recordId");
  const reasonLists = new Map<readonly BilingualText[], number>();
  const crowdKey = (entry: AnyEntry): string | undefined => {
    if (!crowds || entry.kind !== "level" || entry.status !== "notPlaced") return undefined;
    let list = reasonLists.get(entry.reasons);
    if (list === undefined) {
      if (reasonLists.size >= 10_000) return undefined;
      list = reasonLists.size;
      reasonLists.set(entry.reasons, list);
    }
    return `${entry.committeeRank}|${entry.passing.join(",")}|${entry.qualifiedLevel}|${list}|${entry.date}|${entry.applied}`;
  };
  let index = 0;
  for (const input of boundedRecords(records, maxRecords)) {
    const position = index;
    index += 1;
    try {
      const parsed = recordOf(input);
      const { record, note } = withPreviousRound(parsed, barred);
      const placement = blank(ownCopy(record.id));
      if (note) addReason(placement, note);
      const applied: Applied = { date: interned(record.application?.date ?? "9999-99-99"), applied: interned(record.application?.category ?? ""), order: index };
      const entry: AnyEntry = levelAward
        ? levelEntry(compiled, levelAward, record, placement, options, words, applied)
        : scoredEntry(compiled, scoredAward!, record, placement, options, applied);
      roster.add(entry, !contends(placement.status), crowdKey(entry));
    } catch (error) {
      // a record's problem is reported with its position (from 0) first in the path
      if (error instanceof AwardRulesError) throw new AwardRulesError(error.issues.map((issue) => ({ ...issue, path: [position, ...issue.path] })));
      throw error;
    }
  }
  const standing = roster.standing();
  const entries = standing;
  const departmentTies = levelAward ? limitDepartments(levelAward, standing, options) : [];
  const { quotas, ties } = levelAward
    ? allocateLevels(
        levelAward,
        (entries as LevelEntry[]).filter((entry) => entry.placement.status === "notPlaced" && entry.passing.length > 0),
        options.whenLevelFull ?? levelAward.whenLevelFull,
      )
    : allocateScored(scoredAward!, entries as ScoredEntry[], options, roster.size);
  ties.unshift(...departmentTies);
  // the placements are made when first read (own, enumerable getter: JSON and copies see them)
  let placements: Placement[] | undefined;
  const round: CohortResult = {
    awardId: levelAward?.award.id ?? scoredAward!.award.id,
    asOf: options.asOf,
    candidates: index,
    status: ties.length > 0 ? "provisional" : "final",
    get placements() {
      placements ??= roster.placements();
      return placements;
    },
    set placements(value) {
      placements = value;
    },
    quotas,
    ties,
  };
  placementSource(round, () => placements ?? roster.eachPlacement());
  return round;
}

/**
 * 000 §五(一): each department applies with the number logistics sets it each year. With that
 * number given (`departmentLimits`), a department's qualifying applications beyond it are refused
 * by rank (a tie at the limit is left to the committee).
 */
function limitDepartments(award: CompiledAward, standing: AnyEntry[], options: CohortOptions): RoundTie[] {
  const rule = award.award.applicationsPerDepartment;
  const limits = options.departmentLimits;
  if (rule === undefined || limits === undefined) return [];
  checkObject(limits, "departmentLimits");
  const ties: RoundTie[] = [];
  const applicants = standing.filter((entry) => entry.placement.status === "notPlaced" || entry.placement.status === "pendingReview");
  limitPerUnit(
    applicants,
    (entry) => entry.department ?? "(no department)",
    (unit) => {
      const limit = Object.hasOwn(limits, unit) ? limits[unit] : undefined;
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
        throw new AwardRulesError([{ code: "invalid_option", path: ["departmentLimits", unit], message: `a department's limit is a whole number ≥ 0, got ${limit}` }]);
      }
      return limit;
    },
    compareBy(award.ranking),
    ties,
    `${rule.source.document} ${rule.source.clause}`,
  );
  return ties;
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
