import type { CompiledNode } from "./compiledNode.js";
import { FALSE, TRUE, UNKNOWN, type EvaluationContext, type Tri } from "./context.js";
import { whole, type VerdictScales } from "./emitter.js";
import { MissingEmitter, walkMissing } from "./generateMissing.js";
import type { AwardVerdicts } from "./generateVerdicts.js";
import type { VerdictLayout } from "../semantics/verdictLayout.js";

/**
 * An award's verdicts for one record (as `AwardVerdicts` gives them, levels gated by the
 * requirements and their audience) with the inputs still missing pushed onto `into`, as `evaluate`
 * lists them: under the admission checks when the record applies, the requirements, and for each
 * category open to the record (its audience not failed; the applied one when it applies) its
 * audience and every level's tree, whatever the gates say. Each tree is read once.
 */
export type AwardEvaluation = (ctx: EvaluationContext, into: string[]) => Tri[];

/** What the evaluation reads of a compiled award. */
export interface EvaluationTrees {
  /** Where each verdict sits (src/semantics/verdictLayout.ts). */
  layout: VerdictLayout;
  admission: CompiledNode | undefined;
  requirements: CompiledNode | undefined;
  categories: { id: string; audience: CompiledNode | undefined; levels: { conditions: CompiledNode }[] }[];
}

/**
 * Generates an award's `AwardEvaluation` in one function: every tree written with its missing
 * inputs (as `walkMissing` finds them), sharing one resolution of the windows and one count of each
 * dated list; `undefined` where code cannot be generated.
 *
 * @example
 * ```ts
 * const evaluation = generateAwardEvaluation(compiled.awards[0], scales);
 * const names: string[] = [];
 * evaluation?.(ctx, names); // [1, 1, 1, 0, 2, 1, …], names: ["attestation[staff.1.1]"]
 * ```
 */
export function generateAwardEvaluation(award: EvaluationTrees, scales: VerdictScales): AwardEvaluation | undefined {
  const emit = new MissingEmitter(scales);
  const size = award.layout.size;
  emit.lines.push("const app = ctx.record.application;");
  if (award.admission !== undefined) {
    emit.lines.push("let admission = 1;", "if (app !== undefined) {");
    const value = emit.node(award.admission);
    emit.lines.push(`admission = ${value};`, "}", "out[at++] = admission;");
  } else emit.lines.push("out[at++] = 1;");
  emit.lines.push(`const req = ${award.requirements === undefined ? "1" : emit.node(award.requirements)};`, "out[at++] = req;");
  for (const category of award.categories) {
    const [before, open, gate] = [emit.fresh("m"), emit.fresh("o"), emit.fresh("g")];
    emit.lines.push(`const ${before} = into.length;`);
    const audience = category.audience === undefined ? "1" : emit.node(category.audience);
    emit.lines.push(
      `out[at++] = ${audience};`,
      // the category's inputs count only when it is open to the record (the applied one, when it applies)
      `const ${open} = ${audience} !== 0 && (app === undefined || app.category === ${JSON.stringify(category.id)});`,
      `if (!${open} && into.length !== ${before}) into.length = ${before};`,
      `const ${gate} = req === 0 || ${audience} === 0 ? 0 : req === 2 || ${audience} === 2 ? 2 : 1;`,
      `if (${gate} === 0 && !${open}) { ${category.levels.map(() => "out[at++] = 0;").join(" ")} } else {`,
    );
    for (const level of category.levels) {
      const mark = emit.fresh("m");
      emit.lines.push(`const ${mark} = into.length;`);
      const value = emit.node(level.conditions);
      emit.lines.push(
        `if (!${open} && into.length !== ${mark}) into.length = ${mark};`,
        `out[at++] = ${gate} === 0 || ${value} === 0 ? 0 : ${gate} === 2 || ${value} === 2 ? 2 : 1;`,
      );
    }
    emit.lines.push("}");
  }
  emit.lines.push("return out;");
  return emit.build<AwardEvaluation>("awardEvaluation", "into", [`const out = new Array(${whole(size)});`, "let at = 0;", ...emit.lines], { X: emit.missers });
}

/**
 * The same as `generateAwardEvaluation`'s function from an award's verdicts and its trees'
 * missing-inputs functions: a tree already settled by the verdicts needs nothing; the others are
 * walked for what they miss.
 *
 * @example
 * ```ts
 * const names: string[] = [];
 * walkEvaluation(award, award.verdicts, ctx, names); // [1, 1, 1, 0, 2, 1, …]
 * ```
 */
export function walkEvaluation(award: EvaluationTrees, verdictsOf: AwardVerdicts, ctx: EvaluationContext, into: string[]): Tri[] {
  const application = ctx.record.application;
  const verdicts = verdictsOf(ctx, application !== undefined);
  const layout = award.layout;
  if (application !== undefined) missingUnder(award.admission, ctx, into, verdicts[layout.admission]);
  const requirements = verdicts[layout.requirements] as Tri;
  missingUnder(award.requirements, ctx, into, requirements);
  award.categories.forEach((category, index) => {
    const at = layout.categories[index]!;
    const audience = verdicts[at.audience] as Tri;
    if (audience === FALSE || (application !== undefined && category.id !== application.category)) return;
    missingUnder(category.audience, ctx, into, audience);
    // behind a passed gate a level's verdict is its tree's; otherwise the tree is read here
    const open = requirements === TRUE && audience === TRUE;
    category.levels.forEach((level, place) => missingUnder(level.conditions, ctx, into, open ? verdicts[at.levels[place]!.at] : undefined));
  });
  return verdicts;
}

/** The missing inputs of a tree whose verdict is unknown (a settled tree needs nothing); `known` is its verdict when already made. */
function missingUnder(tree: CompiledNode | undefined, ctx: EvaluationContext, into: string[], known?: Tri): void {
  if (tree === undefined || known === FALSE || known === TRUE) return;
  const mark = into.length;
  if (walkMissing(tree, ctx, into) !== UNKNOWN) into.length = mark;
}
