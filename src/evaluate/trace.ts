import type { CompiledLeaf, CompiledNode } from "../compile/compiledNode.js";
import { FALSE, TRUE, UNKNOWN, type EvaluationContext, type Tri } from "../compile/context.js";
import type { FactLabels, Language } from "../compile/facts/types.js";
import type { Source } from "../schema/rulebookTypes.js";
import type { EvaluationResult, NodeStatus, Refusal, TraceNode } from "./types.js";
import { checkShape } from "../door/shape.js";
import { EVALUATION_RESULT } from "../door/resultShapes.js";
import { allOf, anyOf, atLeastOf, notOf } from "../semantics/tri.js";

/** `pass`, `fail`, `unknown` for TRUE, FALSE, UNKNOWN. */
export const STATUS: readonly NodeStatus[] = ["fail", "pass", "unknown"];
const MARK = ["✗", "✓", "?"] as const;

/**
 * A clause citation as printed in reasons: `000 §四(一)1(6)③`.
 *
 * @example
 * ```ts
 * citationOf({ document: "000", clause: "§四(一)1(6)③" }); // "000 §四(一)1(6)③"
 * ```
 */
export function citationOf(source: Source): string {
  return `${source.document} ${source.clause}`;
}

/**
 * A composite node's three-valued status from its children's: `all`, `any`, `not` and "at least k".
 *
 * @example
 * ```ts
 * combine("any", [FALSE, UNKNOWN], 0); // UNKNOWN
 * ```
 */
export function combine(kind: CompiledNode["kind"], statuses: Tri[], atLeast: number): Tri {
  // the semantics' own combinators (src/semantics/tri.ts), over statuses already read
  const read = (index: number): Tri => statuses[index]!;
  switch (kind) {
    case "all":
      return allOf(statuses.length, read);
    case "any":
      return anyOf(statuses.length, read);
    case "not":
      return notOf(statuses[0]!);
    default:
      return atLeastOf(atLeast, statuses.length, read);
  }
}

function compositeReason(node: CompiledNode, status: Tri, passed: number, count: number): { zh: string; en: string } {
  const key = status * 10_000 + passed;
  let reason = node.reasons.get(key);
  if (reason === undefined) {
    const word = (language: Language): string => {
      const tally =
        language === "zh"
          ? `（${count} 项中 ${passed} 项满足${node.kind === "atLeast" ? `，需 ${node.atLeast} 项` : ""}）`
          : ` (${passed} of ${count} met${node.kind === "atLeast" ? `, ${node.atLeast} needed` : ""})`;
      return `${node.source.label[language]}${node.kind === "not" ? "" : tally} ${MARK[status]} (${node.citation})`;
    };
    reason = Object.freeze({ zh: word("zh"), en: word("en") });
    node.reasons.set(key, reason);
  }
  return reason;
}

function leafReason(node: CompiledNode, leaf: CompiledLeaf, value: unknown, status: Tri, labels: FactLabels, language: Language): string {
  const read = leaf.factDefinition.describe(value, leaf.params, language, labels);
  const summary = value === undefined ? "" : (leaf.operatorDefinition.summary?.(value, leaf.arg, language) ?? "");
  return `${node.source.label[language]}${language === "zh" ? "：" : ": "}${read}${summary} ${MARK[status]} (${node.citation})`;
}

/** Reasons kept per leaf and status for each plain value read, up to this many (a count of days may take many values). */
const KEPT_VALUE_REASONS = 256;

/**
 * A leaf's reason in both languages. Its words depend only on the leaf, the value read and the
 * status, so for a plain value (text, number, yes/no, none) they are worded once, kept and
 * shared (frozen) by every result that reads it, as a composite's are.
 */
function leafReasons(node: CompiledNode, leaf: CompiledLeaf, value: unknown, status: Tri, labels: FactLabels): { zh: string; en: string } {
  const plain = value === undefined || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && !Object.is(value, -0));
  const kept = plain ? node.valueReasons[status] : undefined;
  let reason = kept?.get(value);
  if (reason === undefined) {
    // frozen: the same words are handed to every result that reads this value
    reason = Object.freeze({ zh: leafReason(node, leaf, value, status, labels, "zh"), en: leafReason(node, leaf, value, status, labels, "en") });
    if (kept !== undefined && kept.size < KEPT_VALUE_REASONS) kept.set(value, reason);
  }
  return reason;
}

/**
 * Evaluates a compiled node without short-circuits and returns its full trace: every node's
 * status, the facts each leaf read, and its reason in Chinese and English citing its clause.
 * Facts are read through the evaluation's cache, so each is read once.
 *
 * @example
 * ```ts
 * const trace = traceNode(compiled.awards[0].requirements, ctx, compiled.labels);
 * trace.reason.zh; // "申报要求（2 项中 2 项满足） ✓ (000 §三(一))"
 * ```
 */
export function traceNode(node: CompiledNode, ctx: EvaluationContext, labels: FactLabels): TraceNode {
  const source = node.source;
  const leaf = node.leaf;
  if (leaf === undefined) {
    const count = node.children.length;
    const children = new Array<TraceNode>(count);
    const statuses = new Array<Tri>(count);
    let passed = 0;
    for (let index = 0; index < count; index += 1) {
      const child = traceNode(node.children[index] as CompiledNode, ctx, labels);
      children[index] = child;
      const tri = child.status === "pass" ? TRUE : child.status === "fail" ? FALSE : UNKNOWN;
      statuses[index] = tri;
      if (tri === TRUE) passed += 1;
    }
    const status = combine(node.kind, statuses, node.atLeast);
    return {
      id: source.id,
      kind: node.kind,
      atLeast: node.kind === "atLeast" ? node.atLeast : undefined,
      status: STATUS[status] as NodeStatus,
      label: source.label,
      source: source.source,
      citation: node.citation,
      interpretation: source.interpretation,
      facts: [],
      reason: compositeReason(node, status, passed, count),
      missing: [],
      children,
    };
  }
  const value = leaf.read(ctx);
  const status: Tri = value === undefined ? UNKNOWN : leaf.operatorDefinition.test(value, leaf.arg, ctx, leaf.params);
  return {
    id: source.id,
    kind: "leaf",
    atLeast: undefined,
    status: STATUS[status] as NodeStatus,
    label: source.label,
    source: source.source,
    citation: node.citation,
    interpretation: source.interpretation,
    facts: [{ fact: leaf.fact, params: node.hasParams ? leaf.params.raw : undefined, path: leaf.path, value }],
    rule: { fact: leaf.fact, operator: leaf.operator, value: leaf.value },
    reason: leafReasons(node, leaf, value, status, labels),
    missing: status === UNKNOWN ? leaf.factDefinition.missing(ctx, leaf.params, value) : [],
    children: [],
  };
}

/**
 * The inputs still needed to settle a trace: the missing inputs of every unknown leaf reached
 * through unknown nodes only (a failed or passed branch needs nothing more).
 *
 * @example
 * ```ts
 * collectMissing(trace, new Set()); // Set { "attestation[party.1.1]" }
 * ```
 */
export function collectMissing(trace: TraceNode, into: Set<string>): Set<string> {
  if (trace.status !== "unknown") return into;
  for (const name of trace.missing) into.add(name);
  for (const child of trace.children) collectMissing(child, into);
  return into;
}

/**
 * The root trace nodes of an evaluation, in order: the admission checks, the shared requirements,
 * then each category's audience and levels, then the audiences of the categories the person may
 * not apply for. A tree the award does not have is left out.
 *
 * @example
 * ```ts
 * resultTrees(result).map((tree) => tree.id); // ["admission", "requirements", "party.audience", "party.1", …]
 * ```
 */
export function resultTrees(result: EvaluationResult): TraceNode[] {
  return treesOfResult(checkShape(result, EVALUATION_RESULT, ["result"]) as EvaluationResult);
}

/** `resultTrees` of a result the library made itself (no door: it is trusted). */
export function treesOfResult(result: EvaluationResult): TraceNode[] {
  const trees: TraceNode[] = [];
  if (result.application?.admission) trees.push(result.application.admission);
  if (result.requirements) trees.push(result.requirements);
  for (const category of result.categories) {
    if (category.audience) trees.push(category.audience);
    for (const level of category.levels) trees.push(level.conditions);
  }
  for (const excluded of result.excludedCategories) trees.push(excluded.audience);
  return trees;
}

/**
 * The failing leaves under a failed node, or the node itself when it is a failing leaf.
 *
 * @example
 * ```ts
 * failingLeaves(admissionTrace).map((leaf) => leaf.id); // ["admission.window"]
 * ```
 */
export function failingLeaves(trace: TraceNode): TraceNode[] {
  if (trace.children.length === 0) return trace.status === "fail" ? [trace] : [];
  return trace.children.flatMap(failingLeaves);
}

/**
 * The refusal entries of a tree's failing leaves (as `failingLeaves` of its trace gives them: every
 * failing leaf, under passing branches too), without tracing the rest of the tree.
 *
 * @example
 * ```ts
 * failingLeafRefusals(award.admission, ctx, compiled.labels); // [{ id: "admission.window", reason: { zh, en }, citation }]
 * ```
 */
export function failingLeafRefusals(node: CompiledNode, ctx: EvaluationContext, labels: FactLabels, into: Refusal[] = []): Refusal[] {
  if (node.leaf !== undefined || node.children.length === 0) {
    const reason = failedReason(node, ctx, labels);
    if (reason !== undefined) into.push({ id: node.source.id, reason, citation: node.citation });
    return into;
  }
  for (const child of node.children) failingLeafRefusals(child, ctx, labels, into);
  return into;
}

/**
 * A node's reason, as its trace words it, without tracing its children (their verdicts suffice).
 *
 * @example
 * ```ts
 * nodeReason(category.audience, ctx, compiled.labels).zh; // "员工示范岗对象：… ✗ (000 §二)"
 * ```
 */
export function nodeReason(node: CompiledNode, ctx: EvaluationContext, labels: FactLabels): { zh: string; en: string } {
  const leaf = node.leaf;
  if (leaf !== undefined) {
    const value = leaf.read(ctx);
    const status: Tri = value === undefined ? UNKNOWN : leaf.operatorDefinition.test(value, leaf.arg, ctx, leaf.params);
    return { zh: leafReason(node, leaf, value, status, labels, "zh"), en: leafReason(node, leaf, value, status, labels, "en") };
  }
  const statuses = node.children.map((child) => child.verdict(ctx));
  const passed = statuses.filter((status) => status === TRUE).length;
  return compositeReason(node, combine(node.kind, statuses, node.atLeast), passed, statuses.length);
}

/** A leaf's (or an empty composite's) reason when it fails, else undefined. */
function failedReason(node: CompiledNode, ctx: EvaluationContext, labels: FactLabels): { zh: string; en: string } | undefined {
  const leaf = node.leaf;
  if (leaf === undefined) {
    const status = combine(node.kind, [], node.atLeast);
    return status === FALSE ? compositeReason(node, status, 0, 0) : undefined;
  }
  const value = leaf.read(ctx);
  const status: Tri = value === undefined ? UNKNOWN : leaf.operatorDefinition.test(value, leaf.arg, ctx, leaf.params);
  return status === FALSE ? { zh: leafReason(node, leaf, value, status, labels, "zh"), en: leafReason(node, leaf, value, status, labels, "en") } : undefined;
}
