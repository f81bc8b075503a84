import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { AwardRulesError } from "../errors/AwardRulesError.js";
import { evaluate } from "../evaluate/evaluate.js";
import { evaluateVerdicts } from "../evaluate/evaluateVerdicts.js";
import { participantRefusal } from "../evaluate/participants.js";
import { evaluateScored } from "../evaluate/scored/evaluateScored.js";
import { recordOf } from "../load/parseCandidate.js";
import { said } from "../messages/said.js";
import { withCheckedRecord } from "../records/trustedRecord.js";
import type { CandidateRecord } from "../schema/recordTypes.js";
import type { EvaluationResult, Refusal, VerdictResult } from "../evaluate/types.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { boundedRecords } from "./boundedRecords.js";
import { Persons } from "./persons.js";
import type { RoundPlan } from "./roundPlan.js";
import { RoundTable, type CandidateRow, type EvaluatedStatus, type Words } from "./table.js";
import type { CohortOptions } from "./types.js";
import type { Wording } from "./wording.js";

// made on first use, not on load: a bundle registers the round's messages when it evaluates a round (see evaluateCohort)
let noLevel: BilingualText | undefined;
const NO_LEVEL = (): BilingualText => (noLevel ??= said("round.noLevel", {}));
const NO_LEVELS: readonly number[] = Object.freeze([]);
/** One empty list for every row with nothing to say (the table keeps one code per distinct list). */
const NO_WORDS: Words = Object.freeze([]);
const NO_NAMES: readonly string[] = Object.freeze([]);

/** Levels lists repeat across a round: one array each. */
function levelsList(wording: Map<string, readonly number[]>, levels: number[]): readonly number[] {
  if (levels.length === 0) return NO_LEVELS;
  const key = levels.join(",");
  let found = wording.get(key);
  if (found === undefined) {
    found = Object.freeze(levels);
    if (wording.size < 1024) wording.set(key, found);
  }
  return found;
}

/**
 * A string of its own: a short id read from JSON is kept in the engine's table of shared strings;
 * a round keeps a copy, and the table's entry goes with the record.
 */
const ownCopy = (text: string): string => `${text} `.slice(0, -1);

/**
 * Reads a round's records into its table, one at a time (an iterable is read once): each record
 * checked, the previous round's bar applied (§六(七)), evaluated against the award — verdicts alone
 * where they say enough, the full evaluation where words or missing inputs are needed — and kept
 * as a row. A record id given twice is an error naming both places; a record's problem is
 * reported with its position (from 0) first in the path.
 *
 * @example
 * ```ts
 * const { table, persons } = readRound(compiled, plan, records, options, 2_000_000, barred, wording);
 * ```
 */
export function readRound(
  compiled: CompiledRulebook,
  plan: RoundPlan,
  records: Iterable<unknown>,
  options: CohortOptions,
  maxRecords: number,
  barred: ReadonlySet<string> | undefined,
  wording: Wording,
): { table: RoundTable; persons: Persons } {
  const table = new RoundTable();
  const persons = new Persons(table.idPool);
  const lists = new Map<string, readonly number[]>();
  const notAppliedWords = new Map<string, Words>();
  let index = 0;
  for (const input of boundedRecords(records, maxRecords)) {
    const position = index;
    index += 1;
    try {
      // checked once into a copy only the round holds: the evaluations below take it as checked
      const parsed = recordOf(input);
      const { record, note } = withPreviousRound(parsed, barred);
      const row = withCheckedRecord(record, () =>
        plan.level ? levelRow(compiled, plan, record, options, wording, lists, notAppliedWords) : scoredRow(compiled, plan, record, options, wording),
      );
      if (note !== undefined) row.notes = wording.list([wording.text(note), ...row.notes]);
      const at = table.push(row);
      persons.add(at, row.id, record.personId);
    } catch (error) {
      if (error instanceof AwardRulesError) throw new AwardRulesError(error.issues.map((issue) => ({ ...issue, path: [position, ...issue.path] })));
      throw error;
    }
  }
  return { table, persons };
}

function withPreviousRound(record: CandidateRecord, barred: ReadonlySet<string> | undefined): { record: CandidateRecord; note?: BilingualText } {
  if (barred === undefined) return { record };
  const person = record.personId ?? record.id;
  const revoked = barred.has(person) || barred.has(record.id);
  const note =
    record.revokedInPreviousRound !== undefined && record.revokedInPreviousRound !== revoked
      ? said("round.revokedClaimOverridden", { claimed: record.revokedInPreviousRound })
      : undefined;
  if (record.revokedInPreviousRound === revoked) return { record, ...(note ? { note } : {}) };
  return { record: { ...record, revokedInPreviousRound: revoked }, ...(note ? { note } : {}) };
}

function baseRow(record: CandidateRecord, plan: RoundPlan): CandidateRow {
  return {
    id: ownCopy(record.id),
    name: record.name === undefined ? null : ownCopy(record.name),
    status: "contender",
    qualifiedLevel: null,
    passing: NO_LEVELS,
    score: null,
    grade: null,
    committeeRank: record.committeeRank?.[plan.awardId] ?? null,
    department: record.department ?? null,
    team: record.team ?? null,
    category: record.application?.category ?? null,
    applied: record.application?.date ?? null,
    notes: NO_WORDS,
    missing: NO_NAMES,
  };
}

function levelRow(
  compiled: CompiledRulebook,
  plan: RoundPlan,
  record: CandidateRecord,
  options: CohortOptions,
  wording: Wording,
  lists: Map<string, readonly number[]>,
  notAppliedWords: Map<string, Words>,
): CandidateRow {
  const award = plan.level!;
  const row = baseRow(record, plan);
  const outsider = participantRefusal(compiled, award.award, record);
  const { verdict, result, sameWords, kept } = judged(compiled, plan, record, options, notAppliedWords);
  const outcome = result ?? verdict!;
  row.status = outsider !== null ? "refused" : statusOfLevel(outcome.status);
  row.qualifiedLevel = outcome.level;
  row.notes = kept ?? notesOf(outsider, result, outcome.status, wording);
  if (sameWords !== undefined && kept === undefined && outsider === null && result?.status === "notApplied" && notAppliedWords.size < 1024)
    notAppliedWords.set(sameWords, row.notes);
  if (result?.status === "pendingReview") row.missing = wording.nameList(result.missingFacts);
  const category = outcome.category;
  const statuses =
    category === null ? [] : result ? (result.categories.find((entry) => entry.id === category)?.levels.map((level) => level.status) ?? []) : (verdict?.levels[category] ?? []);
  const levelNumbers = award.categories.find((entry) => entry.id === category)?.levels.map((level) => level.level) ?? [];
  row.passing = levelsList(
    lists,
    levelNumbers.filter((_, position) => statuses[position] === "pass"),
  );
  return row;
}

/**
 * A record judged for a level award: verdicts alone where they say enough; the full evaluation to
 * word a refusal, a pending record, one that did not apply (unless one with the same outcome was
 * worded already: `kept`), or when the caller asks for every result (`onResult`).
 */
function judged(
  compiled: CompiledRulebook,
  plan: RoundPlan,
  record: CandidateRecord,
  options: CohortOptions,
  notAppliedWords: Map<string, Words>,
): { verdict: VerdictResult | undefined; result: EvaluationResult | undefined; sameWords: string | undefined; kept: Words | undefined } {
  const evaluateOptions = { asOf: options.asOf, award: plan.awardId };
  const verdict = options.onResult ? undefined : evaluateVerdicts(compiled, record, evaluateOptions);
  // one who did not apply and would (or would not) qualify is worded like every other with that outcome: the words are kept
  const ifApplied = verdict?.status === "notApplied" ? verdict.ifApplied : undefined;
  const sameWords = ifApplied !== undefined && ifApplied.status !== "pendingReview" ? `${ifApplied.status}\u0000${ifApplied.category}\u0000${ifApplied.level}` : undefined;
  const kept = sameWords === undefined ? undefined : notAppliedWords.get(sameWords);
  const needsWords = verdict === undefined || verdict.status === "refused" || verdict.status === "pendingReview" || (verdict.status === "notApplied" && kept === undefined);
  const result = needsWords ? evaluate(compiled, record, evaluateOptions) : undefined;
  if (result) options.onResult?.(result);
  return { verdict, result, sameWords, kept };
}

/** What the round says of a record: why it is refused, that it qualifies for no level, what it still needs, or that it did not apply. */
function notesOf(outsider: Refusal | null, result: EvaluationResult | undefined, status: string, wording: Wording): Words {
  if (outsider !== null) return wording.list([outsider.reason]);
  if (result?.status === "refused") return wording.list(result.refusal.map((entry) => entry.reason));
  if (status === "notQualified") return wording.list([NO_LEVEL()]);
  if (result?.status === "pendingReview" || result?.status === "notApplied") return wording.list([result.summary]);
  return NO_WORDS;
}

function statusOfLevel(status: string): EvaluatedStatus {
  return status === "qualified" ? "contender" : (status as EvaluatedStatus);
}

function scoredRow(compiled: CompiledRulebook, plan: RoundPlan, record: CandidateRecord, options: CohortOptions, wording: Wording): CandidateRow {
  const award = plan.scored!.award;
  const row = baseRow(record, plan);
  const result = evaluateScored(compiled, record, { asOf: options.asOf, award: award.id, ...(options.deployment ? { deployment: options.deployment } : {}) });
  options.onResult?.(result);
  const ungraded = result.status === "scored" && award.grades !== undefined && result.grade === null;
  row.status = ungraded ? "pendingReview" : result.status === "scored" ? "contender" : result.status;
  row.score = result.score;
  row.grade = result.grade;
  row.category = record.application?.category ?? record.department ?? null;
  if (result.status !== "scored") row.notes = wording.list([result.summary]);
  if (ungraded) row.notes = wording.list([said("round.scoreOutsideBands", { score: result.score as number })]);
  if (row.status === "pendingReview") row.missing = wording.nameList(result.missingFacts);
  return row;
}
