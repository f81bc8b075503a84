import { CHECK_MESSAGES } from "../schema/checkMessages.js";
import type { Message, MessageParams } from "../text/defineMessage.js";
import { AFTER_ROUND_MESSAGES } from "./catalog/afterRound.js";
import { AWARD_MESSAGES } from "./catalog/awards.js";
import { COMMITTEE_MESSAGES } from "./catalog/committee.js";
import { COMPILE_MESSAGES, ENGINE_MESSAGES } from "./catalog/compile.js";
import { DIFF_MESSAGES } from "./catalog/diff.js";
import { CLI_MESSAGES, FILE_MESSAGES } from "./catalog/files.js";
import { HOLDER_MESSAGES } from "./catalog/holders.js";
import { INPUT_MESSAGES, PLAIN_DATA_MESSAGES } from "./catalog/input.js";
import { LINT_MESSAGES } from "./catalog/lint.js";
import { OPERATOR_MESSAGES } from "./catalog/operators.js";
import { DATE_MESSAGES, OPTION_MESSAGES } from "./catalog/options.js";
import { EXPLAIN_MESSAGES } from "./catalog/explain.js";
import { OUTCOME_MESSAGES } from "./catalog/outcomes.js";
import { PARAMS_MESSAGES } from "./catalog/params.js";
import { PAY_MESSAGES } from "./catalog/pay.js";
import { PLACE_MESSAGES } from "./catalog/places.js";
import { RECORD_MESSAGES, SCORE_MESSAGES } from "./catalog/record.js";
import { ROUND_MESSAGES } from "./catalog/round.js";
import { ROUND_NOTE_MESSAGES } from "./catalog/roundNotes.js";
import { RULEBOOK_MESSAGES } from "./catalog/rulebook.js";
import { REVIEW_MESSAGES } from "./catalog/review.js";
import { REVIEW_PAGE_MESSAGES } from "./catalog/reviewPage.js";
import { SCHEMA_MESSAGES } from "./catalog/schema.js";
import { SHEET_MESSAGES } from "./catalog/sheets.js";
import { SHEET_WORD_MESSAGES } from "./catalog/sheetWords.js";
import { SCORED_MESSAGES } from "./catalog/scored.js";

/**
 * Every message the library words, by id, each in English and Chinese (the groups are in
 * `catalog/`; the schemas' own, which zod must word, in `src/schema/checkMessages.ts`).
 *
 * @example
 * ```ts
 * CATALOG["input.tooDeep"].en({ max: 12 }); // "nested deeper than 12 levels"
 * ```
 */
export const CATALOG = {
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
  ...SCORE_MESSAGES,
  ...PAY_MESSAGES,
  ...AFTER_ROUND_MESSAGES,
  ...ENGINE_MESSAGES,
  ...FILE_MESSAGES,
  ...CLI_MESSAGES,
  ...ROUND_MESSAGES,
  ...COMMITTEE_MESSAGES,
  ...LINT_MESSAGES,
  ...DIFF_MESSAGES,
  ...SHEET_MESSAGES,
  ...SHEET_WORD_MESSAGES,
  ...EXPLAIN_MESSAGES,
  ...OUTCOME_MESSAGES,
  ...SCORED_MESSAGES,
  ...PLACE_MESSAGES,
  ...ROUND_NOTE_MESSAGES,
  ...HOLDER_MESSAGES,
  ...REVIEW_MESSAGES,
  ...REVIEW_PAGE_MESSAGES,
} as const;

/**
 * The id of a message of the catalog (`"schema.invalidType"`, `"option.notBoolean"`…).
 *
 * @example
 * ```ts
 * const id: MessageId = "input.tooDeep";
 * ```
 */
export type MessageId = keyof typeof CATALOG;

/**
 * The params a message of the catalog is rendered from.
 *
 * @example
 * ```ts
 * const params: ParamsOf<"input.tooDeep"> = { max: 12 };
 * ```
 */
export type ParamsOf<I extends MessageId> = I extends MessageId ? ((typeof CATALOG)[I] extends Message<infer P> ? P : never) : never;

/**
 * Whether a text is the id of a message of the catalog.
 *
 * @example
 * ```ts
 * isMessageId("input.tooDeep"); // true
 * ```
 */
export function isMessageId(id: unknown): id is MessageId {
  return typeof id === "string" && Object.hasOwn(CATALOG, id);
}

/**
 * The message of an id, with its params loosely typed (for an id read from data).
 *
 * @example
 * ```ts
 * messageOf("input.tooDeep").zh({ max: 12 }); // "嵌套超过 12 层"
 * ```
 */
export function messageOf(id: MessageId): Message<MessageParams> {
  return CATALOG[id] as unknown as Message<MessageParams>;
}

/**
 * A message as data: an id of the catalog with its params, checked against each other.
 *
 * @example
 * ```ts
 * const ref: MessageRef = { messageId: "input.tooDeep", params: { max: 12 } };
 * ```
 */
export type MessageRef = { [I in MessageId]: { messageId: I; params: ParamsOf<I> } }[MessageId];
