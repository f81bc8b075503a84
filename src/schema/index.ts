/**
 * award-rules/schema: the zod schemas every rule file, record and policy test is checked
 * against (the one source of the types and of the JSON Schemas shipped in `rules/schema/`), and
 * the JSON Schemas made from them. The main entry checks inputs without loading zod; import this
 * to build on the schemas.
 *
 * What these schemas promise is what zod promises, no more: they are zod schemas, and
 * `safeParse` behaves as zod's does. In particular they apply none of the library's input bounds
 * (depth, number of values, string and list lengths), and a revoked proxy, a throwing getter or
 * a value nested some thousands of levels deep can make zod throw (a `TypeError` or `RangeError`,
 * not an `AwardRulesError`). For untrusted input use the main entry's doors — `parseCandidate`,
 * `loadRulebook`, `parsePolicyTest` — which read the input once within bounds and give the same
 * issues (a test holds them to zod's).
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
// the types the schemas parse to (and, as `…Input`, what they accept where it differs), generated from them
export type * from "./recordTypes.js";
export type * from "./rulebookTypes.js";
export type * from "./policyTestTypes.js";
