import { readOnce, refuse } from "../door/door.js";
import { readLanguageOptions } from "../door/doorOptions.js";
import { checkShape, type Shape } from "../door/shape.js";
import type { AwardRulesError, Issue } from "../errors/AwardRulesError.js";
import { issueText } from "../messages/issueText.js";

/** What an issue must hold to be worded: its code, path and English message; its Chinese, rule id and clause when it has them. */
const ISSUE: Shape = {
  fields: {
    code: "string",
    path: { list: "any" },
    message: "string",
    zh: { optional: "string" },
    ruleId: { optional: "string" },
    clause: { optional: "string" },
  },
};

/** The issues given, read once: an error's (an `AwardRulesError`, or any object with an `issues` list, such as its JSON copy), or the list itself. */
function issuesOf(given: unknown): { issues: unknown; at: (string | number)[] } {
  let list: boolean;
  try {
    list = given === null || typeof given !== "object" || Array.isArray(given);
  } catch {
    return refuse(["issues"], "option.unreadable", { path: "issues", cause: "trap" });
  }
  return list ? { issues: given, at: ["issues"] } : { issues: readOnce(given as object, "issues", ["error", "issues"]), at: ["error", "issues"] };
}

/**
 * The issues of an `AwardRulesError` (or a list of issues, or either's JSON copy) as text a person
 * reads, one line per issue, in Chinese (the default) or English. In Chinese a line says what the
 * code means, where (record fields and rule-file keys named in Chinese, list positions counted
 * from 1) and the issue's `zh`; in English it is the line of `error.message`:
 * `code at path: message [rule id, clause]`. Anything else given is an `invalid_option` error.
 *
 * @example
 * ```ts
 * const result = safeParseCandidate({ id: "T-1", partyMember: "yes" });
 * if (!result.success) console.log(formatIssues(result.error, { language: "zh" }));
 * // 记录有误：是否中共党员：应为是或否（true/false），实为文字 "yes"
 * ```
 */
export function formatIssues(issues: AwardRulesError | readonly Issue[], options?: FormatIssuesOptions): string {
  const { language = "zh" } = readLanguageOptions(options);
  const given = issuesOf(issues);
  const checked = checkShape(given.issues, { list: ISSUE }, given.at) as Issue[];
  return checked.map((issue) => issueText(issue, language)).join("\n");
}

/** Options of `formatIssues`. */
export interface FormatIssuesOptions {
  /** The language of the text: `zh` (the default) or `en`. */
  language?: "zh" | "en";
}
