import type { CompiledRulebook } from "../compile/compileRulebook.js";
import type { EvaluationResult, NodeStatus, TraceNode } from "../evaluate/types.js";
import { pairOf, said, wordsOf, type ResultText } from "../messages/said.js";
import type { BilingualText, Window } from "../schema/rulebookTypes.js";
import { clearsOn } from "./clearsOn.js";
import { fixSets } from "./fixSets.js";
import { checkResult } from "../evaluate/checkResult.js";
import { checkCompiled } from "../compile/compiledMark.js";

/** One condition that would have to change: failing or not yet known, with when a blocking event clears. */
export interface GapStep {
  id: string;
  status: NodeStatus;
  label: BilingualText;
  citation: string;
  /** Inputs still needed, for an unknown condition. */
  missing: string[];
  /** The first evaluation date on which a blocking dated event has left the window. */
  clearsOn: string | null;
}

/** What a level not reached would need: the smallest alternative sets of steps, and the words. */
export interface LevelGap {
  category: string;
  level: number;
  status: NodeStatus;
  /** The smallest alternative sets of steps, smallest first: at most 8. */
  options: GapStep[][];
  /**
   * True when more alternatives exist than `options` lists (more than 8, or an
   * `at least k` condition too large to search: then its one cheapest choice is given).
   */
  partial: boolean;
  words: ResultText;
}

/**
 * The smallest sets of steps that would make every one of the traced trees pass (a level's
 * shared requirements, its category's audience and its own conditions), each step with when its
 * blocking record leaves its window; `windows` are the rulebook's window definitions. With
 * `limit`, only the first `limit` sets are written out (`found` still counts them all).
 *
 * @example
 * ```ts
 * gapSteps([result.requirements, category.audience, level.conditions], rulebook.rulebook.windows).options[0]?.[0]?.clearsOn; // "2027-01-10"
 * ```
 */
export function gapSteps(trees: readonly (TraceNode | null)[], windows: Record<string, Window>, limit = Infinity): { options: GapStep[][]; partial: boolean; found: number } {
  const found = fixSets(...trees.filter((tree) => tree !== null));
  const step = (leaf: TraceNode): GapStep => ({
    id: leaf.id,
    status: leaf.status,
    label: leaf.label,
    citation: leaf.citation,
    missing: leaf.missing,
    clearsOn: clearsOn(leaf, windows),
  });
  return { options: found.sets.slice(0, limit).map((set) => set.map(step)), partial: found.partial, found: found.sets.length };
}

function say(gapStep: GapStep): BilingualText {
  return wordsOf("gap.step", {
    label: pairOf(gapStep.label),
    unknown: gapStep.status === "unknown",
    missing: [...gapStep.missing],
    clearsOn: gapStep.clearsOn,
    citation: gapStep.citation,
  });
}

/**
 * For every level a person did not reach, in every category they may apply for, the smallest
 * sets of failing or unknown conditions that would have to change — the shared requirements and
 * the audience included — in words: "level 1 needs one of: …; …". A failing "no complaint / no
 * incident" condition says when its blocking record leaves the window.
 *
 * @example
 * ```ts
 * const gaps = analyzeGaps(evaluate(rulebook, record, { asOf }), rulebook);
 * gaps[0].words.en; // "level-1 model post, staff model post, needs one of: (1) no verified complaint in the last 3 years (the blocking record leaves its window on 2027-05-20) (000 §四(二)1(3))"
 * ```
 */
export function analyzeGaps(result: EvaluationResult, compiled: CompiledRulebook): LevelGap[] {
  result = checkResult(result, ["result"]);
  checkCompiled(compiled);
  const gaps: LevelGap[] = [];
  for (const category of result.categories) {
    for (const level of category.levels) {
      if (level.status === "pass") continue;
      const found = gapSteps([result.requirements, category.audience, level.conditions], compiled.rulebook.windows);
      const options = found.options;
      gaps.push({
        category: category.id,
        level: level.level,
        status: level.status,
        options,
        partial: found.partial,
        words: said("gap.needsOneOf", {
          category: pairOf(category.label),
          level: pairOf(level.label),
          options: options.map((option) => option.map(say)),
          partial: found.partial,
        }),
      });
    }
  }
  return gaps;
}
