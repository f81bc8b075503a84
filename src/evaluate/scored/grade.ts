import type { CompiledScoredAward } from "../../compile/compileScored.js";
import type { ScoredAward } from "../../schema/rulebookTypes.js";
import { pairOf, said } from "../../messages/said.js";
import { citationOf } from "../trace.js";
import type { TraceNode } from "../types.js";
import type { GradeStep } from "./types.js";

type Band = NonNullable<ScoredAward["grades"]>["bands"][number];

/**
 * The band a score falls in, by each band's explicit bounds; `undefined` in a gap.
 *
 * @example
 * ```ts
 * bandOf(bands, 84.5); // the 合格 band when it is encoded as [60, 85)
 * ```
 */
export function bandOf(bands: Band[], score: number): Band | undefined {
  return bands.find(
    (band) =>
      (band.min === undefined || (band.min.inclusive ? score >= band.min.value : score > band.min.value)) &&
      (band.max === undefined || (band.max.inclusive ? score <= band.max.value : score < band.max.value)),
  );
}

/**
 * Settles the grade: the band of the score, then every grade cap whose condition holds lowers
 * it to the cap's highest grade, then a forced grade whose condition holds sets it (the lowest
 * such wins). Returns the grade, the steps taken, and whether an undecided cap or forced grade
 * leaves it open.
 *
 * @example
 * ```ts
 * settleGrade(compiled, 88, capTraces, forcedTraces).grade; // "qualified" when a cap bars "excellent"
 * ```
 */
export function settleGrade(
  compiled: CompiledScoredAward,
  score: number | null,
  caps: TraceNode[],
  forced: TraceNode[],
): { grade: string | null; steps: GradeStep[]; open: boolean } {
  const { award, gradeRank } = compiled;
  const bands = award.grades?.bands ?? [];
  const steps: GradeStep[] = [];
  let grade: string | null = null;
  let open = false;
  const moved = (trace: TraceNode, to: string | null): TraceNode["reason"] => {
    const label = bands.find((band) => band.grade === to)?.label;
    if (!label) return trace.reason;
    return said("grade.setTo", { reason: pairOf(trace.reason), grade: pairOf(label) });
  };
  if (score !== null && bands.length > 0) {
    // the rule file says whether a score is rounded before the bands are read (篇11: it is not)
    const read = award.grades?.scoreRounding === "halfUpToWhole" ? Math.floor(score + 0.5) : score;
    const band = bandOf(bands, read);
    grade = band?.grade ?? null;
    for (const entry of bands) {
      const holds = entry === band;
      const cite = citationOf(entry.source);
      steps.push({
        kind: "band",
        id: entry.grade,
        grade: holds ? entry.grade : null,
        status: holds ? "pass" : "fail",
        reason: said("grade.band", { score, read, printed: entry.printed, label: pairOf(entry.label), holds, citation: cite }),
        citation: cite,
      });
    }
    if (!band) {
      steps.push({
        kind: "noBand",
        id: "noBand",
        grade: null,
        status: "fail",
        reason: said("grade.noBand", { score }),
        citation: "",
      });
    }
  }
  award.gradeCaps.forEach((cap, index) => {
    const trace = caps[index] as TraceNode;
    const lowers = trace.status === "pass" && grade !== null && (gradeRank.get(grade) ?? 0) < (gradeRank.get(cap.highestGrade) ?? 0);
    if (lowers) grade = cap.highestGrade;
    steps.push({
      kind: "cap",
      id: cap.id,
      grade: lowers ? cap.highestGrade : null,
      status: trace.status,
      reason: moved(trace, lowers ? cap.highestGrade : null),
      citation: trace.citation,
    });
  });
  award.forcedGrades.forEach((entry, index) => {
    const trace = forced[index] as TraceNode;
    const applies = trace.status === "pass" && (grade === null || (gradeRank.get(grade) ?? 0) < (gradeRank.get(entry.grade) ?? 0));
    if (applies) grade = entry.grade;
    steps.push({
      kind: "forced",
      id: entry.id,
      grade: trace.status === "pass" ? entry.grade : null,
      status: trace.status,
      reason: moved(trace, applies ? entry.grade : null),
      citation: trace.citation,
    });
  });
  // An undecided cap or forced grade leaves the grade open only if it could still change it.
  const rank = (value: string | null): number => (value === null ? Number.POSITIVE_INFINITY : (gradeRank.get(value) ?? Number.POSITIVE_INFINITY));
  award.gradeCaps.forEach((cap, index) => {
    if ((caps[index] as TraceNode).status === "unknown" && grade !== null && rank(grade) < rank(cap.highestGrade)) open = true;
  });
  award.forcedGrades.forEach((entry, index) => {
    if ((forced[index] as TraceNode).status === "unknown" && (grade === null || rank(grade) < rank(entry.grade))) open = true;
  });
  return { grade, steps, open };
}
