import type { CompiledScoredAward } from "../../compile/compileScored.js";
import type { EvaluationContext } from "../../compile/context.js";
import type { FactLabels } from "../../compile/facts/types.js";
import { pairOf, said } from "../../messages/said.js";
import { citationOf, traceNode } from "../trace.js";
import type { NodeStatus, TraceNode } from "../types.js";
import type { ConsequenceResult, GradeStep, ScoredResult } from "./types.js";

/**
 * The grade of a vetoed candidate: the one the rule file gives for a veto (004 篇2: 限期整改), with
 * a step citing it; none when the file gives none.
 *
 * @example
 * ```ts
 * vetoedGrade(compiled, vetoTraces); // { grade: "rectify", steps: [{ kind: "veto", … }], open: false }
 * ```
 */
export function vetoedGrade(compiled: CompiledScoredAward, vetoes: TraceNode[]): { grade: string | null; steps: GradeStep[]; open: boolean } {
  const given = compiled.award.whenVetoed;
  const band = compiled.award.grades?.bands.find((entry) => entry.grade === given?.grade);
  if (given === undefined || band === undefined) return { grade: null, steps: [], open: false };
  const which = vetoes.filter((veto) => veto.status === "pass").map((veto) => veto.citation);
  const citation = citationOf(given.source);
  return {
    grade: band.grade,
    steps: [
      {
        kind: "veto",
        id: "whenVetoed",
        grade: band.grade,
        status: "pass",
        reason: said("grade.vetoed", { vetoes: which, grade: pairOf(band.label), citation }),
        citation,
      },
    ],
    open: false,
  };
}

/**
 * Each consequence of the award: one tied to grades applies when the grade is one of them (unknown
 * while the grade is); one tied to a condition applies when the condition holds.
 *
 * @example
 * ```ts
 * consequencesOf(compiled, "unqualified", "scored", ctx, labels)[0].status; // "pass": the bonus is stopped
 * ```
 */
export function consequencesOf(
  compiled: CompiledScoredAward,
  grade: string | null,
  status: ScoredResult["status"],
  ctx: EvaluationContext,
  labels: FactLabels,
): ConsequenceResult[] {
  return compiled.award.consequences.map((consequence, index) => {
    const citation = citationOf(consequence.source);
    const compiledWhen = compiled.consequences[index]?.when;
    if (compiledWhen !== undefined) {
      const trace = traceNode(compiledWhen, ctx, labels);
      return { id: consequence.id, label: consequence.label, status: trace.status, effect: consequence.effect, reason: trace.reason, citation, conditions: trace };
    }
    const grades = consequence.grades ?? [];
    const known = grade !== null && status !== "pendingReview";
    const applies: NodeStatus = !known ? "unknown" : grades.includes(grade) ? "pass" : "fail";
    const names = grades.map((entry) => compiled.award.grades?.bands.find((band) => band.grade === entry)?.label ?? { zh: entry, en: entry });
    return {
      id: consequence.id,
      label: consequence.label,
      status: applies,
      effect: consequence.effect,
      reason: said("consequence.byGrade", { label: pairOf(consequence.label), grades: names.map(pairOf), effect: pairOf(consequence.effect), status: applies, citation }),
      citation,
      conditions: null,
    };
  });
}
