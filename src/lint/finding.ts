import type { MessageId, ParamsOf } from "../messages/catalog.js";
import { renderedMessage } from "../messages/issueOf.js";
import type { LintCode, LintFinding } from "./types.js";

/**
 * One lint finding, its message taken from the catalog: the id and params as data, the English
 * `message` and the Chinese `zh` rendered from them.
 *
 * @example
 * ```ts
 * findingOf("unknown_fact", "error", ["awards", 0, "requirements", "fact"], "lint.unknownFact", { fact: "serviceYears" }, "requirements.tenure");
 * // { code: "unknown_fact", severity: "error", …, message: 'unknown fact "serviceYears"', zh: "引用了未定义的事实 `serviceYears`" }
 * ```
 */
export function findingOf<I extends MessageId>(
  code: LintCode,
  severity: "error" | "warning",
  path: readonly (string | number)[],
  messageId: I,
  params: ParamsOf<I>,
  ruleId?: string,
): LintFinding {
  return { code, severity, path: [...path], ...(ruleId === undefined ? {} : { ruleId }), ...renderedMessage(messageId, params) };
}
