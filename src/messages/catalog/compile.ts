import { codeSpan } from "../../text/codeSpan.js";
import { defineMessage } from "../../text/defineMessage.js";
import { jsonText, valueZh } from "./words.js";

/** "fact x …": a fact and what its params lack or do not take. */
const factNeeds = (en: string, zh: string) => defineMessage<{ fact: string }>({ en: (p) => `fact ${p.fact} ${en}`, zh: (p) => `事实 ${codeSpan(p.fact)} ${zh}` });

/** The Chinese name of a list a rulebook declares. */
const DECLARED_ZH = { measure: "数据项", flag: "情况项" } as const;

/**
 * What the compiler says of a condition of a rule file that fits the schema but cannot be
 * compiled: an unknown fact or operator, params the fact does not take, an id used twice.
 *
 * @example
 * ```ts
 * COMPILE_MESSAGES["compile.unknownFact"].zh({ fact: "serviceYears" }); // "未定义的事实 `serviceYears`"
 * ```
 */
export const COMPILE_MESSAGES = {
  "compile.codeGenerationBlocked": defineMessage<{ reason: string }>({
    en: (p) =>
      `award-rules: the platform forbids code from strings (${p.reason}; a Content-Security-Policy without 'unsafe-eval'?), so condition trees are walked: the same answers, slower. Call setCodeGeneration(false) to not try.`,
    zh: (p) =>
      `\`award-rules\`：运行环境禁止由字符串生成代码（${p.reason}；内容安全策略未允许 \`'unsafe-eval'\`？），改为逐条判断条件树：结果相同，只是较慢。调用 \`setCodeGeneration(false)\` 可不再尝试。`,
  }),
  "compile.unknownFact": defineMessage<{ fact: string }>({ en: (p) => `unknown fact ${JSON.stringify(p.fact)}`, zh: (p) => `未定义的事实 ${codeSpan(p.fact)}` }),
  "compile.unknownOperator": defineMessage<{ operator: string }>({
    en: (p) => `unknown operator ${JSON.stringify(p.operator)}`,
    zh: (p) => `未定义的比较方式 ${codeSpan(p.operator)}`,
  }),
  "compile.takesNoWindow": factNeeds("takes no window", "不接受时间范围"),
  "compile.needsYearsWindow": factNeeds("needs a calendarYearsBeforeRound window", "需要按评审年度往前推算的年度范围（`calendarYearsBeforeRound`）"),
  "compile.needsWindow": factNeeds("needs a window", "需要时间范围"),
  "compile.takesNoWhere": factNeeds("takes no where filter", "不接受筛选条件"),
  "compile.needsItem": factNeeds("needs params.item", "需要 `params.item`"),
  "compile.takesNoItem": factNeeds("takes no params.item", "不接受 `params.item`"),
  "compile.undeclared": defineMessage<{ fact: "measure" | "flag"; item?: string }>({
    en: (p) => `${p.fact} ${jsonText(p.item)} is not declared in the rulebook's ${p.fact}s`,
    zh: (p) => (p.item === undefined ? `未用 \`params.item\` 指明${DECLARED_ZH[p.fact]}` : `${valueZh(p.item)} 未在规则的${DECLARED_ZH[p.fact]}中声明`),
  }),
  "compile.pathIntoWhole": defineMessage<{ fact: string; gives: "list" | "appraisals" }>({
    en: (p) => `fact ${p.fact} gives ${p.gives === "list" ? "a list of dated items" : "an appraisal window"}, which operators read whole: a path into it is not allowed`,
    zh: (p) => `事实 ${codeSpan(p.fact)} 给出的是${p.gives === "list" ? "带日期的条目列表" : "考核年度范围"}，比较时整体读取，不能用路径取其中一部分`,
  }),
  "compile.duplicateConditionId": defineMessage<{ id: string }>({ en: (p) => `duplicate condition id ${p.id}`, zh: (p) => `条件编号 ${codeSpan(p.id)} 重复` }),
  "compile.duplicateAwardId": defineMessage<{ id: string }>({ en: (p) => `duplicate award id ${p.id}`, zh: (p) => `奖项编号 ${codeSpan(p.id)} 重复` }),
  "compile.duplicateCategoryId": defineMessage<{ id: string }>({ en: (p) => `duplicate category id ${p.id}`, zh: (p) => `类别编号 ${codeSpan(p.id)} 重复` }),
  "compile.levelTwice": defineMessage<{ level: number }>({ en: (p) => `level ${p.level} defined twice`, zh: (p) => `第 ${p.level} 级定义了两次` }),
  "compile.categoryLevelTwice": defineMessage<{ category: string; level: number }>({
    en: (p) => `category ${p.category} has level ${p.level} twice`,
    zh: (p) => `类别 ${codeSpan(p.category)} 的第 ${p.level} 级出现两次`,
  }),
  "compile.undefinedLevel": defineMessage<{ category: string; level: number; award: string }>({
    en: (p) => `category ${p.category} has level ${p.level}, which award ${p.award} does not define (no label, quota or reward)`,
    zh: (p) => `类别 ${codeSpan(p.category)} 使用了奖项 ${codeSpan(p.award)} 未定义的第 ${p.level} 级（无名称、名额或奖励）`,
  }),
  "path.noDollar": defineMessage({ en: () => "a path starts with $", zh: () => "路径应以 `$` 开头" }),
  "path.syntax": defineMessage<{ rest: string }>({
    en: (p) => `unsupported path syntax at ${JSON.stringify(p.rest)} (only .name, [index] and ['name'])`,
    zh: (p) => `路径写法不受支持：${codeSpan(JSON.stringify(p.rest))}（只能用 \`.名称\`、\`[序号]\` 和 \`['名称']\`）`,
  }),
  "path.forbiddenStep": defineMessage<{ step: string }>({ en: (p) => `path step ${p.step} is not allowed`, zh: (p) => `路径中不允许出现 ${codeSpan(p.step)}` }),
} as const;

/**
 * What is said of a condition tree that cannot be written for json-rules-engine: a path it does not
 * take, an "at least" too large to spell out.
 *
 * @example
 * ```ts
 * ENGINE_MESSAGES["export.tooLarge"].en({ max: 10000 }); // "the tree would be written as more than 10000 json-rules-engine conditions"
 * ```
 */
export const ENGINE_MESSAGES = {
  "export.notPlainPath": defineMessage<{ path: string }>({
    en: (p) => `path ${JSON.stringify(p.path)} is not a plain path: only $.name and [index] steps (like $.target or $.items[0]) are passed to json-rules-engine`,
    zh: (p) => `路径 ${codeSpan(p.path)} 不是简单路径：只有 \`$.名称\` 和 \`[序号]\` 形式的步骤（如 \`$.target\`、\`$.items[0]\`）能交给 \`json-rules-engine\``,
  }),
  "export.atLeastTooLarge": defineMessage<{ atLeast: number; count: number; max: number }>({
    en: (p) =>
      `at least ${p.atLeast} of ${p.count} would be written as more than ${p.max} json-rules-engine conditions (every group of ${p.atLeast}); json-rules-engine has no "at least" to keep it small`,
    zh: (p) => `“${p.count} 项中至少满足 ${p.atLeast} 项”要写成超过 ${p.max} 个 \`json-rules-engine\` 条件（每 ${p.atLeast} 项一组）；\`json-rules-engine\` 没有“至少”可用来缩小它`,
  }),
  "export.tooLarge": defineMessage<{ max: number }>({
    en: (p) => `the tree would be written as more than ${p.max} json-rules-engine conditions`,
    zh: (p) => `该条件树要写成超过 ${p.max} 个 \`json-rules-engine\` 条件`,
  }),
  "export.peerMissing": defineMessage<{ peer: string; range: string }>({
    en: (p) => `award-rules/${p.peer} needs the package ${p.peer}, which is not installed (an optional peer dependency): run npm install ${p.peer}@"${p.range}"`,
    zh: (p) => `\`award-rules/${p.peer}\` 需要 \`${p.peer}\` 包，但它没有安装（可选的对等依赖）：请运行 \`npm install ${p.peer}@"${p.range}"\``,
  }),
} as const;
