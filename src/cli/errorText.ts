import { AwardRulesError, type Issue } from "../errors/AwardRulesError.js";
import { issueText } from "../messages/issueText.js";

/** A place in a batch file as the CLI names it (`line 3`, `record 3`), in Chinese. */
function placeWords(segment: string | number): string | number {
  if (typeof segment !== "string") return segment;
  const line = /^(?:line|row) (\d+)$/.exec(segment);
  if (line) return `第 ${line[1]} 行`;
  const record = /^record (\d+)$/.exec(segment);
  return record ? `第 ${record[1]} 条记录` : segment;
}

/**
 * An error as the CLI prints it: one line per issue (file, path in it, problem) in the language
 * asked; an error that is not an `AwardRulesError` is one line saying so, never a stack.
 *
 * @example
 * ```ts
 * errorText(new AwardRulesError([issueOf("invalid_option", ["a.json"], "file.unreadable", { cause: "missing" })]), "en");
 * // "invalid_option at a.json: no such file\n"
 * ```
 */
export function errorText(error: unknown, language: "zh" | "en"): { code: 2; text: string } {
  if (error instanceof AwardRulesError) {
    const line = (issue: Issue): string => (language === "en" ? issueText(issue, "en") : issueText({ ...issue, path: issue.path.map(placeWords) }, "zh"));
    const lines = error.issues.map(line);
    return { code: 2, text: `${lines.join("\n")}\n` };
  }
  if (error instanceof RangeError) {
    return { code: 2, text: language === "zh" ? `输入嵌套过深或过大，无法处理（${error.message}）\n` : `the input is nested too deep or too large to handle (${error.message})\n` };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const firstLine = message.split("\n")[0] ?? "";
  return { code: 2, text: language === "zh" ? `内部错误：${firstLine}\n` : `internal error: ${firstLine}\n` };
}
