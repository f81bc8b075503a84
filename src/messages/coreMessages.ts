import { CHECK_MESSAGES } from "../schema/checkMessages.js";
import { AWARD_MESSAGES } from "./catalog/awards.js";
import { COMPILE_MESSAGES, ENGINE_MESSAGES } from "./catalog/compile.js";
import { EXPLAIN_MESSAGES } from "./catalog/explain.js";
import { FILE_MESSAGES } from "./catalog/files.js";
import { HOLDER_MESSAGES } from "./catalog/holders.js";
import { INPUT_MESSAGES, PLAIN_DATA_MESSAGES } from "./catalog/input.js";
import { OPERATOR_MESSAGES } from "./catalog/operators.js";
import { DATE_MESSAGES, OPTION_MESSAGES } from "./catalog/options.js";
import { OUTCOME_MESSAGES } from "./catalog/outcomes.js";
import { PARAMS_MESSAGES } from "./catalog/params.js";
import { RECORD_MESSAGES } from "./catalog/record.js";
import { RULEBOOK_MESSAGES } from "./catalog/rulebook.js";
import { SCHEMA_MESSAGES } from "./catalog/schema.js";

/**
 * The groups of messages loading a rule file, evaluating, explaining and the doors word: the
 * registry starts with them (see `src/messages/registry.ts`); the others are registered by the
 * public functions that word them.
 *
 * @example
 * ```ts
 * CORE_MESSAGES["input.tooDeep"].en({ max: 12 }); // "nested deeper than 12 levels"
 * ```
 */
export const CORE_MESSAGES = {
  ...SCHEMA_MESSAGES,
  ...CHECK_MESSAGES,
  ...INPUT_MESSAGES,
  ...OPTION_MESSAGES,
  ...DATE_MESSAGES,
  ...PLAIN_DATA_MESSAGES,
  ...COMPILE_MESSAGES,
  ...PARAMS_MESSAGES,
  ...OPERATOR_MESSAGES,
  ...RULEBOOK_MESSAGES,
  ...AWARD_MESSAGES,
  ...RECORD_MESSAGES,
  ...ENGINE_MESSAGES,
  ...FILE_MESSAGES,
  ...EXPLAIN_MESSAGES,
  ...OUTCOME_MESSAGES,
  ...HOLDER_MESSAGES,
} as const;
