import type { CompiledNode } from "./compiledNode.js";
import { FALSE, TRUE, UNKNOWN, type EvaluationContext, type Tri } from "./context.js";
import { Emitter } from "./emitter.js";

/** Writes a tree's verdict and its missing inputs: the verdict emitter, each composite node keeping the mark to take back to. */
export class MissingEmitter extends Emitter {
  /** Per unknown leaf written out: the names of what it misses. */
  readonly missers: ((ctx: EvaluationContext) => string[])[] = [];

  override node(node: CompiledNode): string {
    if (node.leaf !== undefined) {
      const value = super.node(node);
      const leaf = node.leaf;
      // names fixed for the leaf are made once; others are read from the record and its date
      const fixed = leaf.factDefinition.missingWhenUnknown?.(leaf.params);
      const at = this.missers.push(fixed !== undefined ? () => fixed : (ctx) => leaf.factDefinition.missing(ctx, leaf.params, leaf.read(ctx))) - 1;
      this.lines.push(`if (${value} === 2) { const names = X[${at}](ctx); for (let i = 0; i < names.length; i += 1) into.push(names[i]); }`);
      return value;
    }
    const out = this.fresh("v");
    const children = node.children;
    if (node.kind === "not") {
      const value = this.node(children[0] as CompiledNode);
      this.lines.push(`const ${out} = ${value} === 2 ? 2 : ${value} === 1 ? 0 : 1;`);
      return out;
    }
    // all: every child; any: one; atLeast: k
    const needed = node.kind === "all" ? children.length : node.kind === "any" ? 1 : node.atLeast;
    const [label, mark, passed, unknown] = [this.fresh("b"), this.fresh("m"), this.fresh("p"), this.fresh("u")];
    this.lines.push(`let ${out} = 2;`, `const ${mark} = into.length;`, `let ${passed} = 0, ${unknown} = 0;`, `${label}: {`);
    // a child that settles has taken back what it pushed (a leaf pushes only when unknown): nothing to undo per child
    children.forEach((child, index) => {
      const value = this.node(child);
      this.lines.push(
        `if (${value} === 1) ${passed} += 1; else if (${value} === 2) ${unknown} += 1;`,
        `if (${passed} >= ${needed}) { if (into.length !== ${mark}) into.length = ${mark}; ${out} = 1; break ${label}; }`,
        `if (${passed} + ${unknown} + ${children.length - index - 1} < ${needed}) { if (into.length !== ${mark}) into.length = ${mark}; ${out} = 0; break ${label}; }`,
      );
    });
    this.lines.push(
      `${out} = ${passed} >= ${needed} ? 1 : ${passed} + ${unknown} >= ${needed} ? 2 : 0;`,
      `if (${out} !== 2 && into.length !== ${mark}) into.length = ${mark};`,
      "}",
    );
    return out;
  }
}

/**
 * The inputs still needed under a node (as `collectMissing` finds them in its trace): its status,
 * and, when it is unknown, the missing inputs of the unknown leaves reached through unknown nodes.
 * A node stops at the first child that settles it (what it would add is dropped then anyway). The
 * generated function does the same in one piece; this walk is where code cannot be generated.
 *
 * @example
 * ```ts
 * const names: string[] = [];
 * walkMissing(level.conditions, ctx, names); // 2, names: ["attestation[staff.1.1]"]
 * ```
 */
export function walkMissing(node: CompiledNode, ctx: EvaluationContext, into: string[]): Tri {
  const leaf = node.leaf;
  if (leaf !== undefined) {
    const status = node.verdict(ctx);
    if (status === UNKNOWN) for (const name of leaf.factDefinition.missing(ctx, leaf.params, leaf.read(ctx))) into.push(name);
    return status;
  }
  const mark = into.length;
  const children = node.children;
  if (node.kind === "not") {
    const status = walkMissing(children[0] as CompiledNode, ctx, into);
    return status === UNKNOWN ? UNKNOWN : status === TRUE ? FALSE : TRUE;
  }
  // all: at least every child; any: at least one; atLeast: at least k
  const needed = node.kind === "all" ? children.length : node.kind === "any" ? 1 : node.atLeast;
  let passed = 0;
  let unknown = 0;
  for (let index = 0; index < children.length; index += 1) {
    const before = into.length;
    const status = walkMissing(children[index] as CompiledNode, ctx, into);
    if (status === TRUE) passed += 1;
    else if (status === UNKNOWN) unknown += 1;
    if (status !== UNKNOWN) into.length = before; // a settled child needs nothing
    if (passed >= needed) {
      into.length = mark;
      return TRUE;
    }
    if (passed + unknown + (children.length - index - 1) < needed) {
      into.length = mark;
      return FALSE;
    }
  }
  // reached only when no child settled it, or it has no children
  const status = passed >= needed ? TRUE : passed + unknown >= needed ? UNKNOWN : FALSE;
  if (status !== UNKNOWN) into.length = mark;
  return status;
}
