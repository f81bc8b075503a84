import { CHECK_MESSAGES } from "../../schema/checkMessages.js";
import { defineMessage, type MessageLanguage } from "../../text/defineMessage.js";
import { SCHEMA_MESSAGES } from "./schema.js";

/** The problem as the schema says it: zod's wrong type, or the date format's own words (see `isoDateProblem`). */
function problemText(p: { problem: "notText" | "notWritten" | "notReal"; received?: string }, language: MessageLanguage): string {
  if (p.problem === "notText") return SCHEMA_MESSAGES["schema.invalidType"][language]({ expected: "string", received: p.received ?? "undefined" });
  return CHECK_MESSAGES[p.problem === "notWritten" ? "format.isoDate" : "format.realDate"][language]({});
}

/**
 * What is said of a date option (an as-of date) that is not a real `YYYY-MM-DD` date: in English
 * after the option's name (and the value given), in Chinese with the text given.
 *
 * @example
 * ```ts
 * DATE_MESSAGES["option.badDate"].zh({ path: "asOf", problem: "notReal", text: "2025-02-30" }); // "不是日历上存在的日期（实为“2025-02-30”）"
 * ```
 */
export const DATE_MESSAGES = {
  "option.badDate": defineMessage<{ path: string; problem: "notText" | "notWritten" | "notReal"; received?: string; got?: string; text?: string }>({
    en: (p) => `${p.path}: ${problemText(p, "en")}${p.got === undefined ? "" : ` (got ${p.got})`}`,
    zh: (p) => `${problemText(p, "zh")}${p.text === undefined ? "" : `（实为“${p.text}”）`}`,
  }),
} as const;
