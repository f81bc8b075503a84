import type { CompiledNode } from "./compiledNode.js";
import type { EvaluationContext, Tri } from "./context.js";
import { Emitter, whole, type VerdictScales } from "./emitter.js";
import type { VerdictLayout } from "../semantics/verdictLayout.js";

/**
 * An award's verdicts in one step: `[admission, requirements, then per category its audience and
 * each level's status]` (three-valued), the same as evaluating each compiled tree; a level behind a
 * failed requirement or audience is not read (it fails). `admission` is read only when
 * `applied` (the record applies for a category).
 */
export type AwardVerdicts = (ctx: EvaluationContext, applied: boolean) => Tri[];

export type { VerdictScales } from "./emitter.js";

/** What `generateAwardVerdicts` reads of a compiled award. */
export interface VerdictTrees {
  /** Where each verdict sits (src/semantics/verdictLayout.ts): the order the code writes them in. */
  layout: VerdictLayout;
  admission: CompiledNode | undefined;
  requirements: CompiledNode | undefined;
  categories: { audience: CompiledNode | undefined; levels: { conditions: CompiledNode }[] }[];
}

/**
 * Generates one function for an award's verdicts from its compiled trees: the short-circuits of
 * `all`, `any`, `not` and "at least k of" written out; dated-list counts (one count function per
 * list, window and filter, each count made once a record), appraisal patterns, attestations and
 * plain fields written out in place; other leaves called through their (fused) verdicts. Only literals made with
 * `JSON.stringify` and names of its own enter the code. Where code cannot be generated (a runtime
 * that forbids it), the trees are walked instead; both give the same verdicts (a test compares
 * them on generated records).
 *
 * @example
 * ```ts
 * const verdicts = generateAwardVerdicts(compiled.awards[0], scales);
 * verdicts(ctx, false); // [1, 1, 1, 0, 2, 1, …]
 * ```
 */
export function generateAwardVerdicts(award: VerdictTrees, scales: VerdictScales): AwardVerdicts {
  const emit = new Emitter(scales);
  const size = award.layout.size;
  if (award.admission !== undefined) {
    emit.lines.push("let admission = 1;", "if (applied) {");
    const value = emit.node(award.admission);
    emit.lines.push(`admission = ${value};`, "}", "out[at++] = admission;");
  } else emit.lines.push("out[at++] = 1;");
  if (award.requirements !== undefined) {
    const value = emit.node(award.requirements);
    emit.lines.push(`const req = ${value};`);
  } else emit.lines.push("const req = 1;");
  emit.lines.push("out[at++] = req;");
  for (const category of award.categories) {
    const audience = category.audience === undefined ? "1" : emit.node(category.audience);
    const gate = emit.fresh("g");
    emit.lines.push(
      `out[at++] = ${audience};`,
      `const ${gate} = req === 0 || ${audience} === 0 ? 0 : req === 2 || ${audience} === 2 ? 2 : 1;`,
      `if (${gate} === 0) { ${category.levels.map(() => "out[at++] = 0;").join(" ")} } else {`,
    );
    for (const level of category.levels) {
      const value = emit.node(level.conditions);
      emit.lines.push(`out[at++] = ${value} === 0 ? 0 : ${gate} === 2 || ${value} === 2 ? 2 : 1;`);
    }
    emit.lines.push("}");
  }
  emit.lines.push("return out;");
  const verdicts = emit.build<AwardVerdicts>("awardVerdicts", "applied", [`const out = new Array(${whole(size)});`, "let at = 0;", ...emit.lines]);
  return verdicts ?? ((ctx, applied) => walkVerdicts(award, ctx, applied));
}

/**
 * The same verdicts as `generateAwardVerdicts`' function, by walking the compiled trees.
 *
 * @example
 * ```ts
 * walkVerdicts(compiled.awards[0], ctx, false); // [1, 1, 1, 0, 2, 1, …]
 * ```
 */
export function walkVerdicts(award: VerdictTrees, ctx: EvaluationContext, applied: boolean): Tri[] {
  const out: Tri[] = [applied && award.admission !== undefined ? award.admission.verdict(ctx) : 1];
  const requirements = award.requirements === undefined ? 1 : award.requirements.verdict(ctx);
  out.push(requirements);
  for (const category of award.categories) {
    const audience = category.audience === undefined ? 1 : category.audience.verdict(ctx);
    out.push(audience);
    const gate: Tri = requirements === 0 || audience === 0 ? 0 : requirements === 2 || audience === 2 ? 2 : 1;
    for (const level of category.levels) {
      if (gate === 0) {
        out.push(0);
        continue;
      }
      const value = level.conditions.verdict(ctx);
      out.push(value === 0 ? 0 : gate === 2 || value === 2 ? 2 : 1);
    }
  }
  return out;
}
