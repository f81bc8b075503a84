import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import type { BilingualText } from "../schema/primitives.js";
import type { Award, Rulebook } from "../schema/rulebook.js";
import type { CompiledNode } from "./compiledNode.js";
import { compileCondition, type CompileState } from "./compileCondition.js";
import { compileScoredAward, type CompiledScoredAward } from "./compileScored.js";
import { scaleRanks, WindowCache } from "./context.js";
import type { FactLabels } from "./facts/types.js";

/** A category compiled: its audience and each level's conditions, highest level first. */
export interface CompiledCategory {
  id: string;
  label: BilingualText;
  audience: CompiledNode;
  levels: { level: number; conditions: CompiledNode }[];
}

/** An award compiled: admission checks, shared requirements and categories. */
export interface CompiledAward {
  award: Award;
  admission: CompiledNode;
  requirements: CompiledNode;
  categories: CompiledCategory[];
}

/**
 * A rulebook compiled once for fast, repeated evaluation. Obtain one with `loadRulebook`
 * or `compileRulebook`; it holds no per-candidate state.
 */
export interface CompiledRulebook {
  rulebook: Rulebook;
  awards: CompiledAward[];
  scoredAwards: CompiledScoredAward[];
  slotCount: number;
  labels: FactLabels;
  /** Windows resolved per as-of date (a bounded, deterministic cache). */
  windowCache: WindowCache;
}

const FALLBACK: BilingualText = { zh: "?", en: "?" };

/** Structure the schema cannot see: unique award and category ids, unique levels, each level defined by its award. */
function checkStructure(rulebook: Rulebook): void {
  const issues: Issue[] = [];
  const duplicates = (values: (string | number)[]): (string | number)[] => values.filter((value, index) => values.indexOf(value) !== index);
  for (const id of duplicates([...rulebook.awards.map((award) => award.id), ...rulebook.scoredAwards.map((award) => award.id)])) {
    issues.push({ code: "duplicate_id", path: ["awards"], message: `duplicate award id ${id}` });
  }
  rulebook.awards.forEach((award: Award, a) => {
    const defined = award.levels.map((level) => level.level);
    for (const level of duplicates(defined)) issues.push({ code: "duplicate_id", path: ["awards", a, "levels"], message: `level ${level} defined twice` });
    for (const id of duplicates(award.categories.map((category) => category.id))) {
      issues.push({ code: "duplicate_id", path: ["awards", a, "categories"], message: `duplicate category id ${id}` });
    }
    award.categories.forEach((category, c) => {
      const levels = category.levels.map((level) => level.level);
      for (const level of duplicates(levels)) {
        issues.push({ code: "duplicate_id", path: ["awards", a, "categories", c, "levels"], message: `category ${category.id} has level ${level} twice` });
      }
      for (const level of levels.filter((value) => !defined.includes(value))) {
        issues.push({
          code: "bad_value",
          path: ["awards", a, "categories", c, "levels"],
          message: `category ${category.id} has level ${level}, which award ${award.id} does not define (no label, quota or reward)`,
        });
      }
    });
  });
  if (issues.length > 0) throw new AwardRulesError(issues);
}

/**
 * Compiles a rulebook that has passed `RulebookSchema`: every condition tree becomes closures,
 * every fact, operator, window and scale named in it is checked, ids must be unique.
 * Throws `AwardRulesError` naming the rule and clause of the first problem.
 *
 * @example
 * ```ts
 * const compiled = compileRulebook(RulebookSchema.parse(json));
 * ```
 */
export function compileRulebook(rulebook: Rulebook): CompiledRulebook {
  checkStructure(rulebook);
  const state: CompileState = {
    rulebook,
    scales: scaleRanks(rulebook),
    windows: rulebook.windows,
    slotOf: new Map(),
    ids: new Set(),
  };
  const awards = rulebook.awards.map((award) => ({
    award,
    admission: compileCondition(award.admission, state, award),
    requirements: compileCondition(award.requirements, state, award),
    categories: award.categories.map((category) => ({
      id: category.id,
      label: category.label,
      audience: compileCondition(category.audience, state, award),
      levels: [...category.levels]
        .sort((a, b) => a.level - b.level)
        .map((level) => ({ level: level.level, conditions: compileCondition(level.conditions, state, award) })),
    })),
  }));
  const scoredAwards = rulebook.scoredAwards.map((award) => compileScoredAward(award, state));
  const labels: FactLabels = {
    window: (name) => rulebook.windows[name]?.label ?? FALLBACK,
    scaleValue: (scale, value) => rulebook.scales[scale]?.values.find((entry) => entry.value === value)?.label ?? { zh: value, en: value },
  };
  return { rulebook, awards, scoredAwards, slotCount: state.slotOf.size, labels, windowCache: new WindowCache() };
}
