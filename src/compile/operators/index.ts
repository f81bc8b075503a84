import { appraisalPattern } from "./appraisalPattern.js";
import { basicOperators } from "./basicOperators.js";
import type { OperatorDefinition } from "./types.js";
import { withinRoundWindow } from "./withinRoundWindow.js";
import { deepFreeze } from "../../util/deepFreeze.js";

/**
 * Every operator a rule file may name: json-rules-engine's built-ins plus `countAtLeast`,
 * `countAtMost`, `appraisalPattern` and `withinRoundWindow`.
 *
 * @example
 * ```ts
 * Object.keys(OPERATORS).includes("appraisalPattern"); // true
 * ```
 */
export const OPERATORS: Readonly<Record<string, OperatorDefinition>> = deepFreeze({
  ...basicOperators,
  appraisalPattern,
  withinRoundWindow,
});

export type { OperatorDefinition, OperatorScope } from "./types.js";
