import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";

/**
 * What the command line says of its arguments: an unknown option, one without its value or given
 * twice, one the command does not take, a value it does not accept, a test naming no rulebook.
 *
 * @example
 * ```ts
 * CLI_MESSAGES["cli.needsValue"].zh({ option: "--as-of" }); // "--as-of 缺少取值"
 * ```
 */
export const CLI_MESSAGES = {
  "cli.unknownOption": defineMessage<{ option: string }>({ en: (p) => `unknown option ${p.option}`, zh: (p) => `未知的选项 ${p.option}` }),
  "cli.needsValue": defineMessage<{ option: string }>({ en: (p) => `${p.option} needs a value`, zh: (p) => `${p.option} 缺少取值` }),
  "cli.givenTwice": defineMessage<{ option: string }>({ en: (p) => `${p.option} given twice`, zh: (p) => `${p.option} 给了两次` }),
  "cli.notOneOf": defineMessage<{ command?: string; option: string; allowed: string[]; got: string }>({
    en: (p) => `${p.command === undefined ? "" : `${p.command}: `}${p.option} must be one of ${p.allowed.join(", ")}, got ${JSON.stringify(p.got)}`,
    zh: (p) => `${p.option} 只能取 ${p.allowed.join("、")}，实为 ${JSON.stringify(p.got)}`,
  }),
  "cli.notLevel": defineMessage<{ got: string }>({
    en: (p) => `--level must be a level number such as 1, got ${p.got}`,
    zh: (p) => `\`--level\` 应为等级数字（如 1），实为 ${p.got}`,
  }),
  "cli.notApplicable": defineMessage<{ command: string; option: string; options: string[] }>({
    en: (p) => `${p.command} does not take ${p.option}; it takes ${p.options.join(", ") || "no options"}`,
    zh: (p) => `${p.command} 不接受 ${p.option}；可用的选项：${p.options.join("、") || "无"}`,
  }),
  "cli.scoredNoLevels": defineMessage<{ award: string }>({
    en: (p) => `award ${p.award} is scored: it has no levels`,
    zh: (p) => `奖项 ${codeSpan(p.award)} 按评分评定，没有等级`,
  }),
  "test.noRulebook": defineMessage<{ id: string; known: string[] }>({
    en: (p) => `no rulebook ${p.id}: neither --rules nor the bundled rulebooks (${p.known.join(", ")}) have it`,
    zh: (p) => `找不到规则 ${p.id}：\`--rules\` 与内置规则均无此编号`,
  }),
  "test.notEquivalents": defineMessage({ en: () => "a list of equivalent mutants", zh: () => "应为等价变异的列表" }),
} as const;
