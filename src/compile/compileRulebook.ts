import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import { DEFAULT_RANKING } from "../schema/defaults.js";
import type { Condition, BilingualText, Award, Rulebook } from "../schema/rulebookTypes.js";
import type { CompiledNode } from "./compiledNode.js";
import { deepFreeze } from "../util/deepFreeze.js";
import { markCompiled } from "./compiledMark.js";
import type { CompiledAward, CompiledRulebook } from "./types.js";
import { generated } from "./emitter.js";
import { verdictLayout } from "../semantics/verdictLayout.js";
import { generateAwardVerdicts, walkVerdicts, type AwardVerdicts } from "./generateVerdicts.js";
import { generateAwardEvaluation, walkEvaluation, type AwardEvaluation } from "./generateEvaluation.js";
import { whenWarm } from "./whenWarm.js";
import { compileCondition, type CompileState, type RulePath } from "./compileCondition.js";
import { compilePayRule } from "./compilePay.js";
import { compileScoredAward } from "./compileScored.js";
import { scaleRanks, WindowCache } from "./context.js";
import type { FactLabels } from "./facts/types.js";
import { issueOf } from "../messages/issueOf.js";
import { revisionOf } from "./revision.js";

/** How a rulebook is compiled. */
export interface CompileOptions {
  /** Write the condition trees out as JavaScript once warm (default true); false walks them always. */
  generateCode?: boolean;
}

const FALLBACK: BilingualText = { zh: "?", en: "?" };

/** The positions of the entries whose value was seen before in the list (each repeat, not the first). */
function repeatsAt<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const repeats: number[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) repeats.push(index);
    else seen.add(value);
  });
  return repeats;
}

/**
 * Structure the schema cannot see: unique award and category ids, unique levels, each level
 * defined by its award; each problem at the repeated (or undefined) entry's own key.
 */
function checkStructure(rulebook: Rulebook, issues: Issue[]): void {
  const awardIds = [...rulebook.awards.map((award) => award.id), ...rulebook.scoredAwards.map((award) => award.id)];
  for (const index of repeatsAt(awardIds)) {
    const path = index < rulebook.awards.length ? ["awards", index, "id"] : ["scoredAwards", index - rulebook.awards.length, "id"];
    issues.push(issueOf("duplicate_id", path, "compile.duplicateAwardId", { id: awardIds[index] as string }));
  }
  rulebook.awards.forEach((award: Award, a) => {
    const defined = award.levels.map((level) => level.level);
    for (const l of repeatsAt(defined)) issues.push(issueOf("duplicate_id", ["awards", a, "levels", l, "level"], "compile.levelTwice", { level: defined[l] as number }));
    for (const c of repeatsAt(award.categories.map((category) => category.id))) {
      issues.push(issueOf("duplicate_id", ["awards", a, "categories", c, "id"], "compile.duplicateCategoryId", { id: award.categories[c]?.id as string }));
    }
    award.categories.forEach((category, c) => {
      const levels = category.levels.map((level) => level.level);
      for (const l of repeatsAt(levels)) {
        issues.push(
          issueOf("duplicate_id", ["awards", a, "categories", c, "levels", l, "level"], "compile.categoryLevelTwice", { category: category.id, level: levels[l] as number }),
        );
      }
      levels.forEach((level, l) => {
        if (!defined.includes(level))
          issues.push(issueOf("bad_value", ["awards", a, "categories", c, "levels", l, "level"], "compile.undefinedLevel", { category: category.id, level, award: award.id }));
      });
    });
  });
}

/**
 * Compiles a rulebook that has passed `RulebookSchema`: every condition tree becomes closures,
 * every fact, operator, window and scale named in it is checked, ids must be unique.
 * Throws one `AwardRulesError` listing every problem, each at its path from the rule file's root
 * with the rule id and clause.
 *
 * @example
 * ```ts
 * const compiled = compileRulebook(RulebookSchema.parse(json));
 * ```
 */
export function compileRulebook(rulebook: Rulebook, options: CompileOptions = {}): CompiledRulebook {
  const state: CompileState = {
    rulebook,
    scales: scaleRanks(rulebook),
    windows: rulebook.windows,
    slotOf: new Map(),
    ids: new Set(),
    attestationKeys: new Set(),
    issues: [],
  };
  checkStructure(rulebook, state.issues);
  const optional = (node: Condition | undefined, award: Award, at: RulePath): CompiledNode | undefined =>
    node === undefined ? undefined : compileCondition(node, state, award, at);
  const awards = rulebook.awards.map((award, a): CompiledAward => {
    const trees: Omit<CompiledAward, "verdicts" | "layout" | "evaluation"> = {
      award,
      admission: optional(award.admission, award, ["awards", a, "admission"]),
      requirements: optional(award.requirements, award, ["awards", a, "requirements"]),
      categories: award.categories.map((category, c) => ({
        id: category.id,
        label: category.label,
        audience: optional(category.audience, award, ["awards", a, "categories", c, "audience"]),
        levels: category.levels
          .map((level, l) => ({ level: level.level, conditions: compileCondition(level.conditions, state, award, ["awards", a, "categories", c, "levels", l, "conditions"]) }))
          .sort((x, y) => x.level - y.level),
      })),
      levels: [...award.levels]
        .sort((a, b) => a.level - b.level)
        .map((level) => ({
          level: level.level,
          label: level.label,
          quota: level.quota?.value ?? Number.POSITIVE_INFINITY,
          reward: level.reward ? { value: level.reward.value, unit: level.reward.unit } : null,
        })),
      roundQuota: award.roundQuota?.value ?? Number.POSITIVE_INFINITY,
      ranking: award.allocation?.ranking ?? DEFAULT_RANKING,
      whenLevelFull: award.allocation?.whenLevelFull ?? "placeAtLowerLevel",
      applicationsPerPerson: award.applicationsPerPersonPerRound?.value ?? 1,
    };
    const compiled = { ...trees, layout: verdictLayout(trees) };
    // each generated on its 32nd call (whenWarm): one record's evaluation never pays for writing code
    const generate = options.generateCode !== false;
    const verdicts: AwardVerdicts = whenWarm(
      (ctx, applied) => walkVerdicts(compiled, ctx, applied),
      () => (generate ? generated(() => generateAwardVerdicts(compiled, state.scales)) : undefined),
    );
    const evaluation: AwardEvaluation = whenWarm(
      (ctx, into) => walkEvaluation(compiled, verdicts, ctx, into),
      () => (generate ? generated(() => generateAwardEvaluation(compiled, state.scales)) : undefined),
    );
    return { ...compiled, verdicts, evaluation };
  });
  const scoredAwards = rulebook.scoredAwards.map((award, index) => compileScoredAward(award, state, index));
  const payRules = rulebook.payRules.map((rule, index) => compilePayRule(rule, state, index));
  // every problem of the file at once, each at its path from the file's root
  if (state.issues.length > 0) throw new AwardRulesError(state.issues);
  const labels: FactLabels = {
    window: (name) => rulebook.windows[name]?.label ?? FALLBACK,
    scaleValue: (scale, value) => rulebook.scales[scale]?.values.find((entry) => entry.value === value)?.label ?? { zh: value, en: value },
    entry: (field, item) => {
      const declared = rulebook[field];
      return declared !== undefined && Object.hasOwn(declared, item) ? declared[item] : undefined;
    },
  };
  // frozen through and through: a compiled rulebook cannot be changed after its checks, so generated
  // code (written on the 32nd call) holds only what the compiler checked; the window cache alone stays writable
  const windowCache = new WindowCache();
  const frozen = deepFreeze({
    rulebook,
    revision: revisionOf(rulebook),
    awards,
    scoredAwards,
    payRules,
    attestationKeys: state.attestationKeys,
    slotCount: state.slotOf.size,
    labels,
  });
  // the brand is a type only at compile time; at run time markCompiled brands the object (a global symbol, so a
  // second copy of the package admits it) and freezes it
  return markCompiled({ ...frozen, windowCache }) as unknown as CompiledRulebook;
}

export type { CompiledAward, CompiledLevel, CompiledRulebook } from "./types.js";
