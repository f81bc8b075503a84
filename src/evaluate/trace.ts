import type { CompiledNode } from "../compile/compiledNode.js";
import { FALSE, TRUE, UNKNOWN, type EvaluationContext, type Tri } from "../compile/context.js";
import type { FactLabels, Language } from "../compile/facts/types.js";
import type { Source } from "../schema/primitives.js";
import type { NodeStatus, TraceNode } from "./types.js";

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

function combine(kind: CompiledNode["kind"], statuses: Tri[], atLeast: number): Tri {
  const passed = statuses.filter((status) => status === TRUE).length;
  const unknown = statuses.filter((status) => status === UNKNOWN).length;
  switch (kind) {
    case "all":
      return statuses.includes(FALSE) ? FALSE : unknown > 0 ? UNKNOWN : TRUE;
    case "any":
      return passed > 0 ? TRUE : unknown > 0 ? UNKNOWN : FALSE;
    case "not":
      return statuses[0] === UNKNOWN ? UNKNOWN : statuses[0] === TRUE ? FALSE : TRUE;
    default:
      return passed >= atLeast ? TRUE : passed + unknown >= atLeast ? UNKNOWN : FALSE;
  }
}

function compositeReason(node: CompiledNode, status: Tri, children: TraceNode[], language: Language): string {
  const passed = children.filter((child) => child.status === "pass").length;
  const label = node.source.label[language];
  const cite = citationOf(node.source.source);
  const count =
    language === "zh"
      ? `（${children.length} 项中 ${passed} 项满足${node.kind === "atLeast" ? `，需 ${node.atLeast} 项` : ""}）`
      : ` (${passed} of ${children.length} met${node.kind === "atLeast" ? `, ${node.atLeast} needed` : ""})`;
  return `${label}${node.kind === "not" ? "" : count} ${MARK[status]} (${cite})`;
}

/**
 * Evaluates a compiled node without short-circuits and returns its full trace: every node's
 * status, the facts each leaf read, and its reason in Chinese and English citing its clause.
 * Facts are read through the evaluation's cache, so each is read once.
 *
 * @example
 * ```ts
 * const trace = traceNode(compiled.awards[0].requirements, ctx, compiled.labels);
 * trace.reason.zh; // "申报基本要求（2 项中 2 项满足） ✓ (000 §三(一))"
 * ```
 */
export function traceNode(node: CompiledNode, ctx: EvaluationContext, labels: FactLabels): TraceNode {
  const source = node.source;
  const base = {
    id: source.id,
    kind: node.kind,
    ...(node.kind === "atLeast" ? { atLeast: node.atLeast } : {}),
    label: source.label,
    source: source.source,
    citation: citationOf(source.source),
    ...(source.interpretation ? { interpretation: source.interpretation } : {}),
  };
  const leaf = node.leaf;
  if (leaf === undefined) {
    const children = node.children.map((child) => traceNode(child, ctx, labels));
    const statuses = children.map((child) => STATUS.indexOf(child.status) as Tri);
    const status = combine(node.kind, statuses, node.atLeast);
    return {
      ...base,
      status: STATUS[status] as NodeStatus,
      facts: [],
      reason: { zh: compositeReason(node, status, children, "zh"), en: compositeReason(node, status, children, "en") },
      missing: [],
      children,
    };
  }
  const value = leaf.read(ctx);
  const status: Tri = value === undefined ? UNKNOWN : leaf.operatorDefinition.test(value, leaf.arg, ctx, leaf.params);
  const say = (language: Language): string => {
    const read = leaf.factDefinition.describe(value, leaf.params, language, labels);
    const summary = value === undefined ? "" : (leaf.operatorDefinition.summary?.(value, leaf.arg, language) ?? "");
    const colon = language === "zh" ? "：" : ": ";
    return `${source.label[language]}${colon}${read}${summary} ${MARK[status]} (${base.citation})`;
  };
  return {
    ...base,
    status: STATUS[status] as NodeStatus,
    facts: [
      {
        fact: leaf.fact,
        ...(Object.keys(leaf.params.raw).length > 0 ? { params: leaf.params.raw } : {}),
        ...(leaf.path !== undefined ? { path: leaf.path } : {}),
        value,
      },
    ],
    rule: { fact: leaf.fact, operator: leaf.operator, value: leaf.value },
    reason: { zh: say("zh"), en: say("en") },
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
