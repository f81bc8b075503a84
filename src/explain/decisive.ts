import type { TraceNode } from "../evaluate/types.js";
import { checkShape } from "../door/shape.js";
import { TRACE_NODE } from "../door/resultShapes.js";

/**
 * The leaves that decide a node's status: for a pass, the passing leaves along the passing path
 * (one passing option of an "any"); for a fail or unknown, the failing or unknown leaves under it.
 *
 * @example
 * ```ts
 * decisiveLeaves(result.categories[0].levels[0].conditions).map((leaf) => leaf.id); // ["staff.1.3"]
 * ```
 */
export function decisiveLeaves(node: TraceNode): TraceNode[] {
  node = checkShape(node, TRACE_NODE, ["node"]) as TraceNode;
  return leavesDeciding(node);
}

/** `decisiveLeaves` of a node already checked. */
function leavesDeciding(node: TraceNode): TraceNode[] {
  if (node.children.length === 0) return [node];
  if (node.status === "pass") {
    const taken = node.kind === "any" ? node.children.filter((child) => child.status === "pass").slice(0, 1) : node.children.filter((child) => child.status === "pass");
    return taken.flatMap((child) => leavesDeciding(child));
  }
  return node.children.filter((child) => child.status === node.status || (node.kind === "any" && child.status !== "pass")).flatMap((child) => leavesDeciding(child));
}

/**
 * The leaves that decide a level, whose status is that of its gates in order: the shared
 * requirements, the category's audience, then its own conditions. A level that passes is decided
 * by its own conditions' passing leaves (the gates every level shares are said once, above).
 * A level that fails is decided by the leaves of every gate that fails — the shared
 * requirements' too, so a level whose own conditions hold but whose requirements fail names the
 * failing requirement; a level still open, by the leaves of every gate still open.
 *
 * @example
 * ```ts
 * levelDecisiveLeaves([result.requirements, category.audience], level).map((leaf) => leaf.citation); // ["000 §三(一)"]
 * ```
 */
export function levelDecisiveLeaves(shared: readonly (TraceNode | null)[], level: { status: TraceNode["status"]; conditions: TraceNode }): TraceNode[] {
  if (level.status === "pass") return leavesDeciding(level.conditions);
  const gates = [...shared, level.conditions].filter((gate): gate is TraceNode => gate !== null && gate.status === level.status);
  return gates.flatMap((gate) => leavesDeciding(gate));
}
