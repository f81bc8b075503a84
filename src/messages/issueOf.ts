import { AwardRulesError, type Issue, type IssueCode } from "../errors/AwardRulesError.js";
import type { JsonParam, MessageParams } from "../text/defineMessage.js";
import { messageOf, type MessageId, type ParamsOf } from "./catalog.js";

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
  return issue;
}

/**
 * Throws an `AwardRulesError` of one issue (see `issueOf`).
 *
 * @example
 * ```ts
 * raise("invalid_option", ["year"], "round.badYear", { got: "3000" });
 * ```
 */
export function raise<I extends MessageId>(code: IssueCode, path: readonly (string | number)[], messageId: I, params: ParamsOf<I>, extras: IssueExtras = {}): never {
  throw new AwardRulesError([issueOf(code, path, messageId, params, extras)]);
}
