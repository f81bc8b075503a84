/**
 * award-rules/reference: the facts and operators a rule file may name, each with its label,
 * the record fields it reads, what it gives, its params and an example (`docs/reference/` is
 * made from these), and the compiled forms they work on (types only: a compiled rulebook's trees,
 * an evaluation's context), for those who write their own.
 *
 * @example
 * ```ts
 * import { FACTS, OPERATORS } from "award-rules/reference";
 * Object.keys(FACTS).includes("complaints"); // true
 * ```
 *
 * @packageDocumentation
 * @module award-rules/reference
 */
export { FACTS } from "./facts/index.js";
export { OPERATORS } from "./operators/index.js";
export type { FactDefinition, FactLabels, FactParamsSpec, FactValueKind, Language, AppraisalWindow, AppraisalYear } from "./facts/index.js";
export type { OperatorDefinition, OperatorScope } from "./operators/index.js";
export type { OperatorDoc } from "./operators/types.js";
export type { CompiledNode, CompiledLeaf } from "./compiledNode.js";
export type { CompiledParams } from "./params.js";
export type { EvaluationContext, WindowCache, Tri, CompileScope } from "./context.js";
export type { AwardDecision } from "../semantics/decide.js";
export type { NodeStatus } from "../semantics/tri.js";
export type { VerdictLayout } from "../semantics/verdictLayout.js";
export type { ResolvedWindow } from "./windows.js";
export type { RecordView, AttestationView } from "../records/keptRecords.js";
