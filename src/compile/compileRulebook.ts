import type { BilingualText } from "../schema/primitives.js";
import type { Award, Rulebook } from "../schema/rulebook.js";
import type { CompiledNode } from "./compiledNode.js";
import { compileCondition, type CompileState } from "./compileCondition.js";
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
  slotCount: number;
  labels: FactLabels;
  /** Windows resolved per as-of date (a bounded, deterministic cache). */
  windowCache: WindowCache;
}

const FALLBACK: BilingualText = { zh: "?", en: "?" };

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
  const labels: FactLabels = {
    window: (name) => rulebook.windows[name]?.label ?? FALLBACK,
    scaleValue: (scale, value) => rulebook.scales[scale]?.values.find((entry) => entry.value === value)?.label ?? { zh: value, en: value },
  };
  return { rulebook, awards, slotCount: state.slotOf.size, labels, windowCache: new WindowCache() };
}
