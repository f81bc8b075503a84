/**
 * award-rules/json-rules-engine: the bridge to json-rules-engine (rule files keep its condition
 * format): a rule tree as its conditions, and an engine that runs a rulebook's trees. Kept out of
 * the main entry, so importing award-rules does not load json-rules-engine.
 *
 * @example
 * ```ts
 * import { toJsonRulesEngineConditions } from "award-rules/json-rules-engine";
 * ```
 *
 * @packageDocumentation
 * @module award-rules/json-rules-engine
 */
export { createJsonRulesEngine, toJsonRulesEngineConditions } from "./jsonRulesEngine.js";
