import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import type { Condition, Award } from "../schema/rulebookTypes.js";
import type { CompiledLeaf, CompiledNode } from "./compiledNode.js";
import { NOT_READ, UNKNOWN, type CompileScope, type EvaluationContext, type Tri } from "./context.js";
import { FACTS } from "./facts/index.js";
import { allOf, anyOf, atLeastOf, notOf } from "../semantics/tri.js";
import { OPERATORS } from "./operators/index.js";
import { compileParams, type CompiledParams } from "./params.js";
import { compilePath } from "./path.js";
import { fuseLeaf } from "./fuseLeaf.js";
import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { raise } from "../messages/issueOf.js";
import type { FactDefinition } from "./facts/types.js";
import type { OperatorDefinition } from "./operators/types.js";

/** Shared state while compiling a rulebook: the scope, slot numbers per (fact, params, path), ids seen. */
export interface CompileState extends CompileScope {
  slotOf: Map<string, number>;
  ids: Set<string>;
  /** Every attestation key read so far. */
  attestationKeys: Set<string>;
  /** Every problem found so far, each at its path from the rule file's root: compiling goes on past one. */
  issues: Issue[];
}

/** Where a node or part sits in the rule file, from its root (`["awards", 0, "requirements"]`). */
export type RulePath = (string | number)[];

/**
 * Runs one part of compiling; a compile error it throws is kept in `state.issues` (each issue
 * under `at`, with `extras`' rule id and clause where it has none) and `fallback` is given back,
 * so that the rest of the rule file is still compiled and every problem is reported at once.
 *
 * @example
 * ```ts
 * const gradeRank = collectIssues(state, [], () => checkGrades(award, bands), new Map());
 * ```
 */
export function collectIssues<T>(state: CompileState, at: RulePath, run: () => T, fallback: T, extras: { ruleId?: string; clause?: string } = {}): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof AwardRulesError)) throw error;
    for (const issue of error.issues) {
      const ruleId = issue.ruleId ?? extras.ruleId;
      const clause = issue.clause ?? extras.clause;
      state.issues.push({ ...issue, path: [...at, ...issue.path], ...(ruleId === undefined ? {} : { ruleId }), ...(clause === undefined ? {} : { clause }) });
    }
    return fallback;
  }
}

// the combinators are the semantics' own (src/semantics/tri.ts), reading the children's verdicts
const allOfChildren =
  (children: CompiledNode[]) =>
  (ctx: EvaluationContext): Tri =>
    allOf(children.length, (index) => children[index]!.verdict(ctx));
const anyOfChildren =
  (children: CompiledNode[]) =>
  (ctx: EvaluationContext): Tri =>
    anyOf(children.length, (index) => children[index]!.verdict(ctx));
const atLeastOfChildren =
  (needed: number, children: CompiledNode[]) =>
  (ctx: EvaluationContext): Tri =>
    atLeastOf(needed, children.length, (index) => children[index]!.verdict(ctx));

/** Throws the compile error of a leaf at one of its keys, with its id and clause. */
function leafFail<I extends MessageId>(node: Condition, code: "unknown_fact" | "unknown_operator" | "bad_value", key: string, messageId: I, params: ParamsOf<I>): never {
  return raise(code, [key], messageId, params, { ruleId: node.id, clause: node.source.clause });
}

/** The fact and the operator a leaf names, each as the compiler defines it. */
function leafDefinitions(node: Condition): { fact: string; factDefinition: FactDefinition; operator: string; operatorDefinition: OperatorDefinition } {
  const fact = node.fact as string;
  const factDefinition = Object.hasOwn(FACTS, fact) ? FACTS[fact] : undefined;
  if (!factDefinition) return leafFail(node, "unknown_fact", "fact", "compile.unknownFact", { fact });
  const operator = node.operator as string;
  const operatorDefinition = Object.hasOwn(OPERATORS, operator) ? OPERATORS[operator] : undefined;
  if (!operatorDefinition) return leafFail(node, "unknown_operator", "operator", "compile.unknownOperator", { operator });
  return { fact, factDefinition, operator, operatorDefinition };
}

/** A leaf's window, filter and item against what its fact takes. */
function checkFactParams(node: Condition, fact: string, spec: FactDefinition["params"], params: CompiledParams, state: CompileState): void {
  if (params.window !== undefined) {
    const kind = state.windows[params.window]?.kind;
    if (!spec.window) leafFail(node, "bad_value", "params", "compile.takesNoWindow", { fact });
    if (spec.window === "years" && kind !== "calendarYearsBeforeRound") leafFail(node, "bad_value", "params", "compile.needsYearsWindow", { fact });
  } else if (spec.window === "years") leafFail(node, "bad_value", "params", "compile.needsWindow", { fact });
  if (params.where && !spec.where) leafFail(node, "bad_value", "params", "compile.takesNoWhere", { fact });
  if (Boolean(spec.item) !== (params.item !== undefined)) leafFail(node, "bad_value", "params", spec.item ? "compile.needsItem" : "compile.takesNoItem", { fact });
  const declared = fact === "measure" ? state.rulebook.measures : fact === "flag" ? state.rulebook.flags : undefined;
  if ((fact === "measure" || fact === "flag") && (params.item === undefined || !Object.hasOwn(declared ?? {}, params.item))) {
    leafFail(node, "bad_value", "params", "compile.undeclared", { fact, item: params.item });
  }
}

function compileLeaf(node: Condition, state: CompileState, award: Award | undefined): CompiledLeaf {
  const { fact, factDefinition, operator, operatorDefinition } = leafDefinitions(node);
  const params = compileParams(node.id, node.params, state, factDefinition.gives === "list" || factDefinition.params.where ? factDefinition.inputs[0] : undefined);
  checkFactParams(node, fact, factDefinition.params, params, state);
  if (fact === "attestation" && params.item !== undefined) state.attestationKeys.add(params.item);
  const arg = operatorDefinition.prepare(node.value ?? null, { ...state, award, ruleId: node.id });
  if (node.path !== undefined && (factDefinition.gives === "list" || factDefinition.gives === "appraisals")) {
    leafFail(node, "bad_value", "path", "compile.pathIntoWhole", { fact, gives: factDefinition.gives });
  }
  const getPath = node.path === undefined ? undefined : compilePath(node.path, node.id);
  const slotKey = `${fact}\u0000${params.key}\u0000${node.path ?? ""}`;
  let slot = state.slotOf.get(slotKey);
  if (slot === undefined) {
    slot = state.slotOf.size;
    state.slotOf.set(slotKey, slot);
  }
  const index = slot;
  const dated = factDefinition.gives === "list";
  return {
    fact,
    factDefinition,
    params,
    path: node.path,
    operator,
    operatorDefinition,
    value: node.value ?? null,
    arg,
    slot: index,
    read: (ctx) => {
      const slots = ctx.slotsOf();
      const cached = slots[index];
      // a dated list's slot may hold a fused leaf's count (a number) rather than the list
      if (cached !== NOT_READ && !(dated && typeof cached === "number")) return cached;
      const raw = factDefinition.read(ctx, params);
      const value = getPath === undefined || raw === undefined ? raw : getPath(raw);
      slots[index] = value;
      return value;
    },
  };
}

/**
 * Compiles a condition tree once into closures: checks every fact, operator, window, scale
 * and id, and gives each distinct fact read a cache slot. A problem is kept in `state.issues` at
 * its path from the rule file's root (`at` is where the tree sits), and compiling goes on, so that
 * every problem of the file is found.
 *
 * @example
 * ```ts
 * const node = compileCondition(rulebook.awards[0].requirements, state, rulebook.awards[0], ["awards", 0, "requirements"]);
 * node.verdict(ctx); // TRUE, FALSE or UNKNOWN
 * ```
 */
export function compileCondition(node: Condition, state: CompileState, award: Award | undefined, at: RulePath): CompiledNode {
  const own = { ruleId: node.id, clause: node.source.clause };
  if (state.ids.has(node.id)) collectIssues(state, at, () => raise("duplicate_id", ["id"], "compile.duplicateConditionId", { id: node.id }, own), undefined);
  state.ids.add(node.id);
  const compileAll = (nodes: Condition[], key: string): CompiledNode[] => nodes.map((child, index) => compileCondition(child, state, award, [...at, key, index]));
  const base = {
    source: node,
    atLeast: 0,
    leaf: undefined,
    citation: `${node.source.document} ${node.source.clause}`,
    hasParams: node.params !== undefined && Object.keys(node.params).length > 0,
    reasons: new Map<number, { zh: string; en: string }>(),
    valueReasons: [new Map(), new Map(), new Map()] as CompiledNode["valueReasons"],
  };
  if (node.all) {
    const children = compileAll(node.all, "all");
    return { ...base, kind: "all", children, verdict: allOfChildren(children) };
  }
  if (node.any) {
    const children = compileAll(node.any, "any");
    return { ...base, kind: "any", children, verdict: anyOfChildren(children) };
  }
  if (node.not) {
    const child = compileCondition(node.not, state, award, [...at, "not"]);
    return {
      ...base,
      kind: "not",
      children: [child],
      verdict: (ctx) => {
        const verdict = child.verdict(ctx);
        return notOf(verdict);
      },
    };
  }
  if (node.of && node.atLeast !== undefined) {
    const children = compileAll(node.of, "of");
    return { ...base, kind: "atLeast", children, atLeast: node.atLeast, verdict: atLeastOfChildren(node.atLeast, children) };
  }
  const leaf = collectIssues(state, at, () => compileLeaf(node, state, award), undefined, own);
  // a leaf the compiler refused: its problem is kept, and the rulebook is refused once every tree is compiled
  if (leaf === undefined) return { ...base, kind: "leaf", children: [], leaf: undefined, verdict: () => UNKNOWN };
  const { operatorDefinition, arg, params } = leaf;
  const fused = fuseLeaf({ fact: leaf.fact, operator: leaf.operator, params, arg, hasPath: leaf.path !== undefined, slot: leaf.slot });
  return {
    ...base,
    kind: "leaf",
    children: [],
    leaf,
    verdict:
      fused ??
      ((ctx) => {
        const value = leaf.read(ctx);
        return value === undefined ? UNKNOWN : operatorDefinition.test(value, arg, ctx, params);
      }),
  };
}
