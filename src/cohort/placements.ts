import { pairOf, said, wordsOf, type ResultText } from "../messages/said.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { NOT_PLACED, PLACED, PLACED_AT, REFUSED, STANDS_PENDING, UNSURE } from "./outcomes.js";
import type { RoundState } from "./roundState.js";
import { bucketPlace, levelPlace, overLimit } from "./roundWords.js";
import type { Placement, PlacementStatus } from "./types.js";

/** What the round made of a contender's unit: a status, a level or grade, a rank, and why. */
export interface UnitPlacement {
  status: PlacementStatus;
  level: number | null;
  grade: string | null;
  rank: number | null;
  reasons: ResultText[];
  citation: string;
}

/** How many units' placements are kept once made (a crowd's members share one). */
const KEPT_UNITS = 50_000;

/**
 * A round's placements, made when read from its state: a contender's from its unit's outcomes (one
 * outcome: placed, proposed, not placed or refused; several: provisional), the committee's
 * decision where it gave one, every other candidate from its own evaluation. Each placement is a
 * copy of its own.
 *
 * @example
 * ```ts
 * const placements = new Placements(state);
 * placements.of(row).status; // "placed"
 * ```
 */
export class Placements {
  private readonly byUnit = new Map<number, UnitPlacement>();

  constructor(private readonly state: RoundState) {}

  /** The placement of one row. */
  of(row: number): Placement {
    const { table } = this.state;
    const unit = this.state.rowUnit[row] as number;
    const decision = this.state.decided.get(row);
    const own = unit === -1 ? this.settled(row) : decision !== undefined ? this.decided(row, unit, decision.awarded) : this.ofUnit(unit, row);
    const level = own.level;
    const placedOrProposed = own.status === "placed" || own.status === "proposed";
    return {
      recordId: table.idAt(row),
      name: table.nameAt(row),
      department: table.departmentAt(row),
      team: table.teamAt(row),
      status: own.status,
      category: table.categoryAt(row),
      qualifiedLevel: this.state.plan.level ? table.qualifiedLevelAt(row) : null,
      level,
      score: table.scoreAt(row),
      grade: own.grade,
      bucket: this.bucketOfRow(row),
      rank: own.rank,
      reward: placedOrProposed ? this.rewardOf(level) : null,
      citation: own.citation === "" ? null : own.citation,
      reasons: [...table.notesAt(row), ...own.reasons],
    };
  }

  /**
   * What the round made of a unit of contenders (its members share it; a decided member is a unit
   * alone): what the lists of a round read without making every member's placement.
   */
  forUnit(unit: number): UnitPlacement {
    const rows = this.state.units.rowsOf(unit);
    const row = rows[0] as number;
    const decision = this.state.decided.get(row);
    return decision !== undefined ? this.decided(row, unit, decision.awarded) : this.ofUnit(unit, row);
  }

  /** The bucket a scored award's row competed in (null for a level award or a candidate who did not compete). */
  bucketOfRow(row: number): string | null {
    const unit = this.state.rowUnit[row] as number;
    return unit === -1 || this.state.plan.scored === undefined ? null : this.state.units.traits[unit]!.bucket;
  }

  private rewardOf(level: number | null): { value: number; unit: string } | null {
    const { plan, levels } = this.state;
    if (plan.level !== undefined) return levels.find((entry) => entry.level === level)?.reward ?? null;
    const prize = plan.scored?.award.prize;
    return prize === undefined ? null : { value: prize.value, unit: prize.unit };
  }

  /** A candidate who did not compete: as its evaluation left it. */
  private settled(row: number): UnitPlacement {
    const { table, plan } = this.state;
    const status = table.statusAt(row);
    const citation = status === "notApplied" && plan.candidacy !== undefined ? `${plan.candidacy.source.document} ${plan.candidacy.source.clause}` : "";
    // a scored candidate graded outside a top-grade quota keeps the grade its score gives
    if (status === "contender") return { status: "placed", level: null, grade: table.gradeAt(row), rank: null, reasons: [], citation: plan.citation };
    return { status: status, level: null, grade: table.gradeAt(row), rank: null, reasons: [], citation };
  }

  private decided(row: number, unit: number, awarded: boolean): UnitPlacement {
    const { plan, committee, exploration, levels } = this.state;
    const body = pairOf(plan.committee?.body ?? wordsOf("committee.body", {}));
    const date = committee?.date ?? "";
    const outcome = exploration.outcomes.firstOf(unit);
    const level = awarded && outcome >= PLACED_AT ? (levels[outcome - PLACED_AT]?.level ?? null) : null;
    const citation = plan.committee ? `${plan.committee.source.document} ${plan.committee.source.clause}` : plan.citation;
    const grade = this.gradeFor(row, awarded ? PLACED : NOT_PLACED);
    const label = levels.find((entry) => entry.level === level)?.label;
    const what = level !== null ? wordsOf("committee.levelWord", { level, label: label ? pairOf(label) : null }) : pairOf(plan.label);
    const reason = awarded ? said("committee.decidedAwarded", { body, date, what, citation }) : said("committee.decidedNotAwarded", { body, date, citation });
    return { status: awarded ? "placed" : "notPlaced", level, grade, rank: null, reasons: [reason], citation };
  }

  private gradeFor(row: number, outcome: number): string | null {
    const top = this.state.topGrade;
    if (top === undefined) return this.state.table.gradeAt(row);
    return outcome === PLACED ? top.top : outcome === NOT_PLACED ? top.next : null;
  }

  private ofUnit(unit: number, row: number): UnitPlacement {
    const kept = this.byUnit.get(unit);
    if (kept !== undefined) return { ...kept, grade: kept.grade };
    const made = this.state.plan.level ? this.levelUnit(unit) : this.scoredUnit(unit, row);
    if (this.byUnit.size < KEPT_UNITS) this.byUnit.set(unit, made);
    return made;
  }

  private levelUnit(unit: number): UnitPlacement {
    const { exploration, levelsSeen, levels, plan, units } = this.state;
    const seen = levelsSeen!;
    const outcomes = exploration.outcomes.of(unit);
    const path: ResultText[] = [];
    let rank: number | null = null;
    const kind = units.traits[unit]!.kind;
    const groupWords = this.groupWords(unit, seen.groupPositions[unit] as number, seen.groupCounts);
    if (outcomes.length > 1 || outcomes.includes(UNSURE)) return this.provisional(unit, outcomes, groupWords, null);
    const outcome = outcomes[0] as number;
    if (outcome === REFUSED)
      return { status: "refused", level: null, grade: null, rank: seen.groupPositions[unit] || null, reasons: groupWords, citation: this.state.groupCitation };
    if (outcome === STANDS_PENDING || kind !== "contender") return { status: "pendingReview", level: null, grade: null, rank: null, reasons: [], citation: "" };
    levels.forEach((entry, index) => {
      const position = seen.positions[unit * levels.length + index] as number;
      if (position === 0) return;
      rank = position;
      const at = levelPlace(entry.label, entry.level, position, seen.contenders[index] as number, entry.quota, seen.rooms[index] as number);
      const place = pairOf(at);
      if (outcome === PLACED_AT + index) path.push(said("place.atLevel", { place, level: entry.level }));
      else {
        const next = levels.slice(index + 1).find((lower) => units.passing[unit]!.includes(lower.level) && seenAt(seen, unit, levels, lower.level));
        path.push(
          next !== undefined && this.state.whenLevelFull === "placeAtLowerLevel"
            ? said("place.movedDown", { place, level: next.level })
            : said("place.levelFull", { place, leaveOut: this.state.whenLevelFull === "leaveOut" }),
        );
      }
    });
    if (outcome >= PLACED_AT) {
      const level = levels[outcome - PLACED_AT]!.level;
      return this.proposedOrPlaced(unit, level, null, rank, [...groupWords, ...path]);
    }
    return { status: "notPlaced", level: null, grade: null, rank, reasons: [...groupWords, ...path], citation: plan.citation };
  }

  private scoredUnit(unit: number, row: number): UnitPlacement {
    const { exploration, scoredSeen, units, plan, topGrade } = this.state;
    const seen = scoredSeen!;
    const outcomes = exploration.outcomes.of(unit);
    const bucket = units.traits[unit]!.bucket ?? "all";
    const groupWords = this.groupWords(unit, seen.groupPositions[unit] as number, seen.groupCounts);
    if (outcomes.length > 1 || outcomes.includes(UNSURE)) return this.provisional(unit, outcomes, groupWords, bucket);
    const outcome = outcomes[0] as number;
    if (outcome === REFUSED)
      return { status: "refused", level: null, grade: null, rank: seen.groupPositions[unit] || null, reasons: groupWords, citation: this.state.groupCitation };
    if (outcome === STANDS_PENDING)
      return { status: this.state.table.statusAt(row) as PlacementStatus, level: null, grade: this.state.table.gradeAt(row), rank: null, reasons: [], citation: "" };
    const position = seen.positions[unit] as number;
    const places = seen.bucketPlaces.get(bucket) ?? Number.POSITIVE_INFINITY;
    const at = bucketPlace(this.state.what, bucket, position, seen.bucketCounts.get(bucket) ?? 0, places);
    const place = pairOf(at);
    if (outcome === PLACED) return this.proposedOrPlaced(unit, null, this.gradeFor(row, PLACED), position, [...groupWords, said("place.placed", { place })]);
    const none = places === 0 ? this.noPlaceWords(bucket) : undefined;
    const over = none ?? (topGrade ? said("place.overGradeQuota", { place, grade: pairOf(topGrade.nextLabel) }) : said("place.quotaFull", { place }));
    // a grade quota grades those beyond it at the next grade: their appraisal stands, at that grade
    if (topGrade) return { status: "placed", level: null, grade: topGrade.next, rank: position, reasons: [...groupWords, over], citation: plan.citation };
    return { status: "notPlaced", level: null, grade: this.state.table.gradeAt(row), rank: position, reasons: [...groupWords, over], citation: plan.citation };
  }

  /** Why a bucket has no place: a share that rounds to 0, a category with none. */
  private noPlaceWords(bucket: string): ResultText {
    const quota = this.state.plan.scored?.award.quota;
    const citation = quota ? `${quota.source.document} ${quota.source.clause}` : this.state.plan.citation;
    if (quota?.kind === "share") {
      return said("place.noShare", { percent: quota.share * 100, of: pairOf(quota.of), bucket, rounding: quota.rounding, citation });
    }
    return said("place.none", { bucket, citation });
  }

  private proposedOrPlaced(unit: number, level: number | null, grade: string | null, rank: number | null, reasons: ResultText[]): UnitPlacement {
    const { plan, committee } = this.state;
    if (plan.committee === undefined) return { status: "placed", level, grade, rank, reasons, citation: plan.citation };
    const citation = `${plan.committee.source.document} ${plan.committee.source.clause}`;
    const body = pairOf(plan.committee.body);
    if (committee !== undefined && approvedWhole(this.state, unit)) {
      return {
        status: "placed",
        level,
        grade,
        rank,
        reasons: [...reasons, said("committee.approved", { body, date: committee.date, citation })],
        citation,
      };
    }
    const waits = plan.committee.decides === "approval" ? said("committee.awaitsApproval", { body, citation }) : said("committee.toDecide", { body, citation });
    return { status: "proposed", level, grade, rank, reasons: [...reasons, waits], citation };
  }

  private provisional(unit: number, outcomes: number[], groupWords: ResultText[], bucket: string | null): UnitPlacement {
    const { exploration, levels, plan, topGrade } = this.state;
    const options = outcomes.map((outcome): BilingualText => {
      if (outcome >= PLACED_AT) return wordsOf("tie.option", { outcome: "level", level: levels[outcome - PLACED_AT]!.level });
      if (outcome === PLACED) return topGrade ? pairOf(topGrade.topLabel) : wordsOf("tie.option", { outcome: "placed", level: null });
      if (outcome === NOT_PLACED) return topGrade ? pairOf(topGrade.nextLabel) : wordsOf("tie.option", { outcome: "notPlaced", level: null });
      if (outcome === REFUSED) return wordsOf("tie.option", { outcome: "refused", level: null });
      if (outcome === STANDS_PENDING) return wordsOf("tie.option", { outcome: "kept", level: null });
      return wordsOf("tie.option", { outcome: "unknown", level: null });
    });
    const ties = [...exploration.ties.values()].filter((tie) => tie.units.has(unit) || bucket === null);
    const keys = ties.map((tie) => tie.key);
    const reasons: ResultText[] = [...groupWords, said("tie.dependsOn", { keys, lines: keys.map((key) => this.tieLine(key)), options, citation: plan.citation })];
    if (exploration.truncated) reasons.push(said("tie.tooManyToWork", {}));
    return { status: "provisional", level: null, grade: null, rank: null, reasons, citation: plan.citation };
  }

  /** A tie's line in words: a level's quota line, a unit's nominee places, a bucket's quota line. */
  private tieLine(key: string): BilingualText {
    const { labels, levels, what } = this.state;
    const named = (label: BilingualText | null | undefined, fallback: string): BilingualText => pairOf(label ?? { zh: fallback, en: fallback });
    const level = /^level (\d+)$/.exec(key);
    if (level) return wordsOf("tie.lineOf", { label: named(levels.find((entry) => entry.level === Number(level[1]))?.label, key) });
    const limit = /^(.*) limit$/.exec(key);
    if (limit) return wordsOf("tie.limitOf", { label: named(labels.organisation(limit[1] as string), limit[1] as string) });
    return wordsOf("tie.lineOf", { label: named(labels.organisation(key) ?? labels.category(key) ?? (key === "all" ? what : undefined), key) });
  }

  private groupWords(unit: number, position: number, counts: ReadonlyMap<string, number>): ResultText[] {
    const group = this.state.units.traits[unit]!.group;
    const limit = group === null ? undefined : this.state.groupLimit?.(group);
    if (group === null || limit === undefined || position === 0) return [];
    const count = counts.get(group) ?? 0;
    if (count <= limit) return [];
    const label = pairOf(this.state.labels.organisation(group) ?? { zh: group, en: group });
    const refused = this.state.exploration.outcomes.of(unit).includes(REFUSED);
    if (refused) return [overLimit(group, label, count, limit, this.state.groupCitation)];
    return [said("limit.keptByRank", { group, label, count, limit, position, citation: this.state.groupCitation })];
  }
}

/**
 * Whether the committee's blanket approval (`approveProposals`) covers a unit's place: only a
 * place the round proposed before the committee's own decisions — one that moved because of them
 * (a place a decline freed) waits for a decision of its own.
 *
 * @example
 * ```ts
 * approvedWhole(state, unit); // true: approved as proposed
 * ```
 */
export function approvedWhole(state: RoundState, unit: number): boolean {
  if (state.committee?.approveProposals !== true) return false;
  const before = state.proposal.outcomes.of(unit);
  const after = state.exploration.outcomes.of(unit);
  return before.length === 1 && after.length === 1 && before[0] === after[0];
}

/** Whether the first way saw a unit at a level. */
function seenAt(seen: { positions: Int32Array }, unit: number, levels: readonly { level: number }[], level: number): boolean {
  const index = levels.findIndex((entry) => entry.level === level);
  return index !== -1 && (seen.positions[unit * levels.length + index] as number) > 0;
}
