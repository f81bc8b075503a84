import type { Message } from "../text/defineMessage.js";
import { CORE_MESSAGES } from "./coreMessages.js";
import { AFTER_ROUND_MESSAGES } from "./catalog/afterRound.js";
import { COMMITTEE_MESSAGES } from "./catalog/committee.js";
import { DIFF_MESSAGES } from "./catalog/diff.js";
import { CLI_MESSAGES } from "./catalog/files.js";
import { LINT_MESSAGES } from "./catalog/lint.js";
import { PAY_MESSAGES } from "./catalog/pay.js";
import { PLACE_MESSAGES } from "./catalog/places.js";
import { SCORE_MESSAGES } from "./catalog/record.js";
import { ROUND_MESSAGES } from "./catalog/round.js";
import { ROUND_NOTE_MESSAGES } from "./catalog/roundNotes.js";
import { REVIEW_MESSAGES } from "./catalog/review.js";
import { REVIEW_PAGE_MESSAGES } from "./catalog/reviewPage.js";
import { SHEET_MESSAGES } from "./catalog/sheets.js";
import { SHEET_WORD_MESSAGES } from "./catalog/sheetWords.js";
import { SCORED_MESSAGES } from "./catalog/scored.js";

/** Every group of the catalog in one table (a function, so a bundle that uses no catalog-wide lookup drops it). */
const allGroups = () =>
  ({
    ...CORE_MESSAGES,
    ...SCORE_MESSAGES,
    ...PAY_MESSAGES,
    ...AFTER_ROUND_MESSAGES,
    ...CLI_MESSAGES,
    ...ROUND_MESSAGES,
    ...COMMITTEE_MESSAGES,
    ...LINT_MESSAGES,
    ...DIFF_MESSAGES,
    ...SHEET_MESSAGES,
    ...SHEET_WORD_MESSAGES,
    ...SCORED_MESSAGES,
    ...PLACE_MESSAGES,
    ...ROUND_NOTE_MESSAGES,
    ...REVIEW_MESSAGES,
    ...REVIEW_PAGE_MESSAGES,
  }) as const;

/** The catalog's table: every message the library words, by id. */
type Catalog = ReturnType<typeof allGroups>;
let made: Catalog | undefined;

/**
 * Every message the library words, by id, each in English and Chinese (the groups are in
 * `catalog/`; the schemas' own, which zod must word, in `src/schema/checkMessages.ts`). The table
 * the library words from at run time is `src/messages/registry.ts`; this one is made on its first
 * use (`isMessageId`, `renderMessage`), not on load, and a bundle without them does not carry
 * every group.
 *
 * @example
 * ```ts
 * catalog()["input.tooDeep"].en({ max: 12 }); // "nested deeper than 12 levels"
 * ```
 */
export function catalog(): Catalog {
  return (made ??= allGroups());
}

/**
 * The id of a message of the catalog (`"schema.invalidType"`, `"option.notBoolean"`…).
 *
 * @example
 * ```ts
 * const id: MessageId = "input.tooDeep";
 * ```
 */
export type MessageId = keyof Catalog;

/**
 * The params a message of the catalog is rendered from.
 *
 * @example
 * ```ts
 * const params: ParamsOf<"input.tooDeep"> = { max: 12 };
 * ```
 */
export type ParamsOf<I extends MessageId> = I extends MessageId ? (Catalog[I] extends Message<infer P> ? P : never) : never;

/**
 * Whether a text is the id of a message of the catalog.
 *
 * @example
 * ```ts
 * isMessageId("input.tooDeep"); // true
 * ```
 */
export function isMessageId(id: unknown): id is MessageId {
  return typeof id === "string" && Object.hasOwn(catalog(), id);
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
