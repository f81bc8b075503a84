import type { CompiledScoredAward } from "../../compile/compileScored.js";
import type { EvaluationContext } from "../../compile/context.js";
import type { FactLabels } from "../../compile/facts/types.js";
import { pairOf, said } from "../../messages/said.js";
import { citationOf } from "../trace.js";
import type { BonusScore, ComponentScore, SectionScore } from "./types.js";

const sumOrNull = (values: (number | null)[]): number | null =>
  values.some((value) => value === null) ? null : values.reduce<number>((total, value) => total + (value as number), 0);

/** Rounds a sum of points to 6 decimals, so 0.1 + 0.2 prints as 0.3. */
const tidy = (value: number | null): number | null => (value === null ? null : Math.round(value * 1e6) / 1e6);

/**
 * The rubric as scored: each section's items and subtotal (null while an item is missing), and
 * the missing items' names.
 *
 * @example
 * ```ts
 * scoreRubric(scored, ctx).sections[0].subtotal; // 9
 * ```
 */
export function scoreRubric(compiled: CompiledScoredAward, ctx: EvaluationContext): { sections: SectionScore[]; total: number | null; missing: string[] } {
  const { award } = compiled;
  const given = ctx.record.scores?.[award.id]?.items ?? {};
  const missing: string[] = [];
  const sections = (award.rubric?.sections ?? []).map((section) => {
    const items = section.items.map((item) => {
      const score = Object.hasOwn(given, item.id) ? (given[item.id] as number) : null;
      if (score === null) missing.push(`scores[${award.id}].items[${item.id}]`);
      return { id: item.id, label: item.label, score, max: item.max, citation: citationOf(item.source) };
    });
    return {
      id: section.id,
      label: section.label,
      items,
      subtotal: tidy(sumOrNull(items.map((item) => item.score))),
      max: items.reduce((total, item) => total + item.max, 0),
      printedMax: section.printedMax ?? null,
      citation: citationOf(section.source),
    };
  });
  return { sections, total: award.rubric ? tidy(sumOrNull(sections.map((section) => section.subtotal))) : null, missing };
}

/**
 * Bonuses: per-unit bonuses count their fact's items (e.g. verified commendations) and are
 * capped; deployment-set items take the points given (validated against the deployment's maximum).
 *
 * @example
 * ```ts
 * scoreBonuses(scored, ctx, labels).bonuses[0]; // { beforeCap: 12, afterCap: 10, cap: 10, … }
 * ```
 */
export function scoreBonuses(compiled: CompiledScoredAward, ctx: EvaluationContext, labels: FactLabels): { bonuses: BonusScore[]; missing: string[] } {
  const given = ctx.record.scores?.[compiled.award.id]?.items ?? {};
  const missing: string[] = [];
  const bonuses = compiled.bonuses.map(({ bonus, fact }): BonusScore => {
    const citation = citationOf(bonus.source);
    if (bonus.kind === "deploymentSet" || fact === undefined) {
      const points = Object.hasOwn(given, bonus.id) ? (given[bonus.id] as number) : 0;
      const reason = said("bonus.deploymentSet", { label: pairOf(bonus.label), points: Object.hasOwn(given, bonus.id) ? points : null, citation });
      return { id: bonus.id, label: bonus.label, kind: "deploymentSet", units: null, beforeCap: points, afterCap: points, cap: null, reason, citation };
    }
    const value = fact.definition.read(ctx, fact.params) as unknown[] | undefined;
    if (value === undefined) missing.push(...fact.definition.missing(ctx, fact.params, value));
    const units = value === undefined ? null : value.length;
    const beforeCap = units === null ? null : units * bonus.pointsPerUnit;
    const afterCap = beforeCap === null ? null : Math.min(beforeCap, bonus.cap);
    const read = { zh: fact.definition.describe(value, fact.params, "zh", labels), en: fact.definition.describe(value, fact.params, "en", labels) };
    const reason = said("bonus.perUnit", { label: pairOf(bonus.label), read, pointsPerUnit: bonus.pointsPerUnit, beforeCap, cap: bonus.cap, afterCap, citation });
    return { id: bonus.id, label: bonus.label, kind: "perUnit", units, beforeCap, afterCap, cap: bonus.cap, reason, citation };
  });
  return { bonuses, missing };
}

/**
 * Weighted components: each score (out of its max) scaled to 100 and weighted; the composite
 * is their sum (null while a component is missing).
 *
 * @example
 * ```ts
 * scoreComponents(compiled, ctx).composite; // 0.4 × 90 + 0.3 × 80 + 0.3 × 70 = 81
 * ```
 */
export function scoreComponents(compiled: CompiledScoredAward, ctx: EvaluationContext): { components: ComponentScore[]; composite: number | null; missing: string[] } {
  const { award } = compiled;
  const given = ctx.record.scores?.[award.id]?.components ?? {};
  const missing: string[] = [];
  const components = (award.composite?.components ?? []).map((component) => {
    const score = Object.hasOwn(given, component.id) ? (given[component.id] as number) : null;
    if (score === null) missing.push(`scores[${award.id}].components[${component.id}]`);
    const weighted = score === null ? null : tidy((score / component.max) * 100 * component.weight);
    return { id: component.id, label: component.label, score, max: component.max, weight: component.weight, weighted, citation: citationOf(component.source) };
  });
  return { components, composite: award.composite ? tidy(sumOrNull(components.map((component) => component.weighted))) : null, missing };
}
