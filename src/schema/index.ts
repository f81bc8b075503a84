/**
 * award-rules/schema: the zod schemas every rule file, record and policy test is checked
 * against (the one source of the types and of the JSON Schemas shipped in `rules/schema/`), and
 * the JSON Schemas made from them. The main entry checks inputs without loading zod; import this
 * to build on the schemas.
 *
 * @example
 * ```ts
 * import { CandidateRecordSchema, rulebookJsonSchema } from "award-rules/schema";
 * CandidateRecordSchema.safeParse({ id: "T-1" }).success; // true
 * ```
 *
 * @packageDocumentation
 * @module award-rules/schema
 */
export * from "./primitives.js";
export * from "./candidate.js";
export * from "./condition.js";
export * from "./rulebook.js";
export * from "./scoring.js";
export * from "./quantity.js";
export * from "./afterRound.js";
export * from "./entitlements.js";
export * from "./allocation.js";
export { DEFAULT_RANKING } from "./defaults.js";
export * from "./candidacy.js";
export * from "./policyTest.js";
export { rulebookJsonSchema, candidateJsonSchema, policyTestJsonSchema } from "./jsonSchema.js";
