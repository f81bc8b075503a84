import { duplicatesOf } from "../util/duplicates.js";
import type { Allocation, Bonus, ScoredAward } from "../schema/rulebookTypes.js";
import type { CompiledNode } from "./compiledNode.js";
import { collectIssues, compileCondition, type CompileState } from "./compileCondition.js";
import { FACTS } from "./facts/index.js";
import type { FactDefinition } from "./facts/types.js";
import { compileParams, type CompiledParams } from "./params.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { raise } from "../messages/issueOf.js";

/** A bonus compiled: per-unit bonuses read their fact once compiled. */
export interface CompiledBonus {
  bonus: Bonus;
  fact?: { definition: FactDefinition; params: CompiledParams };
}

/** A scored award compiled once: its condition trees as closures, bonus facts checked. */
export interface CompiledScoredAward {
  award: ScoredAward;
  /** Who the award covers (none: everyone). */
  audience: CompiledNode | undefined;
  eligibility: CompiledNode | undefined;
  vetoes: CompiledNode[];
  gradeCaps: { id: string; when: CompiledNode }[];
  forcedGrades: { id: string; when: CompiledNode }[];
  bonuses: CompiledBonus[];
  /** Consequences: those tied to a condition carry it compiled. */
  consequences: { id: string; when: CompiledNode | undefined }[];
  /** Grade → position, 0 for the highest band. */
  gradeRank: Map<string, number>;
  /** The ranking a round uses (the rule file's, or by score then committee rank). */
  ranking: Allocation["ranking"];
}

/** A scored round's ranking when its rule file gives none: by score, then the committee's rank. */
const SCORED_RANKING: Allocation["ranking"] = [{ by: "score" }, { by: "committeeRank" }];

/** Throws a scored award's problem at its path from the award (`collectIssues` puts the award's path before it). */
function fail<I extends MessageId>(award: ScoredAward, path: (string | number)[], messageId: I, params: ParamsOf<I>): never {
  return raise("bad_value", path, messageId, params, { ruleId: award.id, clause: award.source.clause });
}

function compileBonus(award: ScoredAward, bonus: Bonus, state: CompileState): CompiledBonus {
  if (bonus.kind !== "perUnit") return { bonus };
  const definition = Object.hasOwn(FACTS, bonus.fact) ? FACTS[bonus.fact] : undefined;
  if (!definition) raise("unknown_fact", ["fact"], "compile.unknownFact", { fact: bonus.fact }, { ruleId: bonus.id });
  if (definition.params.window !== "dated") fail(award, [], "scored.bonusNotDated", { fact: bonus.fact });
  return { bonus, fact: { definition, params: compileParams(bonus.id, bonus.params, state, definition.inputs[0]) } };
}

/**
 * Compiles a scored award: eligibility, vetoes, grade caps and forced grades become closures;
 * grades named by caps and forced grades must be bands; item, section and component ids must
 * be unique.
 *
 * @example
 * ```ts
 * const compiled = compileScoredAward(rulebook.scoredAwards[0], state, 0);
 * ```
 */
/** The grade bands run from the best grade down; every grade the award names is one of them. */
function checkGrades(award: ScoredAward, bands: { grade: string; min?: { value: number } }[]): Map<string, number> {
  const gradeRank = new Map(bands.map((band, index) => [band.grade, index]));
  for (let index = 1; index < bands.length; index += 1) {
    const higher = bands[index - 1]?.min?.value ?? Number.NEGATIVE_INFINITY;
    const lower = bands[index]?.min?.value ?? Number.NEGATIVE_INFINITY;
    if (lower >= higher && !(lower === Number.NEGATIVE_INFINITY && higher === Number.NEGATIVE_INFINITY)) {
      fail(award, ["grades", "bands", index], "scored.bandOrder", { grade: bands[index]?.grade ?? "", above: bands[index - 1]?.grade ?? "" });
    }
  }
  const named = [
    ...award.gradeCaps.map((cap) => cap.highestGrade),
    ...award.forcedGrades.map((forced) => forced.grade),
    ...(award.whenVetoed ? [award.whenVetoed.grade] : []),
    ...award.consequences.flatMap((consequence) => consequence.grades ?? []),
  ];
  for (const grade of named) {
    if (!gradeRank.has(grade)) fail(award, ["grades"], "scored.unknownGrade", { grade, grades: bands.map((band) => band.grade) });
  }
  return gradeRank;
}

/** Each consequence follows from grades or a condition; item ids are unique; component weights add up to 1. */
function checkParts(award: ScoredAward): void {
  award.consequences.forEach((consequence, index) => {
    if ((consequence.grades === undefined) === (consequence.when === undefined)) fail(award, ["consequences", index], "scored.consequenceShape", {});
  });
  const ids = [...(award.rubric?.sections.flatMap((section) => section.items.map((item) => item.id)) ?? []), ...award.bonuses.map((bonus) => bonus.id)];
  const repeated = duplicatesOf(ids)[0];
  if (repeated !== undefined) fail(award, ["rubric"], "scored.itemTwice", { id: repeated });
  if (award.composite) {
    const sum = award.composite.components.reduce((total, component) => total + component.weight, 0);
    if (Math.abs(sum - 1) > 1e-9) fail(award, ["composite"], "scored.weights", { sum });
  }
}

export function compileScoredAward(award: ScoredAward, state: CompileState, index: number): CompiledScoredAward {
  const at = (...path: (string | number)[]): (string | number)[] => ["scoredAwards", index, ...path];
  const gradeRank = collectIssues(state, at(), () => checkGrades(award, award.grades?.bands ?? []), new Map<string, number>());
  collectIssues(state, at(), () => checkParts(award), undefined);
  return {
    award,
    audience: award.audience ? compileCondition(award.audience, state, undefined, at("audience")) : undefined,
    eligibility: award.eligibility ? compileCondition(award.eligibility, state, undefined, at("eligibility")) : undefined,
    vetoes: award.vetoes.map((veto, i) => compileCondition(veto, state, undefined, at("vetoes", i))),
    gradeCaps: award.gradeCaps.map((cap, i) => ({ id: cap.id, when: compileCondition(cap.when, state, undefined, at("gradeCaps", i, "when")) })),
    forcedGrades: award.forcedGrades.map((forced, i) => ({ id: forced.id, when: compileCondition(forced.when, state, undefined, at("forcedGrades", i, "when")) })),
    bonuses: award.bonuses.map((bonus, i) => collectIssues(state, at("bonuses", i), () => compileBonus(award, bonus, state), { bonus })),
    consequences: award.consequences.map((consequence, i) => ({
      id: consequence.id,
      when: consequence.when ? compileCondition(consequence.when, state, undefined, at("consequences", i, "when")) : undefined,
    })),
    gradeRank,
    ranking: award.allocation?.ranking ?? SCORED_RANKING,
  };
}
