import type { MessageLanguage } from "../text/defineMessage.js";
import { describeValue } from "../text/describeValue.js";
import { isMessageId, messageOf, type MessageId, type ParamsOf } from "./catalog.js";
import { raise } from "./issueOf.js";

/**
 * A message of the catalog in the language asked, from its params: how an issue's `messageId` and
 * `params` read in English or Chinese. An unknown id or language, or params that do not fit the
 * message, is an `invalid_option` error.
 *
 * @example
 * ```ts
 * renderMessage("input.tooDeep", { max: 12 }, "zh"); // "嵌套超过 12 层"
 * renderMessage("input.tooDeep", { max: 12 }, "en"); // "nested deeper than 12 levels"
 * ```
 */
export function renderMessage<I extends MessageId>(id: I, params: ParamsOf<I>, language: MessageLanguage): string {
  if (!isMessageId(id)) return raise("invalid_option", ["id"], "option.unknownMessage", { got: describeValue(id) });
  if (language !== "zh" && language !== "en")
    return raise("invalid_option", ["language"], "option.notOneOf", { path: "language", allowed: ["zh", "en"], got: describeValue(language) });
  if (params === null || typeof params !== "object") return raise("invalid_option", ["params"], "option.notObject", { path: "params", got: describeValue(params) });
  try {
    return String(messageOf(id)[language](params));
  } catch {
    return raise("invalid_option", ["params"], "option.paramsMisfit", { id });
  }
}
