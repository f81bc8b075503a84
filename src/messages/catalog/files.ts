import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";
import { typeWord } from "./words.js";

/** Why a file could not be opened or read, in each language. */
const UNREADABLE = {
  missing: { en: "no such file", zh: "文件不存在" },
  denied: { en: "permission denied", zh: "无权读取" },
  notFolder: { en: "a part of the path is not a folder", zh: "路径中有一段不是文件夹" },
  nameTooLong: { en: "the name is too long", zh: "文件名过长" },
  loop: { en: "too many symbolic links", zh: "符号链接过多" },
} as const;

/** What a path names instead of a regular file, in each language. */
const NOT_A_FILE = {
  folder: { en: "a folder", zh: "文件夹" },
  pipe: { en: "a pipe (FIFO)", zh: "管道（`FIFO`）" },
  device: { en: "a device", zh: "设备" },
  socket: { en: "a socket", zh: "套接字" },
  other: { en: "not a regular file", zh: "非普通文件" },
} as const;

/** What JSON.parse expected, in Chinese: the characters it names (`Expected ',' or '}'` → 应为 “,” 或 “}”), or the end of the text. */
function syntaxZh(reason: string): string {
  if (/end of JSON input|Unterminated string/.test(reason)) return "（文件在此意外结束：缺少右括号或引号？）";
  const expected = /Expected (.*?)(?: after| in|$)/.exec(reason);
  const chars = expected ? [...(expected[1] as string).matchAll(/'([^']+)'/g)].map((match) => `“${match[1]}”`) : [];
  return chars.length > 0 ? `：应为 ${chars.join(" 或 ")}` : "";
}

/** A count with thousands separated by commas (1,000,000). */
const grouped = (count: number): string => String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * What is said of a text or file given to read: not JSON, too large, not UTF-8, missing, not a
 * regular file, a batch of the wrong form.
 *
 * @example
 * ```ts
 * FILE_MESSAGES["file.notJson"].zh({ reason: "Unexpected token" }); // "不是有效的 `JSON`（Unexpected token）"
 * ```
 */
export const FILE_MESSAGES = {
  "text.notText": defineMessage<{ got: string }>({ en: (p) => `expected JSON text, got ${p.got}`, zh: (p) => `应为 \`JSON\` 文本，实为${typeWord(p.got)}` }),
  "text.tooLong": defineMessage<{ length: number; max: number }>({
    en: (p) => `a record of ${p.length} characters, more than ${p.max}`,
    zh: (p) => `记录有 ${p.length} 个字符，超过 ${p.max} 个`,
  }),
  "text.rulebookTooLong": defineMessage<{ length: number; max: number }>({
    en: (p) => `a rule file of ${grouped(p.length)} characters, more than the ${grouped(p.max)}-character limit`,
    zh: (p) => `规则文件有 ${grouped(p.length)} 个字符，超过 ${grouped(p.max)} 个字符的上限`,
  }),
  "text.notJson": defineMessage<{ reason: string }>({ en: (p) => `not JSON: ${p.reason}`, zh: (p) => `不是有效的 \`JSON\`：${p.reason}` }),
  "file.notJson": defineMessage<{ reason: string }>({ en: (p) => `not JSON (${p.reason})`, zh: (p) => `不是有效的 \`JSON\`（${p.reason}）` }),
  "text.jsonSyntax": defineMessage<{ line: number; column: number; reason: string; char?: string; name?: string; nameEn?: string; ascii?: string }>({
    en: (p) =>
      `not JSON: line ${p.line}, column ${p.column}: ${p.char ? `this is a ${p.nameEn} "${p.char}"; JSON needs the ASCII "${p.ascii}"` : p.reason}. JSON reports only the first syntax error: fix it and run again to find any others`,
    zh: (p) =>
      `不是有效的 \`JSON\`：第 ${p.line} 行第 ${p.column} 列：${p.char ? `这里是${p.name}“${p.char}”，\`JSON\` 里应为半角 “${p.ascii}”` : `这里有语法错误${syntaxZh(p.reason)}`}。\`JSON\` 只能报告第一处语法错误，修改后再运行可发现其余错误`,
  }),
  "file.tooDeep": defineMessage<{ reason: string }>({ en: (p) => `cannot be read: nested too deep (${p.reason})`, zh: () => "嵌套过深，无法读取" }),
  "file.noName": defineMessage({ en: () => "no file named", zh: () => "未指定文件" }),
  "file.unreadable": defineMessage<{ cause: keyof typeof UNREADABLE }>({ en: (p) => UNREADABLE[p.cause].en, zh: (p) => UNREADABLE[p.cause].zh }),
  "file.cannotRead": defineMessage<{ reason: string }>({ en: (p) => `cannot read (${p.reason})`, zh: (p) => `无法读取（${p.reason}）` }),
  "file.notRegular": defineMessage<{ kind: keyof typeof NOT_A_FILE }>({
    en: (p) => `${NOT_A_FILE[p.kind].en}, where a file is expected`,
    zh: (p) => `这是${NOT_A_FILE[p.kind].zh}，此处应为普通文件`,
  }),
  "file.tooLarge": defineMessage<{ size?: number; limit: number }>({
    en: (p) => `${p.size === undefined ? "" : `${p.size} bytes: `}larger than the ${p.limit}-byte limit for a file read whole`,
    zh: (p) => `${p.size === undefined ? "" : `${p.size} 字节，`}超过整读文件 ${p.limit} 字节的上限`,
  }),
  "file.lineTooLong": defineMessage<{ limit: number }>({ en: (p) => `longer than the ${p.limit}-byte limit for a line`, zh: (p) => `超过每行 ${p.limit} 字节的上限` }),
  "file.notUtf8": defineMessage({ en: () => "not UTF-8 text", zh: () => "不是 `UTF-8` 文本" }),
  "file.notBatch": defineMessage({
    en: () => "a batch is a JSON array of records, or NDJSON (.ndjson, .jsonl)",
    zh: () => "批量记录应为 `JSON` 数组或 `NDJSON`（`.ndjson`、`.jsonl`）",
  }),
  "file.tooManyRecords": defineMessage<{ max: number }>({ en: (p) => `more than ${grouped(p.max)} records`, zh: (p) => `记录多于 ${grouped(p.max)} 条` }),
  "file.missing": defineMessage({ en: () => "no such file or folder", zh: () => "文件或文件夹不存在" }),
  "file.outsideTestFolder": defineMessage<{ recordsFile: string }>({
    en: (p) => `recordsFile ${JSON.stringify(p.recordsFile)} is outside the test's folder: a test reads records only from its own folder or below`,
    zh: (p) => `记录文件（\`recordsFile\`）${codeSpan(p.recordsFile)} 不在测试文件所在的文件夹内：测试只能读取本文件夹及其子文件夹中的记录`,
  }),
  "file.cannotWrite": defineMessage<{ reason: string }>({ en: (p) => `cannot write (${p.reason})`, zh: (p) => `无法写入（${p.reason}）` }),
  "file.underSystemFolder": defineMessage<{ out: string; under: string }>({
    en: (p) => `${p.out} is under ${p.under}: pages are not written there`,
    zh: (p) => `${codeSpan(p.out)} 位于 ${codeSpan(p.under)} 之下，不能写入`,
  }),
} as const;

/**
 * What the command line says of its arguments: an unknown option, one without its value or given
 * twice, one the command does not take, a value it does not accept, a test naming no rulebook,
 * a rulebook no test names.
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
  "test.unknownRulebook": defineMessage<{ got: string; known: string[] }>({
    en: (p) => `${p.got} is neither a rule file, nor the id of one given with --rules, nor a bundled rulebook (${p.known.join(", ")})`,
    zh: (p) => `${codeSpan(p.got)} 既不是规则文件，也不是 \`--rules\` 中或内置规则的编号`,
  }),
  "test.noTestsForRulebook": defineMessage<{ id: string; searched: string[] }>({
    en: (p) => `no test in ${p.searched.join(", ")} names the rulebook ${p.id}`,
    zh: (p) => `${p.searched.join("、")} 中没有针对规则 ${codeSpan(p.id)} 的测试`,
  }),
  "test.rulebookHeader": defineMessage<{ title: string; id: string; file?: string; searched: string[]; tests: number; others: number }>({
    en: (p) =>
      `${p.title} (${p.id}${p.file === undefined ? "" : `, ${p.file}`}): ${p.tests} test(s) found in ${p.searched.join(", ")}` +
      (p.others > 0 ? `; ${p.others} test(s) of other rulebooks not run` : ""),
    zh: (p) =>
      `规则「${p.title}」${p.file === undefined ? "" : `（${p.file}）`}：在 ${p.searched.join("、")} 中找到 ${p.tests} 项测试` +
      (p.others > 0 ? `；另有 ${p.others} 项测试属于其他规则，未运行` : ""),
  }),
} as const;
