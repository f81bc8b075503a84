import type { Condition, JsonValue } from "../schema/rulebookTypes.js";
import type { EvaluationContext, Tri } from "./context.js";
import type { FactDefinition } from "./facts/types.js";
import type { OperatorDefinition } from "./operators/types.js";
import type { CompiledParams } from "./params.js";

/** A leaf compiled once: its fact (with a cache slot), params, path and prepared operator value. */
export interface CompiledLeaf {
  fact: string;
  factDefinition: FactDefinition;
  params: CompiledParams;
  path: string | undefined;
  operator: string;
  operatorDefinition: OperatorDefinition;
  value: JsonValue;
  arg: unknown;
  /** The fact cache slot it reads through. */
  slot: number;
  /** The fact's value for this evaluation (read once per slot). */
  read(ctx: EvaluationContext): unknown;
}

/** A condition node compiled once: `verdict` is the fast, short-circuiting three-valued test. */
export interface CompiledNode {
  source: Condition;
  kind: "all" | "any" | "not" | "atLeast" | "leaf";
  children: CompiledNode[];
  atLeast: number;
  leaf: CompiledLeaf | undefined;
  /** `000 §四(一)1(6)③`, computed once. */
  citation: string;
  /** Whether the params of a leaf are non-empty (computed once). */
  hasParams: boolean;
  /** Composite reasons already worded, by status and number of children passed. */
  reasons: Map<number, { zh: string; en: string }>;
  /** A leaf's reasons already worded, by status (fail, pass, unknown) and the plain value read (text, number, yes/no, none). */
  valueReasons: readonly [Map<unknown, { zh: string; en: string }>, Map<unknown, { zh: string; en: string }>, Map<unknown, { zh: string; en: string }>];
  /** The node's three-valued verdict for one evaluation, short-circuiting. */
  verdict(ctx: EvaluationContext): Tri;
}
