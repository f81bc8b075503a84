import { datedFacts } from "./datedFacts.js";
import { personFacts } from "./personFacts.js";
import type { FactDefinition } from "./types.js";
import { yearlyFacts } from "./yearlyFacts.js";
import { deepFreeze } from "../../util/deepFreeze.js";

/**
 * Every fact a rule file may name. A rule naming any other fact is refused when the rulebook
 * is compiled (`unknown_fact`).
 *
 * @example
 * ```ts
 * Object.keys(FACTS); // ["partyMember", "role", …, "annualAppraisals", …]
 * ```
 */
export const FACTS: Readonly<Record<string, FactDefinition>> = deepFreeze({ ...personFacts, ...datedFacts, ...yearlyFacts });

export type { FactDefinition, FactLabels, FactParamsSpec, FactValueKind, Language } from "./types.js";
export type { AppraisalWindow, AppraisalYear } from "./yearlyFacts.js";
