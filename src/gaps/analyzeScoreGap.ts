import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { ScoredResult } from "../evaluate/scored/types.js";
import { pairOf, said, type ResultText } from "../messages/said.js";
import type { BilingualText } from "../schema/rulebookTypes.js";
import { checkShape } from "../door/shape.js";
import { SCORED_RESULT } from "../door/resultShapes.js";
import { checkCompiled } from "../compile/compiledMark.js";

/** Where points can still be earned: an item, a component or a bonus, with its room. */
export interface PointsRoom {
  id: string;
  label: BilingualText;
  /** Points still available, on the scale of the score the grades read. */
  room: number;
  citation: string;
}

/** What a scored candidate needs for the next grade: points, where to earn them, and what blocks it regardless. */
export interface ScoreGap {
  awardId: string;
  grade: string | null;
  nextGrade: { grade: string; label: BilingualText } | null;
  /** Points still needed to reach the next grade's lower bound (`strictly` when the bound is exclusive). */
  pointsNeeded: number | null;
  strictly: boolean;
  rooms: PointsRoom[];
  /** Vetoes, caps and forced grades that hold now and bar the next grade whatever the score. */
  blockers: { id: string; reason: BilingualText }[];
  words: ResultText;
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

type Band = NonNullable<NonNullable<CompiledRulebook["scoredAwards"][number]["award"]["grades"]>["bands"]>[number];

/** The band above the result's grade; for a result in no band, the lowest band its score has not reached. */
function nextBand(bands: readonly Band[], result: ScoredResult): Band | undefined {
  const index = bands.findIndex((band) => band.grade === result.grade);
  if (index > 0) return bands[index - 1];
  if (index !== -1 || bands.length === 0 || result.score === null) return undefined;
  const score = result.score;
  return [...bands].reverse().find((band) => (band.min?.value ?? -Infinity) > score);
}

/** Where points can still be earned: each item below its maximum, each weighted component (in points of 100), each bonus below its cap. */
function roomsOf(result: ScoredResult): PointsRoom[] {
  const rooms: PointsRoom[] = [];
  for (const section of result.sections) {
    for (const item of section.items) {
      const room = item.max - (item.score ?? 0);
      if (room > 0) rooms.push({ id: item.id, label: item.label, room: round(room), citation: item.citation });
    }
  }
  for (const component of result.components) {
    const room = ((component.max - (component.score ?? 0)) / component.max) * 100 * component.weight;
    if (room > 0) rooms.push({ id: component.id, label: component.label, room: round(room), citation: component.citation });
  }
  for (const bonus of result.bonuses) {
    if (bonus.cap !== null && bonus.afterCap !== null && bonus.afterCap < bonus.cap) {
      rooms.push({ id: bonus.id, label: bonus.label, room: round(bonus.cap - bonus.afterCap), citation: bonus.citation });
    }
  }
  return rooms;
}

/**
 * For a scored result, the points still needed for the next grade up and where they can still
 * be earned (items below their maximum or not yet scored, components, a bonus below its cap),
 * and the vetoes, caps and forced grades that bar it whatever the score.
 *
 * @example
 * ```ts
 * analyzeScoreGap(evaluateScored(rulebook, staff, options), rulebook).words.en;
 * // "84 → 优秀 (excellent) needs 1 more point(s); room: appraisal score (16) …"
 * ```
 */
export function analyzeScoreGap(result: ScoredResult, compiled: CompiledRulebook): ScoreGap {
  result = checkShape(result, SCORED_RESULT, ["result"]) as ScoredResult;
  checkCompiled(compiled);
  const award = compiled.scoredAwards.find((entry) => entry.award.id === result.awardId)?.award;
  const bands = award?.grades?.bands ?? [];
  const next = nextBand(bands, result);
  const pointsNeeded = next?.min && result.score !== null ? Math.max(round(next.min.value - result.score), 0) : null;
  const rooms = roomsOf(result);
  const blockers = [
    ...result.vetoes.filter((veto) => veto.status === "pass").map((veto) => ({ id: veto.id, reason: veto.reason })),
    ...result.gradeSteps.filter((entry) => (entry.kind === "cap" || entry.kind === "forced") && entry.status === "pass").map((entry) => ({ id: entry.id, reason: entry.reason })),
  ];
  const strictly = next?.min?.inclusive === false;
  const words = next
    ? said("gap.pointsToGrade", {
        grade: pairOf(next.label),
        strictly,
        need: pointsNeeded,
        rooms: rooms.map((entry) => ({ label: pairOf(entry.label), room: entry.room })),
        blockers: blockers.map((entry) => pairOf(entry.reason)),
      })
    : said("gap.topGrade", {});
  return {
    awardId: result.awardId,
    grade: result.grade,
    nextGrade: next ? { grade: next.grade, label: next.label } : null,
    pointsNeeded,
    strictly,
    rooms,
    blockers,
    words,
  };
}
