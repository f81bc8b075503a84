import { AwardRulesError, type Issue, type IssueCode, type SafeResult } from "../errors/AwardRulesError.js";
import type { JsonParam, MessageLanguage, MessageParams } from "../text/defineMessage.js";
import { describeValue } from "../text/describeValue.js";
import { catalog, isMessageId, type MessageId, type ParamsOf } from "./catalog.js";
import { messageOf, registerMessages } from "./registry.js";

/**
 * Params as plain JSON data: an optional param left undefined is dropped, so that an issue's
 * params are equal to their JSON copy.
 *
 * @example
 * ```ts
 * plainParams({ key: "awrd", near: undefined }); // { key: "awrd" }
 * ```
 */
export function plainParams(params: MessageParams): { [key: string]: JsonParam } {
  const plain: { [key: string]: JsonParam } = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) plain[key] = value;
  return plain;
}

/**
 * A message as an issue or a finding carries it: the id and its params as plain data, and the text
 * rendered from them in English (`message`) and Chinese (`zh`).
 *
 * @example
 * ```ts
 * renderedMessage("input.tooDeep", { max: 12 });
 * // { messageId: "input.tooDeep", params: { max: 12 }, message: "nested deeper than 12 levels", zh: "嵌套超过 12 层" }
 * ```
 */
export function renderedMessage<I extends MessageId>(messageId: I, params: ParamsOf<I>): { messageId: I; params: { [key: string]: JsonParam }; message: string; zh: string } {
  const plain = plainParams(params);
  const message = messageOf(messageId);
  return { messageId, params: plain, message: message.en(plain), zh: message.zh(plain) };
}

/** What an issue may carry besides its message: the rule and clause it concerns. */
export interface IssueExtras {
  ruleId?: string | undefined;
  clause?: string | undefined;
  /** The unknown key an unknown-key issue names (see `Issue.keys`). */
  keys?: string[] | undefined;
}

/**
 * One issue, its message taken from the catalog: the id and params as data, the English `message`
 * and the Chinese `zh` rendered from them.
 *
 * @example
 * ```ts
 * issueOf("invalid_record", ["name"], "input.tooDeep", { max: 12 });
 * // { code: "invalid_record", path: ["name"], messageId: "input.tooDeep", params: { max: 12 }, message: "nested deeper than 12 levels", zh: "嵌套超过 12 层" }
 * ```
 */
export function issueOf<I extends MessageId>(code: IssueCode, path: readonly (string | number)[], messageId: I, params: ParamsOf<I>, extras: IssueExtras = {}): Issue {
  const issue: Issue = { code, path: [...path], ...renderedMessage(messageId, params) };
  if (extras.ruleId !== undefined) issue.ruleId = extras.ruleId;
  if (extras.clause !== undefined) issue.clause = extras.clause;
  if (extras.keys !== undefined) issue.keys = [...extras.keys];
  return issue;
}

/**
 * Throws an `AwardRulesError` of one issue (see `issueOf`).
 *
 * @example
 * ```ts
 * raise("invalid_option", ["options", "full"], "option.notBoolean", { path: "options.full", got: "1" });
 * ```
 */
export function raise<I extends MessageId>(code: IssueCode, path: readonly (string | number)[], messageId: I, params: ParamsOf<I>, extras: IssueExtras = {}): never {
  throw new AwardRulesError([issueOf(code, path, messageId, params, extras)]);
}

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
  // any id of the catalog, whichever parts of the library are loaded (the library itself words only those it registered)
  registerMessages(catalog());
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

/**
 * Runs a throwing function and returns `{ success, data | error }`; errors other than
 * `AwardRulesError` are bugs and are rethrown.
 *
 * @example
 * ```ts
 * const result = toSafe(() => parseCandidate(input));
 * ```
 */
export function toSafe<T>(run: () => T): SafeResult<T> {
  if (typeof run !== "function") {
    const error = new AwardRulesError([issueOf("invalid_option", ["run"], "option.notFunction", { path: "run", got: run === null ? "null" : typeof run })]);
    return { success: false, error };
  }
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof AwardRulesError) return { success: false, error };
    throw error;
  }
}
