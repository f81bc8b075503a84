import type { BilingualText } from "../schema/rulebookTypes.js";
import type { JsonParam } from "../text/defineMessage.js";
import type { MessageId, ParamsOf } from "./catalog.js";
import { messageOf } from "./registry.js";

/**
 * A text a result carries: the words in Chinese and English and, where the library wrote them
 * from the message catalog, the message's id and params (a reason built from a rule file's own
 * label, such as a condition's, has none).
 *
 * @example
 * ```ts
 * const note: ResultText = { zh: "本轮 1 个名额空缺，不另增补", en: "1 of the round's places stay empty", messageId: "quota.roundPlacesEmpty", params: { empty: 1 } };
 * ```
 */
export interface ResultText extends BilingualText {
  /** The message of the catalog the words were rendered from. */
  messageId?: MessageId;
  /** Its params, as plain JSON data. */
  params?: JsonParams;
}

/** A message's params as plain JSON data. */
/** The params of a result text: plain JSON values by name. */
export type JsonParams = { readonly [key: string]: JsonParam };

/**
 * A message of the catalog rendered in both languages, keeping its id and params (frozen: a
 * text may be shared by many results).
 *
 * @example
 * ```ts
 * said("quota.roundPlacesEmpty", { empty: 1 }).zh; // "本轮 1 个名额空缺，不另增补"
 * ```
 */
export function said<I extends MessageId>(messageId: I, params: ParamsOf<I>): Required<ResultText> {
  const message = messageOf(messageId);
  // the params of every message are JSON (`MessageParams`); TypeScript cannot see it through the id
  const plain = frozen(params) as unknown as JsonParams;
  return { zh: message.zh(plain), en: message.en(plain), messageId, params: plain };
}

/** A value frozen through and through: params may be shared by many results (a summary is made once an award). */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) frozen(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * A message of the catalog rendered in both languages, the words alone (for a phrase that goes
 * into another message, or a label).
 *
 * @example
 * ```ts
 * wordsOf("quota.roundTotal", {}); // { zh: "本轮合计", en: "the round in all" }
 * ```
 */
export function wordsOf<I extends MessageId>(messageId: I, params: ParamsOf<I>): BilingualText {
  const message = messageOf(messageId);
  return { zh: message.zh(params), en: message.en(params) };
}

/**
 * A text's two languages alone, as a message's param: a copy, so that a result's params never
 * share a rule file's own label object.
 *
 * @example
 * ```ts
 * pairOf({ zh: "一级示范岗", en: "level-1 model post" }); // { zh: "一级示范岗", en: "level-1 model post" }
 * ```
 */
export function pairOf(text: BilingualText): BilingualText {
  return { zh: text.zh, en: text.en };
}
