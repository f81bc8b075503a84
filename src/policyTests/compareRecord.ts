import type { ScoredResult } from "../evaluate/scored/types.js";
import { treesOfResult } from "../evaluate/trace.js";
import type { EvaluationResult, TraceNode } from "../evaluate/types.js";
import { decisiveLeaves } from "../explain/decisive.js";
import type { RecordExpectation } from "../schema/policyTestTypes.js";
import type { Differences } from "./differences.js";
import type { CompiledRulebook } from "../compile/compileRulebook.js";
import { analyzeGaps, type LevelGap } from "../gaps/analyzeGaps.js";
import { valueWordsZh } from "./valueWords.js";

/** A scored award's figures, in Chinese. */
const SCORED_ZH = {
  score: "得分",
  rubricTotal: "评分细则合计",
  bonusBeforeCap: "封顶前附加分",
  bonusAfterCap: "封顶后附加分",
  composite: "综合分",
  grade: "等次",
  prize: "奖项",
} as const;

function compareGaps(expected: NonNullable<RecordExpectation["gaps"]>, gaps: LevelGap[], differences: Differences): void {
  const sets = (options: string[][]): string[] => options.map((option) => [...option].sort().join(" + ")).sort();
  for (const [index, entry] of expected.entries()) {
    const gap = gaps.find((candidate) => candidate.category === entry.category && candidate.level === entry.level);
    const what = { zh: `${differences.labelZh(entry.category)} ${entry.level} 级所缺条件`, en: `gap of ${entry.category} level ${entry.level}` };
    if (gap === undefined) {
      differences.add(`expected.gaps.${index}`, entry, null, { zh: `${what.zh}：该等级已达到或不可申报`, en: `${what.en}: the level is reached or not open` });
      continue;
    }
    differences.equal(`expected.gaps.${index}.options`, sets(entry.options), sets(gap.options.map((option) => option.map((step) => step.id))), what);
    if (entry.clearsOn !== undefined) {
      const dates = Object.fromEntries(
        gap.options
          .flat()
          .filter((step) => step.clearsOn !== null)
          .map((step) => [step.id, step.clearsOn]),
      );
      differences.equal(`expected.gaps.${index}.clearsOn`, entry.clearsOn, dates, { zh: `${what.zh}的移出日期`, en: `${what.en}: dates blocking records clear` });
    }
  }
}

/** Every trace tree of a result, level award or scored. */
export function treesOf(result: EvaluationResult | ScoredResult): TraceNode[] {
  if ("categories" in result) return treesOfResult(result);
  return [...(result.audience ? [result.audience] : []), ...(result.eligibility ? [result.eligibility] : []), ...result.vetoes];
}

function nodesById(trees: TraceNode[]): Map<string, TraceNode> {
  const found = new Map<string, TraceNode>();
  const walk = (node: TraceNode): void => {
    found.set(node.id, node);
    node.children.forEach(walk);
  };
  trees.forEach(walk);
  return found;
}

/** The clauses the reasons deciding a result cite: decisive conditions, refusals, vetoes that hold, grade steps taken, consequences that apply. */
function decidingCitations(result: EvaluationResult | ScoredResult): Set<string> {
  const cited = new Set<string>();
  for (const tree of treesOf(result)) for (const leaf of decisiveLeaves(tree)) cited.add(leaf.citation);
  if ("categories" in result) {
    for (const refusal of result.refusal) cited.add(refusal.citation);
    return cited;
  }
  for (const refusal of result.refusal) cited.add(refusal.citation);
  for (const step of result.gradeSteps) if (step.status === "pass") cited.add(step.citation);
  for (const consequence of result.consequences) if (consequence.status === "pass") cited.add(consequence.citation);
  for (const bonus of result.bonuses) if ((bonus.afterCap ?? 0) > 0) cited.add(bonus.citation);
  return cited;
}

/**
 * Compares one record's evaluation with what a test expects, field by field (only the fields the
 * test gives); every difference goes to `differences`.
 *
 * @example
 * ```ts
 * compareRecord(expected, evaluate(rulebook, record, options), differences, rulebook);
 * ```
 */
export function compareRecord(expected: RecordExpectation, result: EvaluationResult | ScoredResult, differences: Differences, compiled: CompiledRulebook): void {
  const level = "categories" in result ? result : undefined;
  compareOutcome(expected, result, level, differences);
  compareTrees(expected, result, differences);
  compareScored(expected, level === undefined ? (result as ScoredResult) : undefined, differences);
  if (expected.gaps !== undefined) compareGaps(expected.gaps, level ? analyzeGaps(level, compiled) : [], differences);
}

const at = (key: string): string => `expected.${key}`;

/** The outcome: status, category, level, reward, what an application would come to, every level's status. */
function compareOutcome(expected: RecordExpectation, result: EvaluationResult | ScoredResult, level: EvaluationResult | undefined, differences: Differences): void {
  if (expected.status !== undefined) differences.equal(at("status"), expected.status, result.status, { zh: "结论", en: "status" });
  if (expected.category !== undefined) differences.equal(at("category"), expected.category, level?.category ?? null, { zh: "类别", en: "category" });
  if (expected.level !== undefined) differences.equal(at("level"), expected.level, level?.level ?? null, { zh: "等级", en: "level" });
  if (expected.reward !== undefined) differences.equal(at("reward"), expected.reward, level?.reward ?? null, { zh: "奖励", en: "reward" });
  if (expected.ifApplied !== undefined) {
    const ifApplied = result.ifApplied;
    const actual =
      ifApplied === null
        ? null
        : {
            status: ifApplied.status,
            ...(expected.ifApplied.category !== undefined ? { category: "category" in ifApplied ? ifApplied.category : null } : {}),
            ...(expected.ifApplied.level !== undefined ? { level: "level" in ifApplied ? ifApplied.level : null } : {}),
          };
    differences.equal(at("ifApplied"), expected.ifApplied, actual, { zh: "如申报的结论", en: "outcome if applied" });
  }
  if (expected.levels !== undefined) {
    const levels = Object.fromEntries(
      (level?.categories ?? []).map((category) => [category.id, Object.fromEntries(category.levels.map((entry) => [String(entry.level), entry.status]))]),
    );
    differences.equal(at("levels"), expected.levels, levels, { zh: "各类别各等级", en: "levels" });
  }
}

/** What the traces say: each condition's status, the refusal, the missing inputs, the clauses that decide. */
function compareTrees(expected: RecordExpectation, result: EvaluationResult | ScoredResult, differences: Differences): void {
  const nodes = nodesById(treesOf(result));
  for (const [id, status] of Object.entries(expected.conditions ?? {})) {
    const node = nodes.get(id);
    const zh = node ? `条件“${node.label.zh}”（${node.citation}）` : `条件${differences.labelZh(id)}（本结果中没有）`;
    differences.equal(at(`conditions.${id}`), status, node?.status ?? null, { zh, en: `condition ${id}` });
  }
  if (expected.refusal !== undefined)
    differences.sameSet(
      at("refusal"),
      expected.refusal,
      result.refusal.map((entry) => entry.id),
      { zh: "不予受理的条件", en: "refusal" },
    );
  for (const missing of expected.missingFacts ?? []) {
    if (!result.missingFacts.includes(missing)) {
      differences.add(at("missingFacts"), missing, result.missingFacts, {
        zh: `尚缺信息中应有 ${valueWordsZh(missing, new Map())}`,
        en: `missing facts should include ${missing}`,
      });
    }
  }
  if (expected.cites !== undefined) {
    const cited = decidingCitations(result);
    for (const clause of expected.cites) {
      if (!cited.has(clause)) differences.add(at("cites"), clause, [...cited].sort(), { zh: `决定结论的理由应引用 ${clause}`, en: `a deciding reason should cite ${clause}` });
    }
  }
}

/** A scored award's figures: score, subtotals, vetoes, grade steps, consequences (each null for a level award). */
function compareScored(expected: RecordExpectation, scored: ScoredResult | undefined, differences: Differences): void {
  const numbers = ["score", "rubricTotal", "bonusBeforeCap", "bonusAfterCap", "composite", "grade", "prize"] as const;
  for (const key of numbers) {
    if (expected[key] !== undefined) differences.equal(at(key), expected[key], scored?.[key] ?? null, { zh: SCORED_ZH[key], en: key });
  }
  for (const [id, subtotal] of Object.entries(expected.sections ?? {})) {
    differences.equal(at(`sections.${id}`), subtotal, scored?.sections.find((section) => section.id === id)?.subtotal ?? null, {
      zh: `部分${differences.labelZh(id)}`,
      en: `section ${id}`,
    });
  }
  for (const [id, status] of Object.entries(expected.vetoes ?? {})) {
    differences.equal(at(`vetoes.${id}`), status, scored?.vetoes.find((veto) => veto.id === id)?.status ?? null, { zh: `否决项${differences.labelZh(id)}`, en: `veto ${id}` });
  }
  compareGradeSteps(expected, scored, differences);
  for (const [id, status] of Object.entries(expected.consequences ?? {})) {
    const actual = scored?.consequences.find((consequence) => consequence.id === id)?.status ?? null;
    differences.equal(at(`consequences.${id}`), status, actual, { zh: `后果${differences.labelZh(id)}`, en: `consequence ${id}` });
  }
}

/** Each grade step a test expects is among the result's. */
function compareGradeSteps(expected: RecordExpectation, scored: ScoredResult | undefined, differences: Differences): void {
  for (const [index, step] of (expected.gradeSteps ?? []).entries()) {
    const found = scored?.gradeSteps.some((entry) => entry.kind === step.kind && entry.id === step.id && entry.status === step.status) === true;
    if (found) continue;
    const actual = scored?.gradeSteps.map((entry) => ({ kind: entry.kind, id: entry.id, status: entry.status })) ?? [];
    differences.add(at(`gradeSteps.${index}`), step, actual, {
      zh: `定等步骤中应有${differences.labelZh(step.id)}（${valueWordsZh(step.status, new Map())}）`,
      en: `grade steps should include ${step.kind} ${step.id} ${step.status}`,
    });
  }
}
