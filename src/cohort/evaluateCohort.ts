import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { RecordInput, RulebookIds, Untyped, WideRecord } from "../schema/rulebookIds.js";
import type { CandidateRecordInput } from "../schema/recordTypes.js";
import { registerMessages } from "../messages/registry.js";
import { COMMITTEE_MESSAGES } from "../messages/catalog/committee.js";
import { PAY_MESSAGES } from "../messages/catalog/pay.js";
import { PLACE_MESSAGES } from "../messages/catalog/places.js";
import { ROUND_MESSAGES } from "../messages/catalog/round.js";
import { ROUND_NOTE_MESSAGES } from "../messages/catalog/roundNotes.js";
import { roundYearOf } from "../compile/windows.js";
import { roundCalendar } from "../compile/roundCalendar.js";
import type { SafeResult } from "../errors/AwardRulesError.js";
import { raise } from "../messages/issueOf.js";
import { toSafe } from "../messages/issueOf.js";
import { checkAsOf, checkIterable, checkObject } from "../door/checkOptions.js";
import { said, type ResultText } from "../messages/said.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { checkFunction, checkKnownKeys, checkText, readOptions } from "../door/door.js";
import { checkCompiled } from "../compile/compiledMark.js";
import { outsideEffectivePeriod, type RulebookRevision } from "../compile/revision.js";
import { readPlainFields } from "../door/plainData.js";
import { checkMaxRecords } from "./boundedRecords.js";
import { checkDecisions } from "./checkDecisions.js";
import { decisionsById, readCommittee } from "./committee.js";
import { placementSource } from "./eachPlacement.js";
import { exploreLevels } from "./levelEngine.js";
import { Placements } from "./placements.js";
import { readRound } from "./readRound.js";
import { settleRepeatedApplications } from "./repeatedApplications.js";
import { anyPending, awardees, outstanding, quotaLines, roundTies, rowsById, unitAwaits } from "./roundLists.js";
import { checkLedgerRound, checkPopulations, checkPreviousRound } from "./roundInputs.js";
import { bucketOf, bucketPlaces, roundPlan, type RoundPlan } from "./roundPlan.js";
import type { RoundState } from "./roundState.js";
import { exploreScored } from "./scoredEngine.js";
import type { Persons } from "./persons.js";
import type { RoundTable } from "./table.js";
import type { CohortOptions, CohortResult, CommitteeDecision, Placement } from "./types.js";
import { gatherUnits, unitComparison, type Units, type UnitTraits } from "./units.js";
import { Wording } from "./wording.js";
import { SCORED_MESSAGES } from "../messages/catalog/scored.js";
import { SCORE_MESSAGES } from "../messages/catalog/record.js";

const OPTION_KEYS = ["asOf", "award", "previousRound", "populations", "deployment", "departmentLimits", "whenLevelFull", "committee", "maxRecords", "onResult"] as const;

/**
 * Evaluates a whole round, as a school runs it: every record of an iterable (read once, kept in
 * columns), the previous round's bar applied (§六(七), from the ledger of the round the year
 * before), who did not apply set apart (000 §五(一): only applicants compete), one application per
 * person (§三(二)), then the places given out under the quotas with the ranking its rule file
 * sets — over every way the committee may break the ties, so a candidate is provisional only if
 * some way changes their placement. Where the document leaves the outcome to a committee (000
 * §五(二), 001 §四3(3), 002 §五2(3)), the round proposes and the committee's decisions (option
 * `committee`) settle it. The round is `final` only when no applicant is pending, no tie is open
 * and no decision is awaited; `outstanding` lists what is. Every quota is shown with its places,
 * and `awardees` is the 公示 list. Throws `AwardRulesError` for a bad record (its position first
 * in the path), a record id given twice, an option nobody reads, or a decision that does not fit.
 *
 * @example
 * ```ts
 * const round = evaluateCohort(bundledRulebook(), records, { asOf: "2026-11-30" });
 * round.status; // "provisional" until the leading group approves the proposed places
 * const decided = evaluateCohort(bundledRulebook(), records, { asOf: "2026-11-30", committee: { date: "2026-11-28", approveProposals: true } });
 * decided.awardees.map((awardee) => `${awardee.name} ${awardee.levelLabel?.zh}`);
 * ```
 */
export function evaluateCohort<Ids extends RulebookIds>(compiled: CompiledRulebook<Ids>, records: Iterable<RecordInput<Ids>>, options: CohortOptions<Ids>): CohortResult;
/** The same, for records whose type has `string` ids (a `CandidateRecordInput` or `CandidateRecord` variable): their ids are checked at run time. */
export function evaluateCohort<Ids extends RulebookIds, const T extends CandidateRecordInput>(
  compiled: CompiledRulebook<Ids>,
  records: Iterable<WideRecord<T, Ids>>,
  options: CohortOptions<Ids>,
): CohortResult;
/** The same, for records whose type names no fields (`unknown`, parsed JSON, `Record<string, unknown>`, JSON text), with options of any ids: checked at run time. */
export function evaluateCohort<T>(compiled: CompiledRulebook, records: Iterable<Untyped<T>>, options: CohortOptions): CohortResult;
export function evaluateCohort(compiled: CompiledRulebook, records: Iterable<unknown>, options: CohortOptions): CohortResult {
  registerMessages(ROUND_MESSAGES, ROUND_NOTE_MESSAGES, COMMITTEE_MESSAGES, PLACE_MESSAGES, PAY_MESSAGES, SCORED_MESSAGES, SCORE_MESSAGES);
  const { given, maxRecords } = checkArguments(compiled, records, options);
  const committee = readCommittee(given.committee);
  const decided = decisionsById(committee);
  const plan = roundPlan(compiled, given);
  const roundYear = roundYearOf(given.asOf);
  const barred = barredIds(compiled, plan, given, roundYear);
  const limits = departmentLimitsOf(plan, given);
  const wording = new Wording();
  const { table, persons } = readRound(compiled, plan, records, given, maxRecords, barred, wording);
  settleRepeatedApplications(table, persons, plan, wording);

  // who competes, and the units of those the allocation cannot tell apart
  const decidedRows = decidedRowsOf(decided, persons);
  const scored = plan.scored;
  const topBand = scored?.award.quota !== undefined ? scored.award.grades?.bands[0] : undefined;
  const nextBand = scored?.award.grades?.bands[1];
  const nominees = scored?.award.nomineesPerUnit;
  const traits = traitsMaker(plan, table, limits !== undefined || nominees !== undefined, decidedRows);
  const units = gatherUnits(table, contendingRows(table, topBand?.grade, limits !== undefined, nominees !== undefined), plan.ranking, traits);
  const rowUnit = new Int32Array(table.size).fill(-1);
  for (let unit = 0; unit < units.count; unit += 1) for (const row of units.rowsOf(unit)) rowUnit[row] = unit;
  const compare = unitComparison(units, table, plan.ranking);
  const same = (a: number, b: number): boolean => compare(a, b) === 0;

  const levels = plan.level?.levels ?? [];
  const places = scoredPlaces(plan, table, units, given);
  const { groupLimit, groupSource } = groupLimitOf(plan, limits, nominees);
  const explore = (fixed: ReadonlyMap<number, number>) =>
    plan.level
      ? {
          ...exploreLevels(units, { levels, roundQuota: plan.level.roundQuota, whenLevelFull: given.whenLevelFull ?? plan.level.whenLevelFull, groupLimit, fixed, same }),
          kind: "level" as const,
        }
      : {
          ...exploreScored(units, { groupLimit, placesOf: (bucket) => places.get(bucket) ?? Number.POSITIVE_INFINITY, buckets: [...places.keys()], fixed, same }),
          kind: "scored" as const,
        };
  const proposal = explore(new Map());
  const bucketOfRow = (row: number) => {
    const bucket = units.traits[rowUnit[row] as number]!.bucket ?? "all";
    return { bucket, places: places.get(bucket) ?? Number.POSITIVE_INFINITY };
  };
  const roundQuota = plan.level?.roundQuota ?? Number.POSITIVE_INFINITY;
  const unitOf = (row: number) => rowUnit[row] as number;
  const context = { table, plan, rowOf: (id: string) => persons.rowOf(id), unitOf, proposal: proposal.exploration.outcomes, levels, roundQuota, bucketOf: bucketOfRow };
  const final = decided.size > 0 ? explore(checkDecisions(decided, context)) : proposal;
  const state: RoundState = {
    table,
    plan,
    units,
    rowUnit,
    exploration: final.exploration,
    proposal: proposal.exploration,
    levelsSeen: final.kind === "level" ? final.first : undefined,
    scoredSeen: final.kind === "scored" ? final.first : undefined,
    levels,
    roundQuota,
    bucketPlaces: places,
    groupLimit,
    committee,
    decided: decidedRows,
    labels: labelsOf(compiled, plan),
    ...roundWordsOf(plan, given, groupSource, topBand, nextBand),
  };
  return assemble(state, roundYear, given, committee === undefined ? null : notesOf(plan, committee.date, roundYear), compiled.revision);
}

/** The committee's decisions by row (decisions naming no record of the round are refused by `checkDecisions`). */
function decidedRowsOf(decided: ReadonlyMap<string, { decision: CommitteeDecision }>, persons: Persons): Map<number, CommitteeDecision> {
  const rows = new Map<number, CommitteeDecision>();
  for (const [id, { decision }] of decided) {
    const row = persons.rowOf(id);
    if (row !== -1) rows.set(row, decision);
  }
  return rows;
}

/** A unit's limit and its clause: a department's places (003), or nominees per unit (篇14). */
function groupLimitOf(
  plan: RoundPlan,
  limits: ((group: string) => number | undefined) | undefined,
  nominees: { value: number; source: { document: string; clause: string } } | undefined,
): { groupLimit: ((group: string) => number | undefined) | undefined; groupSource: { document: string; clause: string } | undefined } {
  if (limits !== undefined) return { groupLimit: limits, groupSource: plan.level?.award.applicationsPerDepartment?.source };
  if (nominees !== undefined) return { groupLimit: () => nominees.value, groupSource: nominees.source };
  return { groupLimit: undefined, groupSource: undefined };
}

type Band = NonNullable<NonNullable<RoundPlan["scored"]>["award"]["grades"]>["bands"][number];

/** What the round's words need beyond the allocation: the order of placing at a lower level, the limit's clause, the top grade and what is given. */
function roundWordsOf(
  plan: RoundPlan,
  given: CohortOptions,
  groupSource: { document: string; clause: string } | undefined,
  topBand: Band | undefined,
  nextBand: Band | undefined,
): Pick<RoundState, "whenLevelFull" | "groupCitation" | "topGrade" | "what"> {
  return {
    whenLevelFull: given.whenLevelFull ?? plan.level?.whenLevelFull ?? "leaveOut",
    groupCitation: groupSource === undefined ? plan.citation : `${groupSource.document} ${groupSource.clause}`,
    topGrade: topBand !== undefined && nextBand !== undefined ? { top: topBand.grade, next: nextBand.grade, topLabel: topBand.label, nextLabel: nextBand.label } : undefined,
    what: topBand !== undefined ? topBand.label : plan.label,
  };
}

/** Every argument checked at the door: the rulebook, the records (an iterable), each option. */
function checkArguments(compiled: CompiledRulebook, records: Iterable<unknown>, options: CohortOptions): { given: CohortOptions; maxRecords: number } {
  checkCompiled(compiled);
  const given = readOptions(options, "options", { required: true }) as unknown as CohortOptions;
  checkKnownKeys(given, OPTION_KEYS, []);
  checkText(given.award, ["award"], { optional: true });
  if (given.onResult !== undefined) checkFunction(given.onResult, ["onResult"]);
  checkText(given.whenLevelFull, ["whenLevelFull"], { optional: true, allowed: ["placeAtLowerLevel", "leaveOut"] });
  readPlainFields(given, ["previousRound", "populations", "deployment", "departmentLimits", "committee"]);
  checkAsOf(given.asOf);
  checkIterable(records, "records");
  const maxRecords = checkMaxRecords(given.maxRecords);
  if (given.populations !== undefined) checkPopulations(given.populations);
  return { given, maxRecords };
}

/**
 * The rows the allocation weighs: contenders (of the top grade, where only it has places);
 * pending rows too where a unit's limit counts them (they may yet take a unit's place) or where
 * nominees per unit are counted (every nominee is one of the unit's).
 */
function contendingRows(table: RoundTable, topGrade: string | undefined, limited: boolean, nominated: boolean): Int32Array {
  const rows: number[] = [];
  for (let row = 0; row < table.size; row += 1) {
    const status = table.statusAt(row);
    if (status === "contender" && (topGrade === undefined || table.gradeAt(row) === topGrade)) rows.push(row);
    else if (status === "pendingReview" && limited) rows.push(row);
    else if (nominated && (status === "pendingReview" || status === "vetoed" || status === "ineligible")) rows.push(row);
  }
  return Int32Array.from(rows);
}

/** A scored round's places per bucket (a share of those judged: not those refused or who did not apply). */
function scoredPlaces(plan: RoundPlan, table: RoundTable, units: Units, options: CohortOptions): Map<string, number> {
  const places = new Map<string, number>();
  const scored = plan.scored;
  if (scored === undefined) return places;
  const judged = countJudged(table);
  for (const bucket of declaredBuckets(plan, options)) places.set(bucket, bucketPlaces(scored, bucket, judged, options.populations));
  for (let unit = 0; unit < units.count; unit += 1) {
    const bucket = units.traits[unit]!.bucket;
    if (bucket !== null && !places.has(bucket)) places.set(bucket, bucketPlaces(scored, bucket, judged, options.populations));
  }
  return places;
}

/** The result as the caller reads it: lists made when first read (own, enumerable getters: JSON and copies see them). */
function assemble(state: RoundState, roundYear: number, options: CohortOptions, notes: BilingualText[] | null, revision: RulebookRevision): CohortResult {
  const placements = new Placements(state);
  let order: Int32Array | undefined;
  const byId = (): Int32Array => (order ??= rowsById(state));
  const ties = roundTies(state);
  let awaits = false;
  for (let unit = 0; unit < state.units.count && !awaits; unit += 1) awaits = unitAwaits(state, unit);
  const final = ties.length === 0 && !awaits && !anyPending(state) && !state.exploration.truncated;
  const lazy = <T>(make: () => T): (() => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const placementList = lazy(() => Array.from(byId(), (row) => placements.of(row)));
  const lists = {
    quotas: lazy(() => quotaLines(state, placements)),
    outstanding: lazy(() => outstanding(state, placements, byId())),
    awardees: lazy(() => awardees(state, placements, byId())),
  };
  const round = {
    awardId: state.plan.awardId,
    asOf: options.asOf,
    roundYear,
    revision,
    outsideEffectivePeriod: outsideEffectivePeriod(revision, options.asOf),
    candidates: state.table.size,
    applicants: countApplicants(state.table),
    status: final ? ("final" as const) : ("provisional" as const),
    ties,
    committee: state.committee === undefined ? null : { date: state.committee.date, decisions: state.decided.size, approveProposals: state.committee.approveProposals === true },
    notes: [...(notes ?? []), ...(state.exploration.truncated ? [said("round.tooManyTies", {})] : [])],
  } as Omit<CohortResult, "placements" | "quotas" | "outstanding" | "awardees">;
  let given: Placement[] | undefined;
  Object.defineProperty(round, "placements", { get: () => given ?? placementList(), set: (value: Placement[]) => void (given = value), enumerable: true, configurable: true });
  for (const [key, make] of Object.entries(lists)) Object.defineProperty(round, key, { get: make, enumerable: true, configurable: true });
  const result = round as CohortResult;
  placementSource(result, () => given ?? eachOf(byId(), placements));
  return result;
}

function* eachOf(order: Int32Array, placements: Placements): Generator<Placement> {
  for (const row of order) yield placements.of(row);
}

function countJudged(table: RoundTable): number {
  let count = 0;
  for (let row = 0; row < table.size; row += 1) if (table.statusAt(row) !== "notApplied" && table.statusAt(row) !== "refused") count += 1;
  return count;
}

function countApplicants(table: RoundTable): number {
  let count = 0;
  for (let row = 0; row < table.size; row += 1) if (table.statusAt(row) !== "notApplied") count += 1;
  return count;
}

/** The ids the previous round barred (its ledger — the ledger of the round the year before — or a list of revoked ids), or undefined when not given. */
function barredIds(compiled: CompiledRulebook, plan: RoundPlan, options: CohortOptions, roundYear: number): Set<string> | undefined {
  const previous = options.previousRound;
  if (previous === undefined) return undefined;
  checkPreviousRound(previous);
  if (previous.ledger !== undefined) checkLedgerRound(previous.ledger, compiled.rulebook.id, plan.awardId, roundYear);
  return new Set([...(previous.ledger?.barredFromNextRound ?? []), ...(previous.revoked ?? [])]);
}

/** 000 §五(一): the number of applications each department may make, when the deployment gives it. */
function departmentLimitsOf(plan: RoundPlan, options: CohortOptions): ((group: string) => number | undefined) | undefined {
  const limits = options.departmentLimits;
  if (limits === undefined) return undefined;
  checkObject(limits, "departmentLimits");
  if (plan.level?.award.applicationsPerDepartment === undefined) {
    raise("invalid_option", ["departmentLimits"], "round.limitsUnread", { award: plan.awardId, awardZh: plan.label.zh });
  }
  for (const [unit, limit] of Object.entries(limits)) {
    if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0) {
      raise("invalid_option", ["departmentLimits", unit], "round.badLimit", { got: String(limit) });
    }
  }
  return (group) => (Object.hasOwn(limits, group) ? limits[group] : undefined);
}

/** The traits of each contender row, one shared object per distinct set (a decided row has its own). */
function traitsMaker(plan: RoundPlan, table: RoundTable, grouped: boolean, decided: ReadonlyMap<number, CommitteeDecision>): (row: number) => UnitTraits {
  const shared = new Map<string, UnitTraits>();
  return (row) => {
    const status = table.statusAt(row);
    const kind = status === "contender" ? "contender" : status === "pendingReview" && plan.level !== undefined ? "pending" : "other";
    const department = table.departmentAt(row);
    const group = grouped ? (department ?? "(no department)") : null;
    const bucket = plan.scored === undefined ? null : bucketOf(plan.scored, { category: table.categoryAt(row), department });
    if (decided.has(row)) return { kind, group, bucket, decided: true };
    const key = `${kind}|${group}|${bucket}`;
    let found = shared.get(key);
    if (found === undefined) shared.set(key, (found = Object.freeze({ kind, group, bucket, decided: false })));
    return found;
  };
}

/** The buckets that have places whether or not anyone competes in them: a quota's categories, the departments whose headcounts are given. */
function declaredBuckets(plan: RoundPlan, options: CohortOptions): string[] {
  const quota = plan.scored?.award.quota;
  if (quota?.kind === "perCategory") return quota.counts.map((count) => count.category);
  if (quota?.kind === "share" && quota.per === "department") return Object.keys(options.populations?.byDepartment ?? {});
  return [];
}

/** Labels of a round's organisations, categories and grades. */
function labelsOf(compiled: CompiledRulebook, plan: RoundPlan): RoundState["labels"] {
  const organisations = new Map<string, BilingualText>();
  for (const organisation of compiled.rulebook.organisations ?? []) {
    organisations.set(organisation.id, organisation.label);
    for (const team of organisation.teams ?? []) organisations.set(team.id, team.label);
  }
  const categories = new Map<string, BilingualText>();
  for (const category of plan.level?.categories ?? []) categories.set(category.id, category.label);
  for (const category of plan.scored?.award.categories ?? []) categories.set(category.id, category.label);
  const grades = new Map<string, BilingualText>();
  for (const band of plan.scored?.award.grades?.bands ?? []) grades.set(band.grade, band.label);
  return {
    organisation: (id) => organisations.get(id) ?? null,
    category: (id) => categories.get(id) ?? null,
    grade: (id) => grades.get(id) ?? null,
  };
}

/** A decision dated after the day the document sets for it is said (000 §五(二): by 30 Nov). */
function notesOf(plan: RoundPlan, date: string, roundYear: number): ResultText[] {
  const calendar = plan.level?.award.calendar;
  if (calendar?.reviewAndPublicationBy === undefined) return [];
  const due = roundCalendar(plan.level!.award, roundYear).reviewAndPublicationBy as string;
  if (date <= due) return [];
  const source = calendar.reviewAndPublicationBy.source;
  return [said("committee.decidedLate", { date, due, citation: `${source.document} ${source.clause}` })];
}

/**
 * `evaluateCohort` returning `{ success, data | error }` instead of throwing; it takes records of
 * any type (`unknown`), checked at run time.
 *
 * @example
 * ```ts
 * const round = safeEvaluateCohort(bundledRulebook(), records, { asOf: "2026-11-30" });
 * ```
 */
export function safeEvaluateCohort(compiled: CompiledRulebook, records: Iterable<unknown>, options: CohortOptions): SafeResult<CohortResult> {
  return toSafe(() => evaluateCohort(compiled, records, options));
}
