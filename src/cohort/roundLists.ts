import { ordinalEn } from "../messages/catalog/words.js";
import { pairOf, said, wordsOf, type ResultText } from "../messages/said.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { PLACED, PLACED_AT } from "./outcomes.js";
import { approvedWhole, type Placements } from "./placements.js";
import type { RoundState } from "./roundState.js";
import { tieWords } from "./roundWords.js";
import type { AwaitedDecision, Awardee, PendingApplicant, Placement, QuotaLine, RoundTie } from "./types.js";

/**
 * The rows of a round in record-id order (a sort of 4-byte row numbers, the ids compared where
 * they are kept).
 *
 * @example
 * ```ts
 * for (const row of rowsById(state)) console.log(state.table.idAt(row));
 * ```
 */
export function rowsById(state: RoundState): Int32Array {
  const rows = Int32Array.from({ length: state.table.size }, (_, row) => row);
  const pool = state.table.idPool;
  return rows.sort((a, b) => pool.compare(a, b));
}

/** Whether a round has a pending applicant (scanned in the table: no placement made). */
export function anyPending(state: RoundState): boolean {
  for (let row = 0; row < state.table.size; row += 1) if (state.rowUnit[row] === -1 && state.table.statusAt(row) === "pendingReview") return true;
  return false;
}

/** Whether a unit's outcome waits on the committee: open in a tie, or proposed where the committee decides. */
export function unitAwaits(state: RoundState, unit: number): boolean {
  const outcomes = state.exploration.outcomes.of(unit);
  if (outcomes.length !== 1) return true;
  if (state.plan.committee === undefined || approvedWhole(state, unit)) return false;
  const outcome = outcomes[0] as number;
  const decided = state.units.traits[unit]!.decided;
  return !decided && (outcome === PLACED || outcome >= PLACED_AT);
}

/**
 * The ties the committee is to break, in the order they come (levels highest first, then units'
 * limits, then buckets): who, for how many places, where, and the clause.
 *
 * @example
 * ```ts
 * roundTies(state)[0]?.candidates; // ["R-01", "R-02", "R-03", "R-04"]
 * ```
 */
export function roundTies(state: RoundState): RoundTie[] {
  const ties = [...state.exploration.ties.values()];
  return ties.map((tie) => {
    const ids: string[] = [];
    for (const unit of tie.units) for (const row of state.units.rowsOf(unit)) ids.push(state.table.idAt(row));
    ids.sort();
    const citation = tie.group !== null ? state.groupCitation : state.plan.citation;
    const level = tie.level === null ? undefined : state.levels.find((entry) => entry.level === tie.level);
    const organisation = tie.group === null ? null : state.labels.organisation(tie.group);
    const what: BilingualText = level
      ? wordsOf("tie.levelPlaces", { label: pairOf(level.label), level: level.level })
      : tie.group !== null
        ? wordsOf("tie.groupPlaces", { group: tie.group, label: organisation ? pairOf(organisation) : null })
        : wordsOf("tie.bucketPlaces", { bucket: tie.key, what: pairOf(state.what) });
    return { key: tie.key, level: tie.level, places: tie.places, candidates: ids, reason: tieWords(ids, tie.places, what, citation), citation };
  });
}

/**
 * Every quota of the round with its places: the levels (and the round's total) of a level award,
 * every bucket of a scored award — a department or category with places and nobody put forward
 * included, and one whose share rounds to no place said to have none (not to be full).
 *
 * @example
 * ```ts
 * quotaLines(state, placements).map((line) => `${line.key} ${line.placed}/${line.quota}`);
 * ```
 */
export function quotaLines(state: RoundState, placements: Placements): QuotaLine[] {
  const counts = new Map<string, LineCount>();
  const count = (key: string): LineCount => {
    let found = counts.get(key);
    if (found === undefined) counts.set(key, (found = { placed: 0, proposed: 0, settledFree: 0, lastRow: -1, lastRank: 0 }));
    return found;
  };
  const pool = state.table.idPool;
  for (let unit = 0; unit < state.units.count; unit += 1) {
    const rows = state.units.rowsOf(unit);
    const placement = placements.forUnit(unit);
    const key = state.plan.level ? (placement.level === null ? null : `level ${placement.level}`) : state.units.traits[unit]!.bucket;
    const size = rows.length;
    if (key === null || (placement.status !== "placed" && placement.status !== "proposed")) continue;
    if (state.topGrade !== undefined && placement.grade !== state.topGrade.top) continue;
    const entry = count(key);
    if (placement.status === "placed") entry.placed += size;
    else entry.proposed += size;
    // settled by the allocation (not by a decision of the committee's own): part of what the first way gave
    if (!state.units.traits[unit]!.decided) entry.settledFree += size;
    for (const row of rows) {
      if (entry.lastRow === -1 || (placement.rank ?? 0) > entry.lastRank || ((placement.rank ?? 0) === entry.lastRank && pool.compare(row, entry.lastRow) > 0)) {
        entry.lastRow = row;
        entry.lastRank = placement.rank ?? 0;
      }
    }
  }
  return state.plan.level ? levelLines(state, count) : bucketLines(state, count);
}

interface LineCount {
  placed: number;
  proposed: number;
  /** Places the allocation settled (not the committee's decisions): what ties hold is the rest of the first way's. */
  settledFree: number;
  lastRow: number;
  lastRank: number;
}
type Count = (key: string) => LineCount;

function levelLines(state: RoundState, count: Count): QuotaLine[] {
  const seen = state.levelsSeen!;
  const lines: QuotaLine[] = [];
  let given = 0;
  state.levels.forEach((level, index) => {
    const entry = count(`level ${level.level}`);
    const quota = Number.isFinite(level.quota) ? level.quota : null;
    const held = entry.placed + entry.proposed;
    const provisional = Math.max(0, (seen.placed[index] as number) - entry.settledFree);
    given += held + provisional;
    const contenders = seen.contenders[index] as number;
    const empty = quota === null ? null : Math.max(0, quota - held - provisional);
    const room = seen.rooms[index] as number;
    const label = pairOf(level.label);
    const note: ResultText | null =
      empty === null || empty === 0
        ? null
        : room < level.quota
          ? said("quota.roundShort", { room, empty, label, level: level.level })
          : said("quota.fewAtLevel", { contenders, empty, label, level: level.level });
    lines.push({
      key: `level ${level.level}`,
      label: level.label,
      quota,
      placed: entry.placed,
      proposed: entry.proposed,
      provisional,
      empty,
      cut:
        contenders > (seen.rooms[index] as number) && entry.lastRow !== -1
          ? `last placed ${state.table.idAt(entry.lastRow)} (${ordinalEn(entry.lastRank)} of ${contenders})`
          : null,
      note,
      citation: state.plan.citation,
    });
  });
  if (Number.isFinite(state.roundQuota)) {
    const placed = lines.reduce((total, line) => total + line.placed, 0);
    const proposed = lines.reduce((total, line) => total + line.proposed, 0);
    const provisional = lines.reduce((total, line) => total + line.provisional, 0);
    const empty = Math.max(0, state.roundQuota - given);
    lines.push({
      key: "round",
      label: wordsOf("quota.roundTotal", {}),
      quota: state.roundQuota,
      placed,
      proposed,
      provisional,
      empty,
      cut: null,
      note: empty > 0 ? said("quota.roundPlacesEmpty", { empty }) : null,
      citation: state.plan.citation,
    });
  }
  return lines;
}

function bucketLines(state: RoundState, count: Count): QuotaLine[] {
  const seen = state.scoredSeen!;
  const quota = state.plan.scored?.award.quota;
  const citation = quota ? `${quota.source.document} ${quota.source.clause}` : state.plan.citation;
  const buckets = [...new Set([...state.bucketPlaces.keys(), ...seen.bucketCounts.keys()])].sort();
  return buckets.map((bucket) => {
    const entry = count(bucket);
    const places = state.bucketPlaces.get(bucket) ?? Number.POSITIVE_INFINITY;
    const limit = Number.isFinite(places) ? places : null;
    const held = entry.placed + entry.proposed;
    const provisional = Math.max(0, (seen.bucketPlaced.get(bucket) ?? 0) - entry.settledFree);
    const empty = limit === null ? null : Math.max(0, limit - held - provisional);
    const contenders = seen.bucketCounts.get(bucket) ?? 0;
    const label = state.labels.organisation(bucket) ?? state.labels.category(bucket) ?? (bucket === "all" ? state.what : { zh: bucket, en: bucket });
    let note: ResultText | null = null;
    if (limit === 0) {
      note = quota?.kind === "share" ? said("quota.shareGivesNone", { percent: quota.share * 100 }) : said("quota.noPlaces", {});
    } else if (empty !== null && empty > 0) {
      note = contenders === 0 ? said("quota.nobodyPutForward", { empty }) : said("quota.fewQualified", { contenders, empty });
    }
    const cutScore = entry.lastRow === -1 ? null : state.table.scoreAt(entry.lastRow);
    return {
      key: bucket,
      label,
      quota: limit,
      placed: entry.placed,
      proposed: entry.proposed,
      provisional,
      empty,
      cut: limit !== null && contenders > limit && cutScore !== null ? String(cutScore) : null,
      note,
      citation,
    };
  });
}

/**
 * What the round is waiting for: applicants still pending review (with the inputs they lack) and
 * candidates the committee has still to decide on.
 *
 * @example
 * ```ts
 * outstanding(state, placements, rowsById(state)).pending[0]?.missing; // ["attestation[staff.1.1]"]
 * ```
 */
export function outstanding(state: RoundState, placements: Placements, order: Int32Array): { pending: PendingApplicant[]; decisions: AwaitedDecision[] } {
  const pending: PendingApplicant[] = [];
  const decisions: AwaitedDecision[] = [];
  // the units the committee has still to decide on, worded once each
  const awaiting = new Map<number, { status: "proposed" | "provisional"; outcome: BilingualText; citation: string }>();
  for (let unit = 0; unit < state.units.count; unit += 1) {
    const placement = placements.forUnit(unit);
    if (placement.status === "proposed" || placement.status === "provisional") {
      awaiting.set(unit, { status: placement.status, outcome: placement.reasons.at(-1) ?? { zh: "", en: "" }, citation: placement.citation || state.plan.citation });
    }
  }
  for (const row of order) {
    const unit = state.rowUnit[row] as number;
    if (unit === -1) {
      if (state.table.statusAt(row) === "pendingReview") pending.push({ recordId: state.table.idAt(row), name: state.table.nameAt(row), missing: [...state.table.missingAt(row)] });
      continue;
    }
    const waiting = awaiting.get(unit);
    if (waiting !== undefined) decisions.push({ recordId: state.table.idAt(row), name: state.table.nameAt(row), ...waiting });
    else if (placements.forUnit(unit).status === "pendingReview")
      pending.push({ recordId: state.table.idAt(row), name: state.table.nameAt(row), missing: [...state.table.missingAt(row)] });
  }
  return { pending, decisions };
}

/**
 * The 公示 list: every candidate placed (or, before the committee decides, proposed), with the
 * names of their department, team, category, level or grade and the reward, in the document's
 * order — level (or grade) first, then category as the rule file lists them, rank and record id.
 *
 * @example
 * ```ts
 * awardees(state, placements, rowsById(state))[0]?.levelLabel?.zh; // "一级示范岗"
 * ```
 */
export function awardees(state: RoundState, placements: Placements, order: Int32Array): Awardee[] {
  const list: { awardee: Awardee; keys: (number | string)[] }[] = [];
  const categoryOrder = state.plan.level?.categories.map((category) => category.id) ?? state.plan.scored?.award.categories?.map((category) => category.id) ?? [];
  const gradeOrder = state.plan.scored?.award.grades?.bands.map((band) => band.grade) ?? [];
  for (const row of order) {
    const unit = state.rowUnit[row] as number;
    if (unit === -1 ? state.table.statusAt(row) !== "contender" : !["placed", "proposed"].includes(placements.forUnit(unit).status)) continue;
    const placement: Placement = placements.of(row);
    if (placement.status !== "placed" && placement.status !== "proposed") continue;
    const level = state.levels.find((entry) => entry.level === placement.level);
    const category = placement.category;
    const awardee: Awardee = {
      recordId: placement.recordId,
      name: placement.name,
      department: placement.department,
      departmentLabel: placement.department === null ? null : state.labels.organisation(placement.department),
      team: placement.team,
      teamLabel: placement.team === null ? null : state.labels.organisation(placement.team),
      category,
      categoryLabel: category === null ? null : state.labels.category(category),
      level: placement.level,
      levelLabel: level?.label ?? null,
      grade: placement.grade,
      gradeLabel: placement.grade === null ? null : state.labels.grade(placement.grade),
      reward: placement.reward,
      status: placement.status,
      citation: placement.citation ?? state.plan.citation,
    };
    const position = (list: readonly string[], value: string | null): number => (value === null ? list.length : list.indexOf(value) === -1 ? list.length : list.indexOf(value));
    list.push({
      awardee,
      // the ranking's own keys (a decided candidate keeps its place in the order): score, then the committee's rank
      keys: [
        placement.level ?? 0,
        position(gradeOrder, placement.grade),
        position(categoryOrder, category),
        category ?? "",
        -(placement.score ?? Number.NEGATIVE_INFINITY),
        state.table.rankAt(row) ?? Number.MAX_SAFE_INTEGER,
      ],
    });
  }
  list.sort((a, b) => {
    for (let index = 0; index < a.keys.length; index += 1) {
      const x = a.keys[index] as number | string;
      const y = b.keys[index] as number | string;
      if (x !== y) return x < y ? -1 : 1;
    }
    return a.awardee.recordId < b.awardee.recordId ? -1 : a.awardee.recordId > b.awardee.recordId ? 1 : 0;
  });
  return list.map((entry) => entry.awardee);
}
